using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Object metadata in the tenant's namespace.</summary>
internal static class Meta
{
    public static V1ObjectMeta Of(Tenant tenant, string name, string component, IDictionary<string, string>? annotations = null) => new()
    {
        Name = name,
        NamespaceProperty = tenant.EffectiveNamespace,
        Labels = Labels.For(tenant, component),
        Annotations = annotations,
    };
}
