using System.Net;
using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Kubernetes NetworkPolicy semantics (networking.k8s.io/v1, as the API reference defines them), written here as an
/// independent oracle: a pod is isolated in a direction once any policy of its namespace selects it with that policy
/// type; traffic is then allowed only if some selecting policy has a rule whose peers and ports all match. Traffic
/// needs the sender's egress and the receiver's ingress. Pod and namespace selectors, ipBlock with except, numeric
/// and named ports, endPort and protocols are covered; nothing CNI-specific.
/// </summary>
internal static class NetworkPolicyOracle
{
    /// <summary>A pod (namespace and labels) or, with a null namespace, an address outside the cluster.</summary>
    public sealed record Endpoint(string? Namespace, IDictionary<string, string> Labels, IDictionary<string, string> NamespaceLabels, IPAddress Ip, IDictionary<string, int>? NamedPorts = null)
    {
        public static Endpoint Pod(string ns, IDictionary<string, string>? labels, IPAddress ip, IDictionary<string, int>? namedPorts = null)
            => new(ns, labels ?? new Dictionary<string, string>(), new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = ns }, ip, namedPorts);

        public static Endpoint External(IPAddress ip) => new(null, new Dictionary<string, string>(), new Dictionary<string, string>(), ip);
    }

    /// <summary>Null when <paramref name="from"/> may open a connection to <paramref name="to"/> on the port; else why not.</summary>
    public static string? Denies(IReadOnlyList<V1NetworkPolicy> policies, Endpoint from, Endpoint to, int port, string protocol)
    {
        if (from.Namespace is not null && !Allowed(policies, from, "Egress", to, port, protocol))
            return $"egress of {Describe(from)} to {Describe(to)} on {protocol}/{port} is denied";
        if (to.Namespace is not null && !Allowed(policies, to, "Ingress", from, port, protocol))
            return $"ingress of {Describe(to)} from {Describe(from)} on {protocol}/{port} is denied";
        return null;
    }

    private static bool Allowed(IReadOnlyList<V1NetworkPolicy> policies, Endpoint pod, string direction, Endpoint peer, int port, string protocol)
    {
        var selecting = policies.Where(p => (p.Metadata?.NamespaceProperty ?? pod.Namespace) == pod.Namespace
            && Matches(p.Spec.PodSelector, pod.Labels) && Types(p).Contains(direction)).ToList();
        if (selecting.Count == 0) return true; // not isolated in this direction
        foreach (var p in selecting)
        {
            var rules = direction == "Egress"
                ? (p.Spec.Egress ?? []).Select(r => (Peers: r.To, r.Ports))
                : (p.Spec.Ingress ?? []).Select(r => (Peers: r.FromProperty, r.Ports));
            foreach (var (peers, ports) in rules)
                if ((peers is null || peers.Count == 0 || peers.Any(x => PeerMatches(x, p.Metadata?.NamespaceProperty ?? pod.Namespace!, peer)))
                    && (ports is null || ports.Count == 0 || ports.Any(x => PortMatches(x, direction == "Egress" ? peer : pod, port, protocol))))
                    return true;
        }
        return false;
    }

    // policyTypes defaults to Ingress, plus Egress when the policy has egress rules.
    private static IList<string> Types(V1NetworkPolicy p)
        => p.Spec.PolicyTypes is { Count: > 0 } t ? t : p.Spec.Egress is { Count: > 0 } ? ["Ingress", "Egress"] : ["Ingress"];

    private static bool PeerMatches(V1NetworkPolicyPeer peer, string policyNamespace, Endpoint other)
    {
        if (peer.IpBlock is { } block)
            return InCidr(other.Ip, block.Cidr) && !(block.Except ?? []).Any(e => InCidr(other.Ip, e));
        if (other.Namespace is null) return false; // selectors only ever select pods
        var nsOk = peer.NamespaceSelector is null ? other.Namespace == policyNamespace : Matches(peer.NamespaceSelector, other.NamespaceLabels);
        var podOk = peer.PodSelector is null || Matches(peer.PodSelector, other.Labels);
        return nsOk && podOk;
    }

    private static bool PortMatches(V1NetworkPolicyPort rule, Endpoint destination, int port, string protocol)
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

    private static string Describe(Endpoint e) => e.Namespace is null ? e.Ip.ToString() : $"pod {e.Namespace}/{string.Join(",", e.Labels.Where(l => l.Key.StartsWith("app.kubernetes.io/component", StringComparison.Ordinal) || l.Key == "k8s-app").Select(l => l.Value))}";
}
