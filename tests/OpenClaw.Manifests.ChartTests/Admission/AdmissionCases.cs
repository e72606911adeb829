using System.Text.Json.Nodes;
using k8s;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Admission;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>The generated policies as <c>generate</c> writes them, and objects as the API server would see them in a tenant namespace.</summary>
internal static class AdmissionCases
{
    private static readonly Lazy<List<JsonNode>> Generated = new(() =>
    {
        var tree = GeneratedTree.Build(PlatformSettingsFile.Load(RepoPaths.Settings));
        var policies = tree.Files.Keys.Where(k => k.StartsWith(AdmissionPolicies.Folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .SelectMany(k => ObjectSet.FromYaml(GeneratedTree.Text(tree, k)).Objects.Values)
            .Where(o => (string?)o["kind"] == "ValidatingAdmissionPolicy").ToList();
        Assert.NotEmpty(policies);
        return policies;
    });

    /// <summary>Every ValidatingAdmissionPolicy of the generated cluster/ folder, parsed from its YAML.</summary>
    public static IReadOnlyList<JsonNode> Policies => Generated.Value;

    /// <summary>The rule ID a policy enforces (its openclaw.io/rule label).</summary>
    public static string RuleOf(string policyName)
        => (string)Policies.Single(p => (string?)p["metadata"]!["name"] == policyName)!["metadata"]!["labels"]!["openclaw.io/rule"]!;

    /// <summary>The rule IDs that admission enforces.</summary>
    public static IReadOnlySet<string> Rules => Policies.Select(p => (string)p["metadata"]!["labels"]!["openclaw.io/rule"]!).ToHashSet();

    /// <summary>An object in <paramref name="tenant"/>'s namespace (or wherever its metadata puts it), labelled as the renderer labels that namespace.</summary>
    public static CelEvaluator.Case InTenant(Tenant tenant, JsonNode o)
    {
        var ns = (string?)o["metadata"]?["namespace"];
        var kind = (string?)o["kind"];
        if (kind is "Namespace" or "ClusterRole" or "ClusterRoleBinding") return new(o, null);
        return new(o, ns == tenant.EffectiveNamespace ? TenantNamespaceLabels(tenant) : new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = ns ?? "default" });
    }

    /// <summary>The labels of the tenant's Namespace object, as rendered.</summary>
    public static IReadOnlyDictionary<string, string> TenantNamespaceLabels(Tenant tenant)
    {
        var ns = TenantRenderer.BuildObjects(tenant).OfType<k8s.Models.V1Namespace>().Single();
        return new Dictionary<string, string>(ns.Metadata.Labels) { ["kubernetes.io/metadata.name"] = ns.Metadata.Name };
    }

    public static JsonNode Json(object o) => JsonNode.Parse(KubernetesJson.Serialize(o))!;

    /// <summary>"Kind/name" of an object.</summary>
    public static string Key(JsonNode o) => $"{o["kind"]}/{o["metadata"]?["name"]}";
}
