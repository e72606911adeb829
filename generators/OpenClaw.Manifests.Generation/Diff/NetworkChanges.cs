using System.Net;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// OCM0202: what a NetworkPolicy allows, before and after, as one grant per direction, peer and port (a rule
/// without peers allows every peer, one without ports every port). A grant is new unless an old one covers it
/// (same peer, or an ipBlock whose CIDR contains the new one; the same port, or any port). So a wider CIDR reads
/// as "widened", a narrower one as tightening, and the policy types it stops enforcing as widening.
/// </summary>
internal static class NetworkChanges
{
    private const string Any = "";

    private sealed record Grant(string Direction, string Peer, IPNetwork? Cidr, string[] Except, string Port)
    {
        public bool Covers(Grant g)
        {
            if (Direction != g.Direction || !(Port == Any || Port == g.Port)) return false;
            if (Peer == Any || Peer == g.Peer) return true;
            return Cidr is { } mine && g.Cidr is { } theirs && Contains(mine, theirs) && Except.All(g.Except.Contains);
        }

        public string Where => $"{Direction} {(Direction == "egress" ? "to" : "from")} {(Peer == Any ? "anywhere" : Peer)} on {(Port == Any ? "any port" : Port)}";
    }

    private static bool Contains(IPNetwork outer, IPNetwork inner)
        => outer.BaseAddress.AddressFamily == inner.BaseAddress.AddressFamily && outer.PrefixLength <= inner.PrefixLength && outer.Contains(inner.BaseAddress);

    public static void Check(ObjectReview review)
    {
        if (review.Id.Kind != "NetworkPolicy") return;
        var before = Grants(review.Old);
        var after = Grants(review.New);
        var gained = after.Where(g => !before.Any(o => o.Covers(g))).ToList();
        var lost = before.Where(o => !after.Any(g => g.Covers(o))).ToList();
        var findings = new List<Finding>();
        var widened = new List<string>();
        var opened = new List<string>();
        foreach (var g in gained)
        {
            // An old grant this one contains is the same allowance made wider.
            var was = before.FirstOrDefault(o => o.Direction == g.Direction && o.Port == g.Port && o.Cidr is { } oc && g.Cidr is { } gc && Contains(gc, oc));
            if (was is not null) widened.Add($"{g.Direction} on {Ports(g)} widened from {was.Peer} to {g.Peer}");
            else opened.Add(g.Where);
        }
        var narrowed = new List<string>();
        var closed = new List<string>();
        foreach (var o in lost)
        {
            var now = after.Where(g => g.Direction == o.Direction && g.Port == o.Port && g.Cidr is { } gc && o.Cidr is { } oc && Contains(oc, gc)).Select(g => g.Peer).ToList();
            if (now.Count > 0) narrowed.Add($"{o.Direction} on {Ports(o)} narrowed from {o.Peer} to {string.Join(", ", now)}");
            else closed.Add(o.Where);
        }
        if (widened.Count > 0) findings.Add(new Finding(ChangeRules.Network, Direction.Widening, string.Join("; ", widened)));
        if (opened.Count > 0) findings.Add(new Finding(ChangeRules.Network, Direction.Widening, $"allows {string.Join("; ", opened)}"));
        var typesBefore = PolicyTypes(review.Old);
        var typesAfter = PolicyTypes(review.New);
        if (typesBefore.Except(typesAfter).ToList() is { Count: > 0 } dropped)
            findings.Add(new Finding(ChangeRules.Network, Direction.Widening, $"no longer restricts {string.Join(", ", dropped)}"));
        if (review.Kind == ChangeKind.Changed && !JsonNode.DeepEquals(review.Old!["spec"]?["podSelector"], review.New!["spec"]?["podSelector"]))
            findings.Add(new Finding(ChangeRules.Network, Direction.Neutral, $"selects {Selector(review.New["spec"]?["podSelector"])} (was {Selector(review.Old["spec"]?["podSelector"])})"));
        if (narrowed.Count > 0) findings.Add(new Finding(ChangeRules.Network, Direction.Tightening, string.Join("; ", narrowed)));
        if (closed.Count > 0) findings.Add(new Finding(ChangeRules.Network, Direction.Tightening, $"no longer allows {string.Join("; ", closed)}"));
        if (typesAfter.Except(typesBefore).ToList() is { Count: > 0 } enforced)
            findings.Add(new Finding(ChangeRules.Network, Direction.Tightening, $"now restricts {string.Join(", ", enforced)}"));
        review.Add(findings, review.Leaves.Where(l => l.Path.StartsWith("spec")).Select(l => l.Path));
    }

    private static string Ports(Grant g) => g.Port == Any ? "any port" : g.Port;

    // Without policyTypes, Kubernetes takes Ingress always and Egress when the policy has egress rules.
    private static List<string> PolicyTypes(JsonObject? policy)
    {
        if (policy?["spec"] is not JsonObject spec) return [];
        var types = ObjectReview.Strings(spec["policyTypes"]);
        if (types.Count > 0) return types;
        return spec["egress"] is JsonArray { Count: > 0 } ? ["Ingress", "Egress"] : ["Ingress"];
    }

    private static List<Grant> Grants(JsonObject? policy)
    {
        var result = new List<Grant>();
        if (policy?["spec"] is not JsonObject spec) return result;
        foreach (var (direction, peersKey) in new[] { ("ingress", "from"), ("egress", "to") })
        {
            if (spec[direction] is not JsonArray rules) continue;
            foreach (var rule in rules)
            {
                var peers = rule?[peersKey] is JsonArray { Count: > 0 } p ? p.ToList() : [null];
                var ports = rule?["ports"] is JsonArray { Count: > 0 } q ? q.Select(Port).ToList() : [Any];
                foreach (var peer in peers)
                    foreach (var port in ports)
                    {
                        var cidr = ObjectReview.Text(peer?["ipBlock"]?["cidr"]);
                        IPNetwork? net = cidr is not null && IPNetwork.TryParse(cidr, out var n) ? n : null;
                        result.Add(new Grant(direction, Peer(peer), net, ObjectReview.Strings(peer?["ipBlock"]?["except"]).ToArray(), port));
                    }
            }
        }
        return result;
    }

    private static string Port(JsonNode? port)
    {
        var p = ObjectReview.Text(port?["port"]) ?? "any";
        var end = ObjectReview.Text(port?["endPort"]) is { } e ? "-" + e : "";
        return $"{p}{end}/{ObjectReview.Text(port?["protocol"]) ?? "TCP"}";
    }

    private static string Peer(JsonNode? peer)
    {
        if (peer is null) return Any;
        if (peer["ipBlock"] is JsonObject block)
        {
            var except = ObjectReview.Strings(block["except"]);
            return ObjectReview.Text(block["cidr"]) + (except.Count > 0 ? " except " + string.Join(", ", except) : "");
        }
        var parts = new List<string>();
        if (peer["namespaceSelector"] is { } ns) parts.Add("namespaces " + Selector(ns));
        if (peer["podSelector"] is { } pods) parts.Add("pods " + Selector(pods));
        return parts.Count > 0 ? string.Join(", ", parts) : LeafFindings.Compact(peer);
    }

    private static string Selector(JsonNode? selector)
    {
        if (selector is not JsonObject s || s.Count == 0) return "(all)";
        var labels = s["matchLabels"] is JsonObject m ? m.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={ObjectReview.Text(p.Value)}") : [];
        var expressions = s["matchExpressions"] is JsonArray e ? e.Select(x => x is null ? "null" : LeafFindings.Compact(x)) : [];
        return string.Join(",", labels.Concat(expressions));
    }
}
