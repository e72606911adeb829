using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.CrossLayerTests;

/// <summary>The three places a rule runs: the analyzers, the tenant-file loader and the render-time object policy.</summary>
public enum Layer
{
    /// <summary>Roslyn analyzers on platform C#.</summary>
    Compile,

    /// <summary>The tenant-file loader and tenant policy.</summary>
    Load,

    /// <summary>The object policy on the final objects.</summary>
    Render,
}

/// <summary>What one layer is given for a case: an input, or the reason it cannot see the case at all.</summary>
public sealed record LayerInput<T>(T? Input, string? NotSeen)
    where T : class
{
    public static implicit operator LayerInput<T>(T input) => new(input, null);
}

/// <summary>
/// One unsafe (or deliberately safe) shape, written once per layer:
/// <list type="bullet">
/// <item><see cref="CSharp"/>: statements in a method, with the Roslyn markup (<c>{|OCM0004:"*"|}</c>) on every span an
/// analyzer must report and nothing else;</item>
/// <item><see cref="TenantYaml"/>: lines under <c>spec:</c> of a valid tenant file, with the same markup on every node the
/// loader must point at (a fragment starting with <c>images:</c> replaces the base images);</item>
/// <item><see cref="Rendered"/>: a change to a valid tenant's rendered objects, and the subjects the object policy must name.</item>
/// </list>
/// </summary>
public sealed record RuleCase(
    string Rule,
    string Name,
    LayerInput<string> CSharp,
    LayerInput<string> TenantYaml,
    LayerInput<RenderedChange> Rendered)
{
    /// <summary>The layer's "not seen" reason, or null when the case runs there.</summary>
    public string? NotSeen(Layer layer) => layer switch
    {
        Layer.Compile => CSharp.NotSeen,
        Layer.Load => TenantYaml.NotSeen,
        _ => Rendered.NotSeen,
    };

    public override string ToString() => Rule + ": " + Name;

    /// <summary>The layer cannot see this kind of case; <paramref name="why"/> is said in the rule's page.</summary>
    public static LayerInput<string> Unseen(string why) => new(null, why);

    /// <summary>The render layer cannot see this kind of case.</summary>
    public static LayerInput<RenderedChange> UnseenRendered(string why) => new(null, why);
}

/// <summary>A change to rendered objects and what the object policy then says: (rule ID, subject) pairs.</summary>
public sealed record RenderedChange(Action<List<IKubernetesObject<V1ObjectMeta>>> Change, params (string Rule, string Subject)[] Expected);
