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
    /// Null when there is no output folder to carry from.
    /// </summary>
    public static (FileTree? Tree, IReadOnlyList<Diagnostic> Diagnostics) Build(IReadOnlyList<TenantSource> tenants, PlatformSettings? settings, string? existingOutput)
    {
        var rendered = new string?[tenants.Count];
        var problems = new List<Diagnostic>[tenants.Count];
        Parallel.For(0, tenants.Count, i =>
        {
            problems[i] = [];
            try
            {
                rendered[i] = TenantRenderer.Render(tenants[i].Tenant).ToYaml();
            }
            catch (PolicyViolationException e)
            {
                problems[i].AddRange(e.Diagnostics.Select(tenants[i].Place));
            }
        });
        var diagnostics = problems.SelectMany(p => p).ToList();
        var secrets = existingOutput is null ? [] : SopsSecrets.Collect(existingOutput, tenants.Select(t => t.Tenant), diagnostics);
        if (diagnostics.Count > 0) return (null, diagnostics);

        var tree = new FileTree();
        ChartWriter.AddTo(tree);
        if (settings is not null) tree.Add(".sops.yaml", SopsRules.Write(tenants.Select(t => t.Tenant), settings));
        for (var i = 0; i < tenants.Count; i++)
        {
            TenantOverlay.AddTo(tree, tenants[i].Tenant, settings);
            tree.Add(TenantOverlay.Folder(tenants[i].Tenant) + "/rendered.yaml", rendered[i]!);
        }
        foreach (var (path, bytes) in secrets) tree.AddBytes(path, bytes);
        return (tree, diagnostics);
    }
}
