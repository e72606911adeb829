using System.CommandLine;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Loading;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>generate [--tenants DIR] [--out DIR] [--check]</c>: the main job. All or nothing: when any tenant
/// fails, nothing is written; <c>--check</c> compares instead of writing and prints a unified diff.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tenants = new Option<string[]>("--tenants") { Description = "Tenant files or folders (default: samples/tenants)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "charts-out" };
        var check = new Option<bool>("--check") { Description = "Compare with the existing output instead of writing; exit 1 with a diff when stale" };
        var command = new Command("generate", "Generate every tenant's output into the output folder.") { tenants, output, check };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(tenants) is { Length: > 0 } given ? given : ["samples/tenants"];
            var outDir = parse.GetValue(output)!;
            if (!PathArguments.AllExist(inputs, stderr)) return ExitCodes.UsageOrIo;
            var set = TenantLoader.Load(inputs);
            if (!set.IsClean)
            {
                DiagnosticPrinter.Print(stderr, set.Diagnostics);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            var (tree, diagnostics) = OutputPlan.Build(set.Tenants);
            if (tree is null)
            {
                DiagnosticPrinter.Print(stderr, diagnostics);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            if (parse.GetValue(check))
            {
                var current = FileTree.ReadFrom(outDir);
                var diff = TreeDiff.Compute(current, tree);
                if (diff.IsEmpty)
                {
                    stdout.WriteLine($"{outDir} is up to date ({tree.Files.Count} files, {set.Tenants.Count} tenants)");
                    return ExitCodes.Ok;
                }
                stdout.Write(TreeDiff.Unified(current, tree, diff));
                stderr.WriteLine($"{outDir} is stale: {diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed; run 'openclaw-manifests generate' and commit the result");
                return ExitCodes.PolicyFailure;
            }
            var applied = AtomicTreeWriter.Write(outDir, tree);
            stdout.WriteLine($"{set.Tenants.Count} tenant(s) -> {outDir}: {applied.Added.Count} added, {applied.Changed.Count} changed, {applied.Removed.Count} removed, {applied.Unchanged.Count} unchanged");
            return ExitCodes.Ok;
        });
        return command;
    }
}
