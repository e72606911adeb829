using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The tenant namespace, enforcing Pod Security Admission "restricted".</summary>
internal static class NamespaceBuilder
{
    public static V1Namespace Build(Tenant tenant)
    {
        var labels = Labels.For(tenant, Labels.Components.Tenant);
        labels["pod-security.kubernetes.io/audit"] = "restricted";
        labels["pod-security.kubernetes.io/enforce"] = "restricted";
        labels["pod-security.kubernetes.io/warn"] = "restricted";
        return new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta { Name = tenant.EffectiveNamespace, Labels = Sorted(labels) },
        };
    }

    private static Dictionary<string, string> Sorted(Dictionary<string, string> d)
        => d.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value);
}
