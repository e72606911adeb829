using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>
/// The Argo CD objects: a tenant's Application in each <see cref="ArgoDelivery"/>, and the one ApplicationSet
/// whose template is that same Application with the tenant's fields as generator parameters.
/// </summary>
internal static class ArgoApplications
{
    /// <summary>What differs between tenants' Applications: literal values, or ApplicationSet parameters.</summary>
    /// <param name="Name">The tenant's name.</param>
    /// <param name="Namespace">The tenant's namespace (the destination).</param>
    /// <param name="Folder">The tenant's folder in the Git repository (<c>charts-out/tenants/NAME</c>).</param>
    public sealed record TenantFields(string Name, string Namespace, string Folder);

    /// <summary>
    /// ApplicationSet parameters of the Git files generator with <c>goTemplate: true</c>: the keys of the matched
    /// <c>values.yaml</c> (<c>tenant.name</c>, <c>tenant.namespace</c>, required by the chart's schema, so every
    /// values file has them) and <c>path.path</c>, the folder holding the matched file.
    /// </summary>
    public static readonly TenantFields Parameters = new("{{ .tenant.name }}", "{{ .tenant.namespace }}", "{{ .path.path }}");

    /// <summary>The file of the ApplicationSet inside the output tree.</summary>
    public const string ApplicationSetFile = "argocd/applicationset.yaml";

    /// <summary>The Application of one tenant.</summary>
    public static JsonObject Application(TenantFields tenant, PlatformSettings settings) => new()
    {
        ["apiVersion"] = "argoproj.io/v1alpha1",
        ["kind"] = "Application",
        ["metadata"] = new JsonObject
        {
            ["name"] = "openclaw-" + tenant.Name,
            ["namespace"] = settings.ArgoNamespace,
            ["labels"] = TenantOverlay.Labels(tenant.Name),
        },
        ["spec"] = new JsonObject
        {
            ["project"] = settings.ArgoProject,
            ["destination"] = new JsonObject
            {
                ["server"] = settings.ArgoDestinationServer,
                ["namespace"] = tenant.Namespace,
            },
            [settings.ArgoDelivery == ArgoDelivery.RenderedManifests ? "source" : "sources"] = settings.ArgoDelivery == ArgoDelivery.RenderedManifests ? Rendered(tenant, settings) : Chart(tenant, settings),
            ["syncPolicy"] = new JsonObject
            {
                ["automated"] = new JsonObject { ["prune"] = true, ["selfHeal"] = true },
            },
        },
    };

    /// <summary>
    /// Multi-source: the chart from its repository, the tenant's values file from Git (<c>$values</c>). An OCI
    /// chart uses Argo CD's native OCI source (Argo CD 3.1 or later): <c>repoURL: oci://HOST/PATH/bp-openclaw</c>,
    /// <c>targetRevision</c> the tag, and <c>path: .</c>, which the Argo CD OCI guide requires for a Helm chart
    /// artifact; an https repository the classic Helm source (<c>chart</c> plus <c>targetRevision</c>).
    /// </summary>
    private static JsonArray Chart(TenantFields tenant, PlatformSettings settings)
    {
        var chart = new JsonObject { ["repoURL"] = settings.ChartIsOci ? settings.OciChart : settings.ChartRepository };
        if (settings.ChartIsOci) chart["path"] = ".";
        else chart["chart"] = Names.Chart;
        chart["targetRevision"] = Names.ChartVersion;
        chart["helm"] = new JsonObject
        {
            ["releaseName"] = tenant.Name,
            ["valueFiles"] = new JsonArray("$values/" + tenant.Folder + "/values.yaml"),
        };
        return new JsonArray(chart, new JsonObject
        {
            ["repoURL"] = settings.GitRepository,
            ["targetRevision"] = settings.GitRevision,
            ["ref"] = "values",
        });
    }

    /// <summary>
    /// The "rendered manifests" pattern: the committed <c>rendered.yaml</c> of the tenant's folder as a plain
    /// directory source (only that file: the folder also holds values.yaml and the Flux objects).
    /// </summary>
    private static JsonObject Rendered(TenantFields tenant, PlatformSettings settings) => new()
    {
        ["repoURL"] = settings.GitRepository,
        ["targetRevision"] = settings.GitRevision,
        ["path"] = tenant.Folder,
        ["directory"] = new JsonObject { ["include"] = "rendered.yaml" },
    };

    /// <summary>
    /// One ApplicationSet for every tenant: a Git files generator over <c>tenants/*/values.yaml</c> of the
    /// output folder, and as template the very Application of <see cref="Application"/> with
    /// <see cref="Parameters"/> in place of a tenant's fields. <c>missingkey=error</c>: a values file without
    /// the tenant's name or namespace fails generation instead of producing an Application named "openclaw-".
    /// </summary>
    public static JsonObject ApplicationSet(PlatformSettings settings)
    {
        var app = Application(Parameters, settings with { ArgoDelivery = ArgoDelivery.Applications });
        var metadata = app["metadata"]!.AsObject();
        // The controller creates the Applications in the ApplicationSet's own namespace.
        metadata.Remove("namespace");
        return new JsonObject
        {
            ["apiVersion"] = "argoproj.io/v1alpha1",
            ["kind"] = "ApplicationSet",
            ["metadata"] = new JsonObject
            {
                ["name"] = "openclaw-tenants",
                ["namespace"] = settings.ArgoNamespace,
                ["labels"] = TenantOverlay.PlatformLabels(),
            },
            ["spec"] = new JsonObject
            {
                ["goTemplate"] = true,
                ["goTemplateOptions"] = new JsonArray("missingkey=error"),
                ["generators"] = new JsonArray(new JsonObject
                {
                    ["git"] = new JsonObject
                    {
                        ["repoURL"] = settings.GitRepository,
                        ["revision"] = settings.GitRevision,
                        ["files"] = new JsonArray(new JsonObject { ["path"] = settings.GitOutputPath.TrimEnd('/') + "/tenants/*/values.yaml" }),
                    },
                }),
                ["template"] = new JsonObject
                {
                    ["metadata"] = metadata.DeepClone(),
                    ["spec"] = app["spec"]!.DeepClone(),
                },
            },
        };
    }
}
