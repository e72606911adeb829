using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Docs;

/// <summary>
/// The fenced code blocks of README.md and docs/**/*.md, read at test time so that sections anyone adds are
/// covered too. A block's kind is the <c>&lt;!-- snippet: KIND --&gt;</c> line right above its fence (blank lines
/// allowed between); <c>skip: reason</c> marks a block no test can run, and says why.
/// </summary>
internal sealed partial record DocSnippet(string File, int Line, string Language, string? Kind, string Code)
{
    /// <summary>Languages whose blocks must be run by a test.</summary>
    public static readonly string[] Shell = ["bash", "sh", "shell", "console"];

    public static readonly string[] CSharp = ["csharp", "cs", "c#"];

    public bool IsShell => Shell.Contains(Language);

    public bool IsCSharp => CSharp.Contains(Language);

    public bool IsSkipped => Kind is { } k && k.StartsWith("skip", StringComparison.Ordinal);

    /// <summary>The reason given after <c>skip:</c>; empty when none was given.</summary>
    public string SkipReason => IsSkipped && Kind!.IndexOf(':') is >= 0 and var i ? Kind[(i + 1)..].Trim() : "";

    public override string ToString() => $"{File}:{Line} ({Language}{(Kind is null ? "" : ", " + Kind)})";

    /// <summary>Every fenced block in the repository's README.md and docs/, in file and line order.</summary>
    public static IReadOnlyList<DocSnippet> All(string repoRoot)
    {
        var files = new List<string> { Path.Combine(repoRoot, "README.md") };
        var docs = Path.Combine(repoRoot, "docs");
        if (Directory.Exists(docs)) files.AddRange(Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return files.SelectMany(f => Parse(Path.GetRelativePath(repoRoot, f).Replace('\\', '/'), System.IO.File.ReadAllText(f))).ToList();
    }

    public static IEnumerable<DocSnippet> Parse(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success) continue;
            var fence = open.Groups["fence"].Value;
            var language = open.Groups["lang"].Value.Trim().ToLowerInvariant();
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal); i++) body.Add(lines[i]);
            string? kind = null;
            for (var j = start - 1; j >= 0; j--)
            {
                if (lines[j].Trim().Length == 0) continue;
                if (Marker().Match(lines[j]) is { Success: true } m) kind = m.Groups["kind"].Value.Trim();
                break;
            }
            yield return new DocSnippet(file, start + 1, language, kind, string.Join('\n', body) + "\n");
        }
    }

    [GeneratedRegex(@"^\s*(?<fence>```+|~~~+)(?<lang>[^`\s]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<kind>.*?)\s*-->\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
