using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// Turns a set of tenants into the complete desired output tree (chart, per-tenant overlays, rendered
/// manifests, SOPS rules, carried-over encrypted secrets), or the diagnostics that stop it.
/// </summary>
public static class OutputPlan
{
    /// <summary>
    /// Builds the whole tree. Without <paramref name="settings"/> the GitOps files that need them (HelmRelease,
    /// Application, .sops.yaml) are left out; the chart, values and rendered manifests never depend on them.
    /// <paramref name="existingOutput"/> is the current output folder: encrypted <c>*.sops.yaml</c> files in
    /// its tenant folders are checked and carried over unchanged; a plaintext one stops everything (OCM0003).
    /// Null when there is no output folder to carry from. <paramref name="severities"/> lowers rules as the
    /// platform's .editorconfig does (findings of lowered rules come back with the tree);
    /// <paramref name="declaredIn"/> names where each tenant was declared, for the generated files' headers
    /// (default: <see cref="TenantSource.File"/>).
    /// </summary>
    public static (FileTree? Tree, IReadOnlyList<Diagnostic> Diagnostics) Build(IReadOnlyList<TenantSource> tenants, PlatformSettings? settings, string? existingOutput,
        RuleSeverities? severities = null, Func<TenantSource, string>? declaredIn = null)
    {
        declaredIn ??= s => s.File;
        var rendered = new string?[tenants.Count];
        var problems = new List<Diagnostic>[tenants.Count];
        Parallel.For(0, tenants.Count, i =>
        {
            problems[i] = [];
            try
            {
                var result = TenantRenderer.Render(tenants[i].Tenant, severities);
                rendered[i] = result.ToYaml();
                problems[i].AddRange(result.Warnings.Select(tenants[i].Place));
            }
            catch (PolicyViolationException e)
            {
                problems[i].AddRange(e.Diagnostics.Select(tenants[i].Place));
            }
        });
        var diagnostics = problems.SelectMany(p => p).ToList();
        var secrets = existingOutput is null ? [] : SopsSecrets.Collect(existingOutput, tenants.Select(t => t.Tenant), diagnostics);
        if (diagnostics.Any((severities ?? RuleSeverities.Default).Blocks)) return (null, diagnostics);

        var tree = new FileTree();
        ChartWriter.AddTo(tree);
        if (settings is not null) tree.Add(".sops.yaml", SopsRules.Write(tenants.Select(t => t.Tenant), settings));
        for (var i = 0; i < tenants.Count; i++)
        {
            var origin = declaredIn(tenants[i]);
            TenantOverlay.AddTo(tree, tenants[i].Tenant, settings, origin);
            tree.Add(TenantOverlay.Folder(tenants[i].Tenant) + "/rendered.yaml", TenantOverlay.RenderedHeader(origin) + rendered[i]!);
        }
        foreach (var (path, bytes) in secrets) tree.AddBytes(path, bytes);
        return (tree, diagnostics);
    }
}
