using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>A tenant's objects that passed every policy rule.</summary>
public sealed class RenderedTenant
{
    private readonly IReadOnlyList<string> _json;

    internal RenderedTenant(Tenant tenant, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects, IReadOnlyList<string> json)
    {
        Tenant = tenant;
        Objects = objects;
        _json = json;
    }

    /// <summary>The tenant.</summary>
    public Tenant Tenant { get; }

    /// <summary>The objects in Helm's install order.</summary>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    /// <summary>Multi-document YAML, LF line endings, deterministic.</summary>
    public string ToYaml() => ManifestYaml.Write(Objects, _json);
}
