using System.Net;
using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Kubernetes NetworkPolicy semantics (networking.k8s.io/v1, as the API reference defines them), written here as an
/// independent oracle: a pod is isolated in a direction once any policy of its namespace selects it with that policy
/// type; traffic is then allowed only if some selecting policy has a rule whose peers and ports all match. Traffic
/// needs the sender's egress and the receiver's ingress (<see cref="NetworkOracle"/> combines the two sides, and these
/// policies with Cilium's). Pod and namespace selectors, ipBlock with except, numeric and named ports, endPort and
/// protocols are covered; nothing CNI-specific.
/// </summary>
internal static class NetworkPolicyOracle
{
    /// <summary>Whether a policy of the pod's namespace selects it with <paramref name="direction"/> among its policy types.</summary>
    public static bool Isolated(IReadOnlyList<V1NetworkPolicy> policies, NetworkEndpoint pod, Direction direction) => Selecting(policies, pod, direction).Any();

    /// <summary>The selecting policy whose rule allows the traffic (as "NetworkPolicy name"), or null.</summary>
    public static string? AllowedBy(IReadOnlyList<V1NetworkPolicy> policies, NetworkEndpoint pod, Direction direction, NetworkEndpoint peer, int port, string protocol)
    {
        foreach (var p in Selecting(policies, pod, direction))
        {
            var rules = direction == Direction.Egress
                ? (p.Spec.Egress ?? []).Select(r => (Peers: r.To, r.Ports))
                : (p.Spec.Ingress ?? []).Select(r => (Peers: r.FromProperty, r.Ports));
            foreach (var (peers, ports) in rules)
                if ((peers is null || peers.Count == 0 || peers.Any(x => PeerMatches(x, p.Metadata?.NamespaceProperty ?? pod.Namespace!, peer)))
                    && (ports is null || ports.Count == 0 || ports.Any(x => PortMatches(x, direction == Direction.Egress ? peer : pod, port, protocol))))
                    return "NetworkPolicy " + p.Metadata?.Name;
        }
        return null;
    }

    private static IEnumerable<V1NetworkPolicy> Selecting(IReadOnlyList<V1NetworkPolicy> policies, NetworkEndpoint pod, Direction direction)
        => !pod.IsPod ? [] : policies.Where(p => (p.Metadata?.NamespaceProperty ?? pod.Namespace) == pod.Namespace
            && Matches(p.Spec.PodSelector, pod.Labels) && Types(p).Contains(direction.ToString()));

    // policyTypes defaults to Ingress, plus Egress when the policy has egress rules.
    private static IList<string> Types(V1NetworkPolicy p)
        => p.Spec.PolicyTypes is { Count: > 0 } t ? t : p.Spec.Egress is { Count: > 0 } ? ["Ingress", "Egress"] : ["Ingress"];

    // An ipBlock matches by address alone (Kubernetes leaves in-cluster addresses to the CNI; the suite gives pods and the
    // external peers distinct addresses); something without an address (Cilium's ingress proxy) it never matches.
    private static bool PeerMatches(V1NetworkPolicyPeer peer, string policyNamespace, NetworkEndpoint other)
    {
        if (peer.IpBlock is { } block)
            return other.Ip is { } ip && InCidr(ip, block.Cidr) && !(block.Except ?? []).Any(e => InCidr(ip, e));
        if (!other.IsPod) return false; // selectors only ever select pods
        var nsOk = peer.NamespaceSelector is null ? other.Namespace == policyNamespace : Matches(peer.NamespaceSelector, other.NamespaceLabels);
        var podOk = peer.PodSelector is null || Matches(peer.PodSelector, other.Labels);
        return nsOk && podOk;
    }

    private static bool PortMatches(V1NetworkPolicyPort rule, NetworkEndpoint destination, int port, string protocol)
    {
        if ((rule.Protocol ?? "TCP") != protocol) return false;
        if (rule.Port is null) return true;
        var text = rule.Port.Value;
        int start;
        if (int.TryParse(text, out var n)) start = n;
        else if (destination.NamedPorts?.TryGetValue(text, out var named) == true) start = named;
        else return false;
        return rule.EndPort is { } end ? port >= start && port <= end : port == start;
    }

    /// <summary>matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist); an empty selector selects everything.</summary>
    /// <remarks>
    /// Written again beside the library's LabelSelectors on purpose: the oracle must not share code with what it
    /// checks (OCM0009's coverage rule uses the library's), or one bug would pass both.
    /// </remarks>
    public static bool Matches(V1LabelSelector? selector, IDictionary<string, string>? labels)
    {
        if (selector is null) return false;
        labels ??= new Dictionary<string, string>();
        foreach (var (k, v) in selector.MatchLabels ?? new Dictionary<string, string>())
            if (!labels.TryGetValue(k, out var actual) || actual != v) return false;
        foreach (var e in selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(e.Key, out var value);
            var ok = e.OperatorProperty switch
            {
                "In" => has && e.Values.Contains(value!),
                "NotIn" => !has || !e.Values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool InCidr(IPAddress ip, string cidr) => IPNetwork.TryParse(cidr, out var net) && net.Contains(ip);
}
