namespace OpenClaw.Manifests.Policy;

/// <summary>
/// The facts behind OCM0010: which resources every container must request and be limited in. Read by the render-time
/// check (<c>PodChecks</c>) and by the admission policy's generator, so both ask for the same pairs.
/// </summary>
internal static class ResourceFacts
{
    /// <summary>The two maps of a container's <c>resources</c>, by their YAML names.</summary>
    public static readonly string[] Kinds = ["requests", "limits"];

    /// <summary>The resources each map must name: without both, one tenant can starve a node's other tenants.</summary>
    public static readonly string[] Resources = ["cpu", "memory"];

    /// <summary>Every (map, resource) pair, requests first, as the message lists what is missing ("cpu requests").</summary>
    public static IEnumerable<(string Kind, string Resource)> Pairs => Kinds.SelectMany(k => Resources.Select(r => (k, r)));
}
