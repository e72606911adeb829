using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Pipeline;

/// <summary>How far <see cref="TenantPipeline"/> goes after the object policy.</summary>
internal enum PipelineOutput
{
    /// <summary>Build the objects and check them; write no YAML (validate).</summary>
    Findings,
    /// <summary>Also write each tenant's manifests (render, generate).</summary>
    Manifests,
}

/// <summary>One tenant after the pipeline: its manifests (null when only checked, or when a blocking finding stopped it) and its located findings.</summary>
internal sealed record TenantOutcome(TenantSource Source, RenderedTenant? Rendered, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The one path every command takes from tenant files to findings and manifests: load (the strict reader, the tenant
/// policy once per tenant, the rules across tenants: <see cref="TenantLoader"/> and the C# catalogs), then per tenant
/// build, object policy and, when asked, YAML. <c>validate</c>, <c>render</c> and <c>generate</c> differ only in what
/// they do with the outcomes. Findings are located here, at the tenant's source, and nowhere after.
/// </summary>
internal static class TenantPipeline
{
    /// <summary>Every tenant of a loaded set, in the set's order; tenants are independent, so they run in parallel.</summary>
    public static IReadOnlyList<TenantOutcome> Run(IReadOnlyList<TenantSource> tenants, RuleSeverities severities, PipelineOutput output)
    {
        var outcomes = new TenantOutcome[tenants.Count];
        // One tenant (render, an editor's validate) is not worth waking the thread pool for.
        if (tenants.Count == 1) outcomes[0] = Run(tenants[0], severities, output);
        else Parallel.For(0, tenants.Count, i => outcomes[i] = Run(tenants[i], severities, output));
        return outcomes;
    }

    /// <summary>One tenant. A source that did not come through the loader or a catalog (none has been checked) gets the tenant policy here.</summary>
    public static TenantOutcome Run(TenantSource source, RuleSeverities severities, PipelineOutput output)
    {
        var findings = source.PolicyChecked ? [] : TenantPolicy.Check(source.Tenant).ToList();
        var rendered = findings.Any(severities.Blocks) ? null : TenantRenderer.RenderObjects(source.Tenant, severities, findings, output == PipelineOutput.Manifests);
        var located = findings.Where(d => severities.Of(d.Rule) != RuleSeverity.None).Select(source.Located).ToList();
        return new TenantOutcome(source, rendered, located);
    }
}
