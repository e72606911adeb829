using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.CorpusTests;

/// <summary>One diagnostic a case must produce: rule, file (for multi-file cases) and 1-based position.</summary>
internal sealed record Expectation(string RuleId, string? File, int Line, int Column)
{
    public override string ToString() => $"{RuleId} {(File is null ? "" : File + " ")}{Line}:{Column}";
}

/// <summary>
/// A corpus case. Single files: <c>bad/&lt;case&gt;.yaml</c> with <c>bad/&lt;case&gt;.expect</c>. Sets: a folder
/// <c>bad-sets/&lt;case&gt;/</c> holding the tenant files and <c>case.expect</c>. See tests/corpus/README.md.
/// </summary>
internal sealed record CorpusCase(string Name, string InputPath, string Description, IReadOnlyList<Expectation> Expected, IReadOnlyList<string> Secrets, IReadOnlyList<string>? ForbiddenLines = null)
{
    /// <summary>The path a diagnostic for <paramref name="e"/> must name: the file itself, or the file inside the set's folder.</summary>
    public string PathOf(Expectation e) => e.File is null ? InputPath : InputPath + "/" + e.File;

    public override string ToString() => Name;
}

internal static class Corpus
{
    /// <summary>
    /// Arguments for <c>generate</c>. The platform settings file defaults to a path relative to the working directory,
    /// which a test run does not control, so the repository's sample is named explicitly when it exists.
    /// </summary>
    public static string[] GenerateArgs(string tenants, string output)
    {
        var settings = RepoPaths.Settings;
        return File.Exists(settings)
            ? ["generate", "--tenants", tenants, "--settings", settings, "--out", output]
            : ["generate", "--tenants", tenants, "--no-gitops", "--out", output];
    }

    public static string Bad => Path.Combine(RepoPaths.Corpus, "bad").Replace('\\', '/');
    public static string BadSets => Path.Combine(RepoPaths.Corpus, "bad-sets").Replace('\\', '/');
    public static string Good => Path.Combine(RepoPaths.Corpus, "good").Replace('\\', '/');
    public static string GoodSets => Path.Combine(RepoPaths.Corpus, "good-sets").Replace('\\', '/');

    public static IEnumerable<string> BadFileNames()
        => Directory.EnumerateFiles(Bad, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static IEnumerable<string> BadSetNames()
        => Directory.EnumerateDirectories(BadSets).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    public static CorpusCase BadFile(string name)
        => Parse(name, Bad + "/" + name + ".yaml", Path.Combine(Bad, name + ".expect"), allowFiles: false);

    public static CorpusCase BadSet(string name)
        => Parse(name, BadSets + "/" + name, Path.Combine(BadSets, name, "case.expect"), allowFiles: true);

    /// <summary>
    /// Reads an .expect file: '#' lines describe the case; <c>OCM0101 12:5</c> (or <c>OCM0106 b.yaml 5:9</c> in a
    /// set) is a diagnostic that must be reported; <c>secret: text</c> is a value no output may contain;
    /// <c>forbid-line: text</c> is a start no output line may have (a forged diagnostic).
    /// </summary>
    public static CorpusCase Parse(string name, string input, string expectFile, bool allowFiles)
    {
        var expected = new List<Expectation>();
        var secrets = new List<string>();
        var forbidden = new List<string>();
        var description = "";
        foreach (var raw in File.ReadAllLines(expectFile))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                description = description.Length == 0 ? line.TrimStart('#', ' ') : description;
                continue;
            }
            if (line.StartsWith("secret: ", StringComparison.Ordinal))
            {
                secrets.Add(line["secret: ".Length..]);
                continue;
            }
            if (line.StartsWith("forbid-line: ", StringComparison.Ordinal))
            {
                forbidden.Add(line["forbid-line: ".Length..]);
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || (parts.Length == 3 && !allowFiles))
                throw new FormatException($"{expectFile}: cannot read '{raw}'");
            var position = parts[^1].Split(':');
            if (!RuleCatalog.All.Any(r => r.Id == parts[0]) || position.Length != 2
                || !int.TryParse(position[0], out var l) || !int.TryParse(position[1], out var c) || l < 1 || c < 1)
                throw new FormatException($"{expectFile}: cannot read '{raw}'");
            expected.Add(new Expectation(parts[0], parts.Length == 3 ? parts[1] : null, l, c));
        }
        if (expected.Count == 0) throw new FormatException($"{expectFile}: no expected diagnostic");
        if (allowFiles && expected.Any(e => e.File is null)) throw new FormatException($"{expectFile}: a set's expectations name their file");
        return new CorpusCase(name, input, description, expected, secrets, forbidden);
    }
}
