using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using Xunit.Sdk;

namespace OpenClaw.Manifests.CorpusTests;

/// <summary>
/// What every bad input must do, through the loader and through the CLI's validate and generate commands:
/// fail with exit code 1 (not 2, not a crash), report each expected rule at its line and column in the
/// compiler's form, echo none of the case's secrets, and leave the output folder exactly as it was.
/// </summary>
internal static class Rejection
{
    public static async Task AssertRejectedAsync(CorpusCase c)
    {
        // 1. The library.
        var set = TenantLoader.Load([c.InputPath]);
        var context = $"case '{c.Name}' ({c.Description})\nloader diagnostics:\n{string.Join("\n", set.Diagnostics)}";
        Check(!set.IsClean, "the loader accepted the input", context);
        foreach (var e in c.Expected)
            Check(set.Diagnostics.Any(d => d.Rule.Id == e.RuleId && d.Location is { } l && l.File == c.PathOf(e) && l.Line == e.Line && l.Column == e.Column),
                $"the loader did not report {e}", context);
        NoSecrets(c, string.Join("\n", set.Diagnostics), "loader diagnostics", context);
        // A case must not half-load: a single file yields no tenant; a set may keep tenants the finding does not concern.
        if (File.Exists(c.InputPath))
            Check(set.Tenants.Count == 0, "a tenant loaded from a file with errors", context);

        // 2. `validate <case>`.
        var validate = await CliRunner.RunAsync("validate", c.InputPath);
        CliChecks(c, validate, "validate");

        // 3. `generate --tenants <case> --out <folder>`: refused, and the folder untouched.
        using var output = new OutputFolder();
        var before = output.Snapshot();
        var generate = await CliRunner.RunAsync(Corpus.GenerateArgs(c.InputPath, output.Out));
        CliChecks(c, generate, "generate");
        var after = output.Snapshot();
        Check(before.Equals(after), "generate changed the output folder",
            $"case '{c.Name}'\n{after.Describe(before)}\nbefore: {string.Join(", ", before.Paths)}\nafter:  {string.Join(", ", after.Paths)}\n{generate}");
    }

    private static void CliChecks(CorpusCase c, CliResult r, string command)
    {
        var context = $"case '{c.Name}' ({c.Description}), {command}: {r}";
        Check(r.Crash is null, "the command threw", context);
        // No stack trace, no exception type name: a refusal is a diagnostic, never a crash report.
        Check(!r.Both.Contains("   at ", StringComparison.Ordinal) && !r.Both.Contains("Exception", StringComparison.Ordinal),
            "the output looks like a crash", context);
        Check(r.ExitCode == 1, $"exit code {r.ExitCode}, expected 1 (policy failure)", context);
        var lines = r.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var e in c.Expected)
        {
            var prefix = $"{c.PathOf(e)}({e.Line},{e.Column}): error {e.RuleId}: ";
            Check(lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Length > prefix.Length),
                $"stderr has no line starting '{prefix}'", context);
        }
        NoSecrets(c, r.Both, command + " output", context);
        foreach (var f in c.ForbiddenLines ?? [])
            Check(!r.Both.Split('\n').Any(l => l.StartsWith(f, StringComparison.Ordinal)), $"an output line starts with '{f}'", context);
    }

    private static void NoSecrets(CorpusCase c, string text, string where, string context)
    {
        foreach (var s in c.Secrets)
            Check(!text.Contains(s, StringComparison.Ordinal), $"{where} echo the secret '{s[..Math.Min(6, s.Length)]}…'", context);
    }

    private static void Check(bool ok, string what, string context)
    {
        if (!ok) throw new XunitException(what + "\n" + context);
    }
}
