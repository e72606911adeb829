using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The metadata of an object in the tenant's namespace: its name, the namespace and the tenant's labels for one component.</summary>
internal static class TenantMetadata
{
    public static V1ObjectMeta For(Tenant tenant, string name, string component, IDictionary<string, string>? annotations = null) => new()
    {
        Name = name,
        NamespaceProperty = tenant.EffectiveNamespace,
        Labels = Labels.For(tenant, component),
        Annotations = annotations,
    };
}
