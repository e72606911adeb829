using System.CommandLine;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Loading;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>generate [--tenants DIR] [--assembly DLL] [--settings FILE] [--out DIR] [--check]</c>: the main job. Writes the
/// bp-openclaw chart, every tenant's overlays and rendered manifests, and the SOPS rules. All or nothing:
/// when any tenant (or a carried-over secret) fails, nothing is written; <c>--check</c> compares the
/// whole tree instead of writing and prints a unified diff.
/// </summary>
internal static class GenerateCommand
{
    private const string DefaultSettings = "samples/platform.yaml";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tenants = new Option<string[]>("--tenants") { Description = "Tenant files or folders (default: samples/tenants, unless --assembly is given)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "charts-out" };
        var settingsFile = new Option<string>("--settings") { Description = $"Platform settings: chart repository, Flux/Argo CD targets, SOPS deploy key (default: {DefaultSettings} when it exists)" };
        var check = new Option<bool>("--check") { Description = "Compare with the existing output instead of writing; exit 1 with a diff when stale" };
        var assembly = TenantInputs.AssemblyOption();
        var command = new Command("generate", "Generate the chart and every tenant's output into the output folder.") { tenants, assembly, settingsFile, output, check };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var settingsPath = parse.GetValue(settingsFile) ?? (File.Exists(DefaultSettings) ? DefaultSettings : null);
            if (settingsPath is not null && !PathArguments.AllExist([settingsPath], stderr)) return ExitCodes.UsageOrIo;
            PlatformSettings? settings = null;
            try { settings = settingsPath is null ? null : PlatformSettingsFile.Load(settingsPath); }
            catch (InvalidDataException e)
            {
                stderr.WriteLine("error: " + e.Message);
                return ExitCodes.UsageOrIo;
            }
            if (settings is null)
                stderr.WriteLine($"warning: no platform settings ({DefaultSettings} not found, no --settings): HelmReleases, Applications and .sops.yaml are not generated");
            if (TenantInputs.Load(parse.GetValue(tenants), parse.GetValue(assembly), stderr) is not { } set) return ExitCodes.UsageOrIo;
            if (!set.IsClean)
            {
                DiagnosticPrinter.Print(stderr, set.Diagnostics);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            // From the first read of the old tree to the swap, no other run may change it.
            OutputLock held;
            try { held = OutputLock.Acquire(outDir); }
            catch (OutputBusyException e)
            {
                stderr.WriteLine("error: " + e.Message);
                return ExitCodes.Busy;
            }
            using var _ = held;
            var (tree, diagnostics) = OutputPlan.Build(set.Tenants, settings, outDir);
            if (tree is null)
            {
                DiagnosticPrinter.Print(stderr, diagnostics);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            if (ChartDigest.Refusal(outDir, tree) is { } refusal)
            {
                stderr.WriteLine("error: " + refusal);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            if (parse.GetValue(check))
            {
                var diff = TreeDiff.Compute(outDir, tree);
                if (diff.IsEmpty)
                {
                    stdout.WriteLine($"{outDir} is up to date ({tree.Files.Count} files, {set.Tenants.Count} tenants)");
                    return ExitCodes.Ok;
                }
                stdout.Write(TreeDiff.Unified(outDir, tree, diff));
                stderr.WriteLine($"{outDir} is stale: {diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed; run 'openclaw-manifests generate' and commit the result");
                return ExitCodes.PolicyFailure;
            }
            var applied = AtomicTreeWriter.Write(held, tree);
            stdout.WriteLine($"{set.Tenants.Count} tenant(s) -> {outDir}: {applied.Added.Count} added, {applied.Changed.Count} changed, {applied.Removed.Count} removed, {applied.Unchanged.Count} unchanged");
            return ExitCodes.Ok;
        });
        return command;
    }
}
