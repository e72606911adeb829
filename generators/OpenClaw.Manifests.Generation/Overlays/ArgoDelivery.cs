namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>How Argo CD gets the tenants (<c>argocd.delivery</c> in the platform settings).</summary>
internal enum ArgoDelivery
{
    /// <summary><c>applications</c>: one Application per tenant (<c>tenants/NAME/application.yaml</c>), the chart from its repository, the values from Git.</summary>
    Applications,

    /// <summary>
    /// <c>applicationSet</c>: one ApplicationSet (<c>argocd/applicationset.yaml</c>) whose Git files generator
    /// makes the same Applications from <c>tenants/*/values.yaml</c>; adding a tenant adds no Argo CD object.
    /// </summary>
    ApplicationSet,

    /// <summary>
    /// <c>renderedManifests</c>: one Application per tenant that syncs the committed <c>tenants/NAME/rendered.yaml</c>
    /// from Git as plain YAML; no Helm runs at sync time.
    /// </summary>
    RenderedManifests,
}
