using System.CommandLine;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Cli.Output;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Generation.Streaming;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>generate [--tenants DIR] [--assembly DLL] [--settings FILE | --no-gitops] [--out DIR] [--check] [--no-cache]</c>: the main
/// job. Writes the bp-openclaw chart, every tenant's overlays and rendered manifests, and the SOPS rules. All or
/// nothing: when any tenant (or a carried-over secret) fails, nothing is written; <c>--check</c> compares the
/// whole tree instead of writing and prints a unified diff.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The platform settings file of the README's layout.</summary>
    public const string DefaultSettings = "platform.yaml";

    /// <summary>The output folder of the README's layout.</summary>
    public const string DefaultOut = "charts-out";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tenants = new Option<string[]>("--tenants") { Description = $"Tenant files or folders (default: 'tenants:' of {ToolConfig.FileName}, else ./{TenantInputs.DefaultTenants})", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = $"Output folder (default: 'out:' of {ToolConfig.FileName}, else {DefaultOut})" };
        var settingsFile = new Option<string>("--settings") { Description = $"Platform settings: chart repository, Flux/Argo CD targets, SOPS deploy key (default: 'settings:' of {ToolConfig.FileName}, else ./{DefaultSettings})" };
        var noGitOps = new Option<bool>("--no-gitops") { Description = "Generate without platform settings: no HelmReleases, Applications or .sops.yaml (any already in the output folder are removed)" };
        var check = new Option<bool>("--check") { Description = "Compare with the existing output instead of writing; exit 1 with the stale files and a diff (re-renders every tenant: never reads the cache)" };
        var noCache = new Option<bool>("--no-cache") { Description = $"Parse and render every tenant even when nothing changed: neither read nor write the no-op cache (as {NoOpCache.DisableVariable}=1 does)" };
        var common = new CommonOptions();
        var command = new Command("generate", "Generate the chart and every tenant's output into the output folder.") { tenants, settingsFile, noGitOps, output, check, noCache };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            if (common.Resolve(parse, stderr) is not var (config, severities)) return ExitCodes.UsageOrIo;
            var report = new Report(parse.GetValue(common.Format), "generate", stdout, stderr);
            var outDir = parse.GetValue(output) ?? config.Out ?? DefaultOut;
            var withoutGitOps = parse.GetValue(noGitOps) || (!config.GitOps && parse.GetValue(settingsFile) is null);
            var settingsPath = parse.GetValue(settingsFile) ?? config.Settings ?? (File.Exists(DefaultSettings) ? DefaultSettings : null);
            if (withoutGitOps && parse.GetValue(settingsFile) is not null)
            {
                stderr.WriteLine("error: --no-gitops and --settings contradict each other: settings are only used for the GitOps files");
                return ExitCodes.UsageOrIo;
            }
            if (!withoutGitOps && settingsPath is null)
            {
                // Generating without settings removes every HelmRelease and Application from the output: that
                // must be asked for, never the result of a missing file.
                stderr.WriteLine($"error: no platform settings: pass --settings FILE, set 'settings:' in {ToolConfig.FileName}, or keep them in ./{DefaultSettings}; " +
                    "or pass --no-gitops to generate only the chart, values and rendered manifests (without HelmReleases, Applications and .sops.yaml)");
                return ExitCodes.UsageOrIo;
            }
            if (!withoutGitOps && !PathArguments.AllExist([settingsPath!], stderr)) return ExitCodes.UsageOrIo;
            PlatformSettings? settings = null;
            try { settings = withoutGitOps ? null : PlatformSettingsFile.Load(settingsPath!); }
            catch (InvalidDataException e)
            {
                stderr.WriteLine("error: " + e.Message);
                return ExitCodes.UsageOrIo;
            }
            var assembly = common.AssemblyPath(parse, config);
            if (TenantInputs.Paths(parse.GetValue(tenants), config, assembly, stderr) is not { } inputs) return ExitCodes.UsageOrIo;
            // --check never reads or writes the no-op cache: CI must re-render every tenant, or a pull request that
            // hand-edits both the output and a cache beside it would pass (TESTING.md, "generate --check trusts nothing on disk").
            var cache = parse.GetValue(check) || parse.GetValue(noCache) || NoOpCache.DisabledByEnvironment ? NoOpCache.Off
                : NoOpCache.Open(outDir, CacheKey.Of(typeof(GenerateCommand).Assembly, withoutGitOps ? null : settingsPath, severities));
            // Only a small entry per tenant is kept: each tenant is read again when it is rendered (StreamedGeneration).
            if (TenantInputs.Load(inputs, assembly, severities, stderr, (source, bytes, found) => TenantEntry.Of(source, bytes, found, TenantInputs.DeclaredIn), cache.Reuse(TenantInputs.DeclaredInFiles()))
                is not var (tenantEntries, loadDiagnostics, _))
                return ExitCodes.UsageOrIo;
            var loadFindings = Finding.Of(loadDiagnostics, severities);
            if (loadFindings.Any(f => f.IsError))
            {
                report.Print(loadFindings);
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
            // --check re-renders every tenant and compares with the files on disk: it trusts no earlier run's output.
            var result = StreamedGeneration.Run(held, tenantEntries, settings, severities, parse.GetValue(check));
            if (result.Refusal is { } refusal)
            {
                stderr.WriteLine("error: " + refusal);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            var findings = loadFindings.Concat(Finding.Of(result.Diagnostics, severities)).Distinct().ToList();
            if (result.Diff is not { } diff)
            {
                report.Print(findings);
                stderr.WriteLine("nothing was written");
                return ExitCodes.PolicyFailure;
            }
            if (parse.GetValue(check))
            {
                if (diff.IsEmpty)
                {
                    report.Print(findings, diff);
                    report.Human.WriteLine($"{outDir} is up to date ({result.FileCount} files, {tenantEntries.Count} tenants)");
                    return ExitCodes.Ok;
                }
                report.Human.Write(StaleOutput.Unified(outDir, result.Differences!, diff));
                report.Print(findings, diff);
                stderr.WriteLine($"error: {outDir} is stale: {diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed");
                ChangedFiles.Print(stderr, diff);
                ChangedFiles.ChartNote(stderr, diff);
                stderr.WriteLine($"Run 'openclaw-manifests {Regenerate(parse)}' and commit the result.");
                return ExitCodes.PolicyFailure;
            }
            cache.Save(held.Root, tenantEntries, result);
            report.Print(findings, diff);
            var reused = result.Tenants.Count(t => t.Reused);
            report.Human.WriteLine($"{tenantEntries.Count} tenant(s) -> {outDir}: {diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed, {diff.UnchangedCount} unchanged"
                + (reused > 0 ? $" ({reused} tenant(s) not rendered again: unchanged since the last run, by the no-op cache)" : ""));
            ChangedFiles.Print(report.Human, diff);
            ChangedFiles.ChartNote(report.Human, diff);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The command that was run, without <c>--check</c> (and its format): what regenerates the same output.</summary>
    private static string Regenerate(ParseResult parse)
    {
        var words = new List<string>();
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Value;
            if (t == "--check") continue;
            if (t == "--format") { i++; continue; }
            if (t.StartsWith("--format=", StringComparison.Ordinal) || t.StartsWith("--check=", StringComparison.Ordinal)) continue;
            words.Add(t.Length == 0 || t.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '\\') ? "'" + t.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : t);
        }
        return string.Join(' ', words);
    }
}

/// <summary>The file lists of a generate or check run, and the reviewer's note on chart changes.</summary>
internal static class ChangedFiles
{
    public static void Print(TextWriter to, TreeDiff diff)
    {
        foreach (var p in diff.Added) to.WriteLine("  added:   " + p);
        foreach (var p in diff.Changed) to.WriteLine("  changed: " + p);
        foreach (var p in diff.Removed) to.WriteLine("  removed: " + p);
    }

    /// <summary>
    /// The HelmReleases and Applications deploy the published chart at a pinned version, not the folder in
    /// Git: a change under bp-openclaw/ takes effect only once the version is bumped and the chart published.
    /// </summary>
    public static void ChartNote(TextWriter to, TreeDiff diff)
    {
        if (!diff.Added.Concat(diff.Changed).Concat(diff.Removed).Any(p => p.StartsWith(Names.Chart + "/", StringComparison.Ordinal))) return;
        to.WriteLine($"note: {Names.Chart}/ changed. The HelmReleases and Applications deploy the published chart {Names.Chart} {Names.ChartVersion}, " +
            "so these changes take effect only after a chart version bump and a publish; tenants' rendered.yaml show what they will deploy then.");
    }
}
