using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>A tenant's objects that passed every policy rule.</summary>
public sealed class RenderedTenant
{
    private readonly string _yaml;

    internal RenderedTenant(Tenant tenant, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects, string yaml)
    {
        Tenant = tenant;
        Objects = objects;
        _yaml = yaml;
    }

    /// <summary>The tenant these objects were rendered from.</summary>
    public Tenant Tenant { get; }

    /// <summary>The objects in Helm's install order.</summary>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    /// <summary>Findings of rules lowered to warnings (see <see cref="Policy.RuleSeverities"/>); empty by default.</summary>
    public IReadOnlyList<Policy.Diagnostic> Warnings { get; init; } = [];

    /// <summary>Multi-document YAML, LF line endings, deterministic.</summary>
    public string ToYaml() => _yaml;
}
