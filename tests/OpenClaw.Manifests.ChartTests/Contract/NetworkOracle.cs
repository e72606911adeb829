using System.Net;
using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>A direction of traffic as seen from the pod a policy selects.</summary>
internal enum Direction
{
    Ingress,
    Egress,
}

/// <summary>Cilium's identities of what a rule can name as an entity (docs "Layer 3 Policies", Entities based).</summary>
internal static class Entities
{
    /// <summary>Every endpoint inside the cluster: pods, and the host, remote-node, ingress, kube-apiserver, health, init and unmanaged identities.</summary>
    public const string Cluster = "cluster";

    /// <summary>Everything outside the cluster; the same as CIDR 0.0.0.0/0 and ::/0.</summary>
    public const string World = "world";

    /// <summary>The API server, within the cluster or outside it.</summary>
    public const string KubeApiServer = "kube-apiserver";

    /// <summary>Cilium's Envoy handling Ingress and Gateway API traffic (not a pod).</summary>
    public const string Ingress = "ingress";

    /// <summary>The local node, where the kubelet's probes come from.</summary>
    public const string Host = "host";

    /// <summary>The other nodes.</summary>
    public const string RemoteNode = "remote-node";

    /// <summary>Everything.</summary>
    public const string All = "all";
}

/// <summary>
/// One end of a connection: a pod (namespace, labels, address, named ports), or something that is not a pod, known to
/// Cilium only by its identity (<see cref="Entity"/>) and, outside the cluster, by its address and the name it was looked
/// up by. Plain NetworkPolicies see pods through selectors and everything else only by address.
/// </summary>
internal sealed record NetworkEndpoint(string Name, string Entity, string? Namespace, IDictionary<string, string> Labels, IPAddress? Ip, string? Host = null, IDictionary<string, int>? NamedPorts = null)
{
    /// <summary>Only pods have namespaces, and only pods are selected by policies or by selectors in them.</summary>
    public bool IsPod => Namespace is not null;

    /// <summary>The labels a namespaceSelector sees: since Kubernetes 1.22 every namespace has kubernetes.io/metadata.name.</summary>
    public IDictionary<string, string> NamespaceLabels => Namespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = Namespace };

    /// <summary>A pod: to Cilium an endpoint of the <c>cluster</c> entity with its labels and namespace.</summary>
    public static NetworkEndpoint Pod(string name, string ns, IDictionary<string, string>? labels, IPAddress ip, IDictionary<string, int>? namedPorts = null)
        => new(name, Entities.Cluster, ns, labels ?? new Dictionary<string, string>(), ip, null, namedPorts);

    /// <summary>An address outside the cluster (Cilium's <c>world</c>), with the host name a client looked it up by, if any.</summary>
    public static NetworkEndpoint External(IPAddress ip, string? host = null) => new(host ?? ip.ToString(), Entities.World, null, new Dictionary<string, string>(), ip, host);

    /// <summary>
    /// The API server: Cilium gives it the <c>kube-apiserver</c> identity wherever it runs; plain policies see only its
    /// address (the endpoint the <c>kubernetes</c> Service translates to, which is what policy sees).
    /// </summary>
    public static NetworkEndpoint ApiServer(IPAddress ip) => new("the API server", Entities.KubeApiServer, null, new Dictionary<string, string>(), ip);

    /// <summary>
    /// Cilium's own Ingress and Gateway: Envoy in the agent, not a pod in a namespace, so no namespaceSelector or
    /// podSelector selects it and no ipBlock does either (its source is a node-local address): only <c>ingress</c> does.
    /// </summary>
    public static NetworkEndpoint CiliumIngressProxy() => new("Cilium's ingress/gateway proxy", Entities.Ingress, null, new Dictionary<string, string>(), null);

    public override string ToString() => IsPod ? $"{Name} (pod in {Namespace})"
        : Entity == Entities.World ? (Host is null ? $"{Ip} (world)" : $"{Host} ({Ip}, world)")
        : $"{Name} (entity {Entity}{(Ip is null ? "" : ", " + Ip)})";
}

/// <summary>
/// What a cluster running Cilium enforces for a tenant: Cilium enforces Kubernetes NetworkPolicies and
/// CiliumNetworkPolicies together. Per direction, a pod is isolated once a policy of either kind selects it for that
/// direction; traffic is then allowed if any rule of either kind allows it (both are allow-lists, and they add up).
/// A connection needs the sender's egress and the receiver's ingress. Without CiliumNetworkPolicies this is exactly
/// Kubernetes' NetworkPolicy semantics, as on any CNI.
/// </summary>
internal sealed class NetworkOracle(IReadOnlyList<V1NetworkPolicy> policies, IReadOnlyList<CiliumPolicyOracle.Policy> cilium, NetworkEndpoint resolver)
{
    /// <summary>Whether the connection is allowed, and why (the rule that allows it, or the side that drops it).</summary>
    public sealed record Verdict(bool Allowed, string Reason);

    /// <summary>May <paramref name="from"/> open a connection to <paramref name="to"/> on the port?</summary>
    public Verdict Check(NetworkEndpoint from, NetworkEndpoint to, int port, string protocol)
    {
        var egress = Side(from, Direction.Egress, to, port, protocol);
        if (!egress.Allowed) return egress;
        var ingress = Side(to, Direction.Ingress, from, port, protocol);
        if (!ingress.Allowed) return ingress;
        return new Verdict(true, $"{egress.Reason}; {ingress.Reason}");
    }

    private Verdict Side(NetworkEndpoint pod, Direction direction, NetworkEndpoint peer, int port, string protocol)
    {
        var what = direction == Direction.Egress ? $"egress of {pod} to {peer}" : $"ingress of {pod} from {peer}";
        if (!pod.IsPod) return new Verdict(true, $"{pod} is not a pod: no policy applies to it");
        if (!NetworkPolicyOracle.Isolated(policies, pod, direction) && !CiliumPolicyOracle.Isolated(cilium, pod, direction))
            return new Verdict(true, $"{what} on {protocol}/{port}: no policy isolates it");
        var by = NetworkPolicyOracle.AllowedBy(policies, pod, direction, peer, port, protocol)
            ?? CiliumPolicyOracle.AllowedBy(cilium, pod, direction, peer, port, protocol, resolver);
        if (by is not null) return new Verdict(true, $"{what} on {protocol}/{port} is allowed by {by}");
        var hint = direction == Direction.Egress ? CiliumPolicyOracle.FqdnHint(cilium, pod, peer, port, protocol, resolver) : null;
        return new Verdict(false, $"{what} on {protocol}/{port} is denied: no rule of a NetworkPolicy or CiliumNetworkPolicy selecting it allows it" + (hint is null ? "" : $" ({hint})"));
    }
}
