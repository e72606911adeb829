namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>
/// What the generator needs to know about the platform, beyond the tenants: where the chart is
/// published, how Flux and Argo CD reach it, and the platform's SOPS deploy key. Read from a settings
/// file (see <see cref="PlatformSettingsFile"/>), e.g. <c>samples/platform.yaml</c>.
/// </summary>
internal sealed record PlatformSettings
{
    /// <summary>
    /// Where the chart is published: an OCI repository <c>oci://HOST/PATH</c> (the chart is then
    /// <c>oci://HOST/PATH/bp-openclaw</c>, as <c>helm push</c> puts it) or a classic Helm repository <c>https://…</c>.
    /// </summary>
    public required string ChartRepository { get; init; }

    /// <summary>True when <see cref="ChartRepository"/> is an OCI repository.</summary>
    public bool ChartIsOci => ChartRepository.StartsWith(OciScheme, StringComparison.Ordinal);

    /// <summary>The chart itself in the OCI repository: <c>oci://HOST/PATH/bp-openclaw</c>.</summary>
    public string OciChart => ChartRepository.TrimEnd('/') + "/" + Rendering.Names.Chart;

    /// <summary>The scheme of an OCI repository reference.</summary>
    public const string OciScheme = "oci://";

    /// <summary>Flux: namespace of the HelmReleases (usually <c>flux-system</c>).</summary>
    public string FluxNamespace { get; init; } = "flux-system";

    /// <summary>
    /// Flux: kind of the chart source, fixed by the repository: an <c>OCIRepository</c> (which the generator
    /// writes, pinned to the chart version) for <c>oci://</c>, the platform's <c>HelmRepository</c> for <c>https://</c>.
    /// </summary>
    public string FluxSourceKind => ChartIsOci ? "OCIRepository" : "HelmRepository";

    /// <summary>Flux: name of the chart source.</summary>
    public required string FluxSourceName { get; init; }

    /// <summary>Flux: namespace of the chart source.</summary>
    public string FluxSourceNamespace { get; init; } = "flux-system";

    /// <summary>Flux: reconcile interval.</summary>
    public string FluxInterval { get; init; } = "10m";

    /// <summary>Argo CD: namespace of the Applications (usually <c>argocd</c>).</summary>
    public string ArgoNamespace { get; init; } = "argocd";

    /// <summary>Argo CD: the AppProject the tenants belong to.</summary>
    public required string ArgoProject { get; init; }

    /// <summary>Argo CD: destination cluster API server.</summary>
    public string ArgoDestinationServer { get; init; } = "https://kubernetes.default.svc";

    /// <summary>Argo CD: Git repository holding the generated output (the values files).</summary>
    public required string GitRepository { get; init; }

    /// <summary>Argo CD: branch or tag of <see cref="GitRepository"/>.</summary>
    public string GitRevision { get; init; } = "main";

    /// <summary>Argo CD: folder of the generated output inside <see cref="GitRepository"/>.</summary>
    public string GitOutputPath { get; init; } = "charts-out";

    /// <summary>Argo CD: how the tenants are delivered (<c>argocd.delivery</c>).</summary>
    public ArgoDelivery ArgoDelivery { get; init; } = ArgoDelivery.Applications;

    /// <summary>The platform's SOPS deploy key (an age recipient, public): every tenant's secrets are encrypted to it too.</summary>
    public required string DeployKey { get; init; }
}
