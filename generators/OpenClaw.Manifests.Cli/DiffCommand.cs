using System.CommandLine;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Generation.Diff;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>diff [--base REF | --base-dir DIR] [--out DIR] [--format markdown|json|text] [--fail-on security]</c>: what a
/// pull request changes in the generated output, object by object and tenant by tenant, security-relevant changes
/// first. The base is the output folder committed at REF (default HEAD), or another folder; the head is the output
/// folder as it is now (<c>generate --check</c> proves it is what the tenants render to).
/// </summary>
internal static class DiffCommand
{
    /// <summary>The summary's formats; the Markdown suits a PR comment and $GITHUB_STEP_SUMMARY.</summary>
    public enum DiffFormat { Markdown, Json, Text }

    /// <summary>What <c>--fail-on</c> can fail on.</summary>
    public enum FailOn { Nothing, Security }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var baseRef = new Option<string>("--base") { Description = "The git ref whose committed output folder is the base (default: HEAD)" };
        var baseDir = new Option<string>("--base-dir") { Description = "A folder holding the base tree instead of a git ref" };
        var output = new Option<string>("--out") { Description = $"The output folder to review (default: 'out:' of {ToolConfig.FileName}, else {GenerateCommand.DefaultOut})" };
        var format = new Option<DiffFormat>("--format") { Description = "markdown (PR comment, job summary), json (documented in docs/diff-json.md) or text", DefaultValueFactory = _ => DiffFormat.Markdown };
        var failOn = new Option<FailOn>("--fail-on") { Description = "security: exit 1 when a security-relevant change (other than a tightening) is present", DefaultValueFactory = _ => FailOn.Nothing };
        var config = ConfigOption.Create();
        var command = new Command("diff", "Summarise what changed between two generated trees: security-relevant changes first, identical changes grouped across tenants.")
        {
            baseRef, baseDir, output, format, failOn, config,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(baseRef) is not null && parse.GetValue(baseDir) is not null)
            {
                stderr.WriteLine("error: --base and --base-dir contradict each other: give the base as a git ref or as a folder");
                return ExitCodes.UsageOrIo;
            }
            if (ConfigOption.Resolve(parse, config, stderr) is not { } tool) return ExitCodes.UsageOrIo;
            var outDir = parse.GetValue(output) ?? tool.Out ?? GenerateCommand.DefaultOut;
            var gitRef = parse.GetValue(baseRef) ?? "HEAD";
            try
            {
                using var fromGit = parse.GetValue(baseDir) is null ? GitBaseTree.Extract(gitRef, outDir) : null;
                var @base = fromGit is null ? TreeFiles.FromFolder(parse.GetValue(baseDir)!, parse.GetValue(baseDir)!) : TreeFiles.FromFolder(fromGit.Root, gitRef);
                var head = TreeFiles.FromFolder(outDir, outDir);
                var changes = TreeComparison.Compare(@base, head);
                var summary = ChangeSummary.Of(changes);
                stdout.Write(parse.GetValue(format) switch
                {
                    DiffFormat.Json => SummaryJson.Write(summary),
                    DiffFormat.Text => SummaryText.Plain(summary),
                    _ => SummaryText.Markdown(summary),
                });
                return parse.GetValue(failOn) == FailOn.Security && changes.SecurityRelevant ? ExitCodes.PolicyFailure : ExitCodes.Ok;
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine(e.Message);
                stderr.WriteLine("error: the trees cannot be compared");
                return ExitCodes.UsageOrIo;
            }
        });
        return command;
    }
}
