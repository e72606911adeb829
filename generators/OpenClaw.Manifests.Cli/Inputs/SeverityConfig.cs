using System.Text;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>
/// The rule severities the compiler would use, so the generator reaches the same verdict: the
/// <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> keys of the <c>.editorconfig</c> files from the current folder
/// up to the one marked <c>root = true</c> (sections that apply to C# files: <c>[*]</c>, <c>[*.cs]</c>,
/// <c>[*.{cs,…}]</c>), of <c>.globalconfig</c> files passed by the build target, then of openclaw.yaml's
/// <c>severities:</c>, then of <c>--severity ID=level</c>, later sources winning. Rules that cannot be lowered
/// (<see cref="RuleSeverities.Fixed"/>) stay errors, with a warning that says so.
/// </summary>
internal static partial class SeverityConfig
{
    public static RuleSeverities Build(string startDir, IEnumerable<string> globalConfigs, ToolConfig config, IEnumerable<string> explicitLevels, TextWriter stderr, out bool ok)
    {
        var severities = new RuleSeverities();
        var valid = true;
        void Set(string rule, string level, string where)
        {
            RuleSeverity? parsed = level.Trim().ToLowerInvariant() switch
            {
                "error" => RuleSeverity.Error,
                "warning" or "suggestion" => RuleSeverity.Warning,
                "none" or "silent" => RuleSeverity.None,
                "default" => null,
                _ => throw new InvalidDataException($"{where}: severity '{level}' of {rule} must be error, warning, suggestion, silent or none"),
            };
            if (parsed is not { } s || !rule.StartsWith("OCM", StringComparison.Ordinal)) return;
            if (RuleCatalog.All.All(r => r.Id != rule))
                throw new InvalidDataException($"{where}: unknown rule '{rule}'");
            if (!severities.TrySet(rule, s))
                stderr.WriteLine($"{where}: warning: {rule} cannot be lowered ({RuleSeverities.Fixed[rule]}); it stays an error");
        }
        try
        {
            foreach (var file in EditorConfigChain(startDir))
                foreach (var (rule, level, line) in Read(file, globalOnly: false)) Set(rule, level, $"{file}({line},1)");
            foreach (var file in globalConfigs.Where(File.Exists))
                foreach (var (rule, level, line) in Read(file, globalOnly: true)) Set(rule, level, $"{file}({line},1)");
            foreach (var (rule, level, at) in config.Severities) Set(rule, level, at.ToString());
            foreach (var pair in explicitLevels)
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0) throw new InvalidDataException($"--severity {pair}: expected ID=level, e.g. OCM0004=warning");
                Set(pair[..eq].Trim(), pair[(eq + 1)..], "--severity " + pair);
            }
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine("error: " + e.Message);
            valid = false;
        }
        ok = valid;
        return severities;
    }

    /// <summary>The .editorconfig files that apply in <paramref name="startDir"/>, farthest first (nearer files win).</summary>
    private static List<string> EditorConfigChain(string startDir)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDir)); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ".editorconfig");
            if (!File.Exists(file)) continue;
            chain.Add(file);
            if (File.ReadLines(file).TakeWhile(l => !l.TrimStart().StartsWith('[')).Any(l => RootLine().IsMatch(l))) break;
        }
        chain.Reverse();
        return chain;
    }

    /// <summary>Severity keys of one file with their line: in sections for C# files, or (global configs) at the top level.</summary>
    private static IEnumerable<(string Rule, string Level, int Line)> Read(string file, bool globalOnly)
    {
        var applies = globalOnly;
        var n = 0;
        foreach (var raw in File.ReadLines(file, Encoding.UTF8))
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                applies = !globalOnly && line.EndsWith(']') && AppliesToCSharp(line[1..^1]);
                continue;
            }
            if (!applies || SeverityKey().Match(line) is not { Success: true } m) continue;
            yield return (m.Groups["id"].Value, m.Groups["level"].Value, n);
        }
    }

    /// <summary>True when an .editorconfig section glob matches a C# file in the folder.</summary>
    private static bool AppliesToCSharp(string glob)
    {
        var g = glob.TrimStart('/');
        if (g.StartsWith("**/", StringComparison.Ordinal)) g = g[3..];
        var pattern = new StringBuilder("^");
        foreach (var c in g)
            pattern.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                '{' => "(",
                '}' => ")",
                ',' => "|",
                _ => Regex.Escape(c.ToString()),
            });
        return Regex.IsMatch("Tenants.cs", pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"^root\s*=\s*true\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootLine();

    [GeneratedRegex(@"^dotnet_diagnostic\.(?<id>[A-Za-z0-9]+)\.severity\s*=\s*(?<level>[A-Za-z]+)\s*([#;].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SeverityKey();
}
