using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation;

/// <summary>Turns a set of tenants into the complete desired output tree, or the diagnostics that stop it.</summary>
public static class OutputPlan
{
    /// <summary>Renders every tenant (in parallel; results in name order) into a tree.</summary>
    public static (FileTree? Tree, IReadOnlyList<Diagnostic> Diagnostics) Build(IReadOnlyList<TenantSource> tenants)
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
        if (diagnostics.Count > 0) return (null, diagnostics);
        var tree = new FileTree();
        for (var i = 0; i < tenants.Count; i++)
            tree.Add($"tenants/{tenants[i].Tenant.Name.Value}/rendered.yaml", rendered[i]!);
        return (tree, diagnostics);
    }
}
