using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>
/// The Flux source of an OCI-published chart: one <c>OCIRepository</c> for every tenant's HelmRelease
/// (<c>spec.chartRef</c>), its tag pinned to the chart version. Flux's current practice for OCI charts:
/// the HelmRepository documentation (source-controller, docs/spec/v1/helmrepositories.md) points to the
/// OCIRepository API "for improved support for OCI Helm charts", and the HelmRelease guide's
/// "chart reference" uses exactly this pair. Unlike a HelmRepository of <c>type: oci</c> it needs no
/// HelmChart object in between, and it can verify signatures of the artifact. One shared object
/// rather than one per tenant: thousands of tenants then cause one registry poll per interval, not thousands.
/// </summary>
internal static class FluxSource
{
    /// <summary>The file inside the output tree.</summary>
    public const string File = "flux/ocirepository.yaml";

    /// <summary>The media type of a Helm chart's content layer (what <c>helm push</c> uploads).</summary>
    public const string HelmChartLayer = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

    /// <summary>The OCIRepository; only for an <c>oci://</c> chart repository.</summary>
    public static JsonObject OciRepository(PlatformSettings settings) => new()
    {
        ["apiVersion"] = "source.toolkit.fluxcd.io/v1",
        ["kind"] = "OCIRepository",
        ["metadata"] = new JsonObject
        {
            ["name"] = settings.FluxSourceName,
            ["namespace"] = settings.FluxSourceNamespace,
            ["labels"] = TenantOverlay.PlatformLabels(),
        },
        ["spec"] = new JsonObject
        {
            ["interval"] = settings.FluxInterval,
            ["url"] = settings.OciChart,
            ["ref"] = new JsonObject { ["tag"] = Names.ChartVersion },
            // Copy the chart archive as it is (helm-controller wants the .tgz), rather than extracting it.
            ["layerSelector"] = new JsonObject { ["mediaType"] = HelmChartLayer, ["operation"] = "copy" },
        },
    };
}
