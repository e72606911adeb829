using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Cilium's CiliumNetworkPolicy (cilium.io/v2) semantics, written here as an independent oracle that reads the objects
/// as raw JSON (Cilium docs "Policy Enforcement Modes", "Layer 3/4/7 Policies", and its rule validation):
/// <list type="bullet">
/// <item>A CNP is namespaced: <c>endpointSelector</c> selects pods of the policy's namespace only. Selector keys are
/// labels; a <c>k8s:</c> or <c>any:</c> source prefix matches the label without it; <c>io.kubernetes.pod.namespace</c> is
/// the pod's namespace and <c>io.cilium.k8s.namespace.labels.X</c> its namespace's label X.</item>
/// <item>A pod is isolated (default deny) in a direction once a CNP selecting it has a non-empty rule list for that
/// direction, unless <c>enableDefaultDeny</c> says otherwise for the policy.</item>
/// <item>A rule allows a peer if its one L3 field matches (a rule naming none matches every peer) and one of its
/// <c>toPorts</c> does (none: every port). <c>toEndpoints</c>/<c>fromEndpoints</c> select pods of the policy's
/// namespace unless they name <c>io.kubernetes.pod.namespace</c>. Entities select identities; CIDRs select only
/// addresses outside the cluster; <c>toFQDNs</c> selects outside addresses by the name they were looked up by, and only
/// when the pod's own DNS traffic goes through Cilium's DNS proxy with a <c>rules.dns</c> entry that lets that name
/// through: the proxy is where Cilium learns which addresses a name stands for.</item>
/// <item>Ports are strings (a number, a named port, <c>"0"</c> for every port), with an optional <c>endPort</c>;
/// the protocol is TCP, UDP, SCTP or ANY (the default).</item>
/// </list>
/// Anything else (a field the oracle does not model, or a rule Cilium's validation rejects) throws
/// <see cref="UnmodelledException"/>, so a new field can never be silently ignored. Not modelled on purpose: deny
/// rules, L7 rules other than DNS, services, CIDR groups, node selectors, and DNS answers shared between pods of a node.
/// </summary>
internal static class CiliumPolicyOracle
{
    /// <summary>A CNP field the oracle does not model, or a rule Cilium refuses.</summary>
    public sealed class UnmodelledException(string message) : Exception(message);

    /// <summary>One rule of a CNP (its <c>spec</c>, or one of its <c>specs</c>), validated.</summary>
    public sealed record Policy(string Name, string Namespace, JsonObject EndpointSelector, IReadOnlyList<Rule> Ingress, IReadOnlyList<Rule> Egress, bool IsolatesIngress, bool IsolatesEgress);

    /// <summary>An ingress or egress rule: at most one L3 field (null: every peer), and its ports (null: every port).</summary>
    public sealed record Rule(string Path, string? L3, IReadOnlyList<JsonObject> Endpoints, IReadOnlyList<string> Entities, IReadOnlyList<(string Cidr, IReadOnlyList<string> Except)> Cidrs, IReadOnlyList<Fqdn> Fqdns, IReadOnlyList<PortRule>? ToPorts);

    /// <summary>Ports, and for DNS the names the proxy lets through (null: no DNS rules, the traffic is not proxied).</summary>
    public sealed record PortRule(IReadOnlyList<Port> Ports, IReadOnlyList<Fqdn>? Dns);

    /// <summary>A port as the CRD types it: a string, with an optional end and a protocol.</summary>
    public sealed record Port(string Value, int? EndPort, string Protocol);

    /// <summary>A DNS name (<c>matchName</c>) or pattern (<c>matchPattern</c>).</summary>
    public sealed record Fqdn(string? MatchName, string? MatchPattern)
    {
        public bool Matches(string host)
        {
            host = Canonical(host);
            if (MatchName is not null) return Canonical(MatchName) == host;
            var pattern = Canonical(MatchPattern!);
            if (pattern == "*") return true; // "*" alone matches every name
            // Within a name, "*" matches zero or more DNS characters but never the "." separator.
            var regex = "^" + string.Concat(pattern.Select(c => c == '*' ? "[-a-z0-9_]*" : Regex.Escape(c.ToString()))) + "$";
            return Regex.IsMatch(host, regex, RegexOptions.CultureInvariant);
        }

        // DNS names compare case-insensitively, and Cilium makes every name fully qualified.
        private static string Canonical(string name) => name.Trim().ToLowerInvariant().TrimEnd('.');
    }

    private static readonly string[] KnownEntities = ["all", "world", "world-ipv4", "world-ipv6", "cluster", "host", "remote-node", "kube-apiserver", "ingress", "init", "health", "unmanaged", "none"];

    private const string PodNamespaceKey = "io.kubernetes.pod.namespace";
    private const string NamespaceLabelPrefix = "io.cilium.k8s.namespace.labels.";

    // ---- Reading ----

    /// <summary>Every CiliumNetworkPolicy of <paramref name="objects"/>, validated; throws on anything not modelled.</summary>
    public static List<Policy> Parse(IEnumerable<JsonNode> objects)
    {
        var result = new List<Policy>();
        foreach (var node in objects)
        {
            var o = Obj(node, "a CiliumNetworkPolicy");
            if (Text(o["apiVersion"], "apiVersion") != "cilium.io/v2" || Text(o["kind"], "kind") != "CiliumNetworkPolicy")
                throw new UnmodelledException($"{o["apiVersion"]} {o["kind"]} is not a cilium.io/v2 CiliumNetworkPolicy");
            Known(o, "CiliumNetworkPolicy", "apiVersion", "kind", "metadata", "spec", "specs");
            var meta = Obj(o["metadata"], "metadata");
            var name = Text(meta["name"], "metadata.name");
            // Namespaced: without a namespace the object lands in whatever namespace the client defaults to.
            var ns = Text(meta["namespace"], $"CiliumNetworkPolicy {name}: metadata.namespace");
            var specs = new List<(string Where, JsonObject Spec)>();
            if (o["spec"] is not null) specs.Add(($"CiliumNetworkPolicy {name}: spec", Obj(o["spec"], "spec")));
            if (Arr(o, "specs") is { } many) specs.AddRange(many.Select((s, i) => ($"CiliumNetworkPolicy {name}: specs[{i}]", Obj(s, "specs[]"))));
            if (specs.Count == 0) throw new UnmodelledException($"CiliumNetworkPolicy {name} has neither spec nor specs: Cilium refuses it");
            foreach (var (where, spec) in specs) result.Add(ParseSpec(name, ns, where, spec));
        }
        return result;
    }

    private static Policy ParseSpec(string name, string ns, string where, JsonObject spec)
    {
        // nodeSelector (host policies), ingressDeny and egressDeny are not modelled: they throw here.
        Known(spec, where, "endpointSelector", "ingress", "egress", "enableDefaultDeny", "description", "labels");
        var selector = Obj(spec["endpointSelector"] ?? throw new UnmodelledException($"{where}: no endpointSelector"), where + ".endpointSelector");
        CheckSelector(selector, where + ".endpointSelector");
        var ingress = (Arr(spec, "ingress") ?? []).Select((r, i) => ParseRule(Obj(r, "rule"), $"{where}.ingress[{i}]", Direction.Ingress)).ToList();
        var egress = (Arr(spec, "egress") ?? []).Select((r, i) => ParseRule(Obj(r, "rule"), $"{where}.egress[{i}]", Direction.Egress)).ToList();
        bool? denyIngress = null, denyEgress = null;
        if (spec["enableDefaultDeny"] is { } dd)
        {
            var d = Obj(dd, where + ".enableDefaultDeny");
            Known(d, where + ".enableDefaultDeny", "ingress", "egress");
            denyIngress = d["ingress"] is { } di ? Bool(di, where + ".enableDefaultDeny.ingress") : null;
            denyEgress = d["egress"] is { } de ? Bool(de, where + ".enableDefaultDeny.egress") : null;
        }
        // Cilium's default posture per direction: deny once the rule has a (non-empty) list for it.
        return new Policy(name, ns, selector, ingress, egress, denyIngress ?? ingress.Count > 0, denyEgress ?? egress.Count > 0);
    }

    private static Rule ParseRule(JsonObject r, string where, Direction direction)
    {
        var (endpoints, entities, cidr, cidrSet, fqdns) = direction == Direction.Egress
            ? ("toEndpoints", "toEntities", "toCIDR", "toCIDRSet", "toFQDNs")
            : ("fromEndpoints", "fromEntities", "fromCIDR", "fromCIDRSet", (string?)null);
        string[] l3Fields = fqdns is null ? [endpoints, entities, cidr, cidrSet] : [endpoints, entities, cidr, cidrSet, fqdns];
        // Everything else (toServices, toRequires/fromRequires, toNodes/fromNodes, toGroups, icmps, authentication) throws.
        Known(r, where, [.. l3Fields, "toPorts"]);
        var present = l3Fields.Where(f => r[f] is not null).ToList();
        foreach (var f in present)
            if (Arr(r, f)!.Count == 0) throw new UnmodelledException($"{where}.{f} is an empty list: Cilium releases differ on what it selects");
        if (present.Count > 1) throw new UnmodelledException($"{where}: Cilium refuses the rule: combining {present[0]} and {present[1]} is not supported");
        var l3 = present.SingleOrDefault();

        var eps = (Arr(r, endpoints) ?? []).Select((s, i) => Obj(s, $"{where}.{endpoints}[{i}]")).ToList();
        foreach (var (s, i) in eps.Select((s, i) => (s, i))) CheckSelector(s, $"{where}.{endpoints}[{i}]");
        var ents = (Arr(r, entities) ?? []).Select(e => Text(e, $"{where}.{entities}[]")).ToList();
        foreach (var e in ents.Where(e => !KnownEntities.Contains(e))) throw new UnmodelledException($"{where}: Cilium refuses the unsupported entity '{e}'");
        var cidrs = (Arr(r, cidr) ?? []).Select(c => (Cidr: Cidr(Text(c, $"{where}.{cidr}[]"), where), Except: (IReadOnlyList<string>)[])).ToList();
        foreach (var (c, i) in (Arr(r, cidrSet) ?? []).Select((c, i) => (Obj(c, $"{where}.{cidrSet}[]"), i)))
        {
            Known(c, $"{where}.{cidrSet}[{i}]", "cidr", "except"); // cidrGroupRef and cidrGroupSelector are not modelled
            cidrs.Add((Cidr(Text(c["cidr"], $"{where}.{cidrSet}[{i}].cidr"), where), (Arr(c, "except") ?? []).Select(x => Cidr(Text(x, "except[]"), where)).ToList()));
        }
        var names = fqdns is null ? [] : (Arr(r, fqdns) ?? []).Select((f, i) => ParseFqdn(Obj(f, "fqdn"), $"{where}.{fqdns}[{i}]")).ToList();

        List<PortRule>? ports = null;
        if (Arr(r, "toPorts") is { } toPorts)
        {
            ports = toPorts.Select((p, i) => ParsePortRule(Obj(p, "toPorts[]"), $"{where}.toPorts[{i}]", direction)).ToList();
            if (ports.Count == 0) throw new UnmodelledException($"{where}.toPorts is an empty list");
        }
        if (l3 is null && ports is null) throw new UnmodelledException($"{where} has neither an L3 field nor toPorts: an empty rule is not modelled");
        return new Rule(where, l3, eps, ents, cidrs, names, ports);
    }

    private static PortRule ParsePortRule(JsonObject p, string where, Direction direction)
    {
        // serverNames, terminatingTLS, originatingTLS and listener are not modelled.
        Known(p, where, "ports", "rules");
        var ports = (Arr(p, "ports") ?? throw new UnmodelledException($"{where} has no ports")).Select((x, i) => ParsePort(Obj(x, "port"), $"{where}.ports[{i}]")).ToList();
        if (ports.Count == 0) throw new UnmodelledException($"{where}.ports is an empty list");
        List<Fqdn>? dns = null;
        if (p["rules"] is { } rules)
        {
            var l7 = Obj(rules, where + ".rules");
            Known(l7, where + ".rules", "dns"); // HTTP, Kafka and generic L7 rules are not modelled
            if (direction == Direction.Ingress) throw new UnmodelledException($"{where}: Cilium refuses DNS rules on ingress");
            dns = (Arr(l7, "dns") ?? throw new UnmodelledException($"{where}.rules has no dns list")).Select((f, i) => ParseFqdn(Obj(f, "dns[]"), $"{where}.rules.dns[{i}]")).ToList();
            if (ports.Any(x => x.EndPort is { } end && int.TryParse(x.Value, out var start) && end > start)) throw new UnmodelledException($"{where}: Cilium refuses port ranges with DNS rules");
        }
        return new PortRule(ports, dns);
    }

    private static Port ParsePort(JsonObject p, string where)
    {
        Known(p, where, "port", "endPort", "protocol");
        // The CRD types the port as a string: the API server refuses a number there.
        var value = Text(p["port"] ?? throw new UnmodelledException($"{where} has no port"), where + ".port");
        var numeric = value.Length > 0 && value.All(char.IsAsciiDigit);
        if (numeric ? !(int.TryParse(value, out var n) && n <= 65535) : !(Regex.IsMatch(value, "^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$") && value.Any(char.IsAsciiLetterLower)))
            throw new UnmodelledException($"{where}.port '{value}' is neither a port number nor a port name");
        int? end = p["endPort"] is { } e
            ? e is JsonValue ev && ev.GetValueKind() == JsonValueKind.Number ? int.Parse(ev.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) : throw new UnmodelledException($"{where}.endPort is not a number")
            : null;
        var protocol = p["protocol"] is { } pr ? Text(pr, where + ".protocol") : "ANY";
        if (protocol is "") protocol = "ANY";
        if (protocol is not ("TCP" or "UDP" or "SCTP" or "ANY")) throw new UnmodelledException($"{where}.protocol '{protocol}' is not modelled");
        return new Port(value, end, protocol);
    }

    private static Fqdn ParseFqdn(JsonObject f, string where)
    {
        Known(f, where, "matchName", "matchPattern");
        var name = f["matchName"] is { } n ? Text(n, where + ".matchName") : null;
        var pattern = f["matchPattern"] is { } m ? Text(m, where + ".matchPattern") : null;
        if ((name is null) == (pattern is null)) throw new UnmodelledException($"{where}: Cilium wants exactly one of matchName and matchPattern");
        if (name is not null && !Regex.IsMatch(name, "^[-a-zA-Z0-9_.]+$")) throw new UnmodelledException($"{where}: Cilium refuses matchName '{name}'");
        if (pattern is not null && !Regex.IsMatch(pattern, "^[-a-zA-Z0-9_.*]+$")) throw new UnmodelledException($"{where}: Cilium refuses matchPattern '{pattern}'");
        if (pattern is not null && pattern.Contains("**", StringComparison.Ordinal)) throw new UnmodelledException($"{where}: the multi-label wildcard '**' is not modelled");
        return new Fqdn(name, pattern);
    }

    private static void CheckSelector(JsonObject selector, string where)
    {
        Known(selector, where, "matchLabels", "matchExpressions");
        foreach (var (key, value) in selector["matchLabels"] is { } ml ? Obj(ml, where + ".matchLabels") : [])
        {
            Text(value, $"{where}.matchLabels.{key}");
            Key(key, where);
        }
        foreach (var (x, i) in (Arr(selector, "matchExpressions") ?? []).Select((x, i) => (Obj(x, "matchExpressions[]"), i)))
        {
            Known(x, $"{where}.matchExpressions[{i}]", "key", "operator", "values");
            Key(Text(x["key"], "key"), where);
            if (Text(x["operator"], "operator") is not ("In" or "NotIn" or "Exists" or "DoesNotExist"))
                throw new UnmodelledException($"{where}.matchExpressions[{i}]: operator {x["operator"]} is not a label selector operator");
        }
    }

    // A selector key without its source prefix. Only the k8s and any sources are modelled: reserved:, cidr:, fqdn:
    // labels name identities that the entity and CIDR fields name instead.
    private static string Key(string key, string where)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return key;
        var source = key[..colon];
        if (source is not ("k8s" or "any")) throw new UnmodelledException($"{where}: selector key '{key}' has the source '{source}', which is not modelled");
        var name = key[(colon + 1)..];
        if (name.StartsWith("io.cilium.k8s.policy.", StringComparison.Ordinal)) throw new UnmodelledException($"{where}: selector key '{key}' is not modelled");
        return name;
    }

    private static string Cidr(string text, string where)
        => System.Net.IPNetwork.TryParse(text, out _) ? text : throw new UnmodelledException($"{where}: Cilium refuses the CIDR '{text}'");

    // ---- Evaluating ----

    /// <summary>Whether a CNP selecting <paramref name="pod"/> puts it into default deny for <paramref name="direction"/>.</summary>
    public static bool Isolated(IReadOnlyList<Policy> policies, NetworkEndpoint pod, Direction direction)
        => policies.Any(p => Selects(p, pod) && (direction == Direction.Ingress ? p.IsolatesIngress : p.IsolatesEgress));

    /// <summary>
    /// The rule that lets <paramref name="pod"/> send to (egress) or receive from (ingress) <paramref name="peer"/> on the
    /// port, as "CiliumNetworkPolicy name: path", or null. <paramref name="resolver"/> is the cluster DNS the pod asks,
    /// whose traffic must pass the DNS proxy for a <c>toFQDNs</c> rule to match anything.
    /// </summary>
    public static string? AllowedBy(IReadOnlyList<Policy> policies, NetworkEndpoint pod, Direction direction, NetworkEndpoint peer, int port, string protocol, NetworkEndpoint resolver)
    {
        foreach (var p in policies.Where(p => Selects(p, pod)))
            foreach (var r in direction == Direction.Ingress ? p.Ingress : p.Egress)
                if (PeerMatches(p, r, peer, fqdnHost => DnsProxied(policies, pod, fqdnHost, resolver))
                    && PortsMatch(r.ToPorts, direction == Direction.Egress ? peer : pod, port, protocol))
                    return r.Path;
        return null;
    }

    /// <summary>
    /// Why a denied connection to a named host was not allowed by name, when a <c>toFQDNs</c> rule of a CNP selecting the
    /// pod names the host on that port: Cilium never saw the pod look it up through its DNS proxy. Null otherwise.
    /// </summary>
    public static string? FqdnHint(IReadOnlyList<Policy> policies, NetworkEndpoint pod, NetworkEndpoint peer, int port, string protocol, NetworkEndpoint resolver)
    {
        if (peer.Host is not { } host || DnsProxied(policies, pod, host, resolver)) return null;
        var naming = policies.Where(p => Selects(p, pod)).SelectMany(p => p.Egress)
            .FirstOrDefault(r => r.L3 == "toFQDNs" && r.Fqdns.Any(f => f.Matches(host)) && PortsMatch(r.ToPorts, peer, port, protocol));
        return naming is null ? null
            : $"{naming.Path} names {host}, but no egress rule of a CiliumNetworkPolicy selecting the pod sends its lookups of that name to {resolver} through Cilium's DNS proxy (toPorts[].rules.dns), so Cilium never learns the name's addresses";
    }

    private static bool Selects(Policy p, NetworkEndpoint pod) => pod.IsPod && pod.Namespace == p.Namespace && SelectorMatches(p.EndpointSelector, pod);

    private static bool PeerMatches(Policy p, Rule r, NetworkEndpoint peer, Func<string, bool>? nameResolvedThroughProxy) => r.L3 switch
    {
        null => true, // a rule with only toPorts allows every peer on those ports
        "toEndpoints" or "fromEndpoints" => peer.IsPod && r.Endpoints.Any(s => (NamesNamespace(s) || peer.Namespace == p.Namespace) && SelectorMatches(s, peer)),
        "toEntities" or "fromEntities" => r.Entities.Any(e => EntityMatches(e, peer)),
        // CIDR rules apply only to addresses outside the cluster; the API server is taken to run on the nodes.
        "toCIDR" or "toCIDRSet" or "fromCIDR" or "fromCIDRSet" => peer.Entity == Entities.World && peer.Ip is { } ip
            && r.Cidrs.Any(c => InCidr(ip, c.Cidr) && !c.Except.Any(x => InCidr(ip, x))),
        // The addresses a name stands for are those the DNS proxy saw in answers to the pod; in-cluster addresses never.
        "toFQDNs" => peer.Entity == Entities.World && peer.Host is { } host && r.Fqdns.Any(f => f.Matches(host))
            && nameResolvedThroughProxy is not null && nameResolvedThroughProxy(host),
        _ => throw new UnmodelledException($"{r.Path}: L3 field {r.L3} is not modelled"),
    };

    // Cilium learns a name's addresses only from DNS traffic it redirects to its proxy: an egress rule of a CNP selecting
    // the pod that allows the resolver on 53 with rules.dns letting the name through.
    private static bool DnsProxied(IReadOnlyList<Policy> policies, NetworkEndpoint pod, string host, NetworkEndpoint resolver)
        => policies.Where(p => Selects(p, pod)).Any(p => p.Egress.Any(r => r.L3 != "toFQDNs" && PeerMatches(p, r, resolver, null)
            && (r.ToPorts ?? []).Any(pr => pr.Dns is { } dns && dns.Any(f => f.Matches(host)) && pr.Ports.Any(x => PortMatches(x, resolver, 53, "UDP")))));

    private static bool EntityMatches(string entity, NetworkEndpoint peer) => entity switch
    {
        "all" => true,
        "none" => false,
        "world" => peer.Entity == Entities.World,
        "world-ipv4" => peer.Entity == Entities.World && peer.Ip?.AddressFamily == AddressFamily.InterNetwork,
        "world-ipv6" => peer.Entity == Entities.World && peer.Ip?.AddressFamily == AddressFamily.InterNetworkV6,
        // Everything inside the cluster: pods and the host, remote-node, ingress, kube-apiserver, ... identities.
        "cluster" => peer.Entity != Entities.World,
        _ => peer.Entity == entity,
    };

    private static bool PortsMatch(IReadOnlyList<PortRule>? rules, NetworkEndpoint destination, int port, string protocol)
        => rules is null || rules.Any(r => r.Ports.Any(p => PortMatches(p, destination, port, protocol)));

    private static bool PortMatches(Port p, NetworkEndpoint destination, int port, string protocol)
    {
        if (p.Protocol != "ANY" && p.Protocol != protocol) return false;
        if (int.TryParse(p.Value, out var start))
            return start == 0 || (p.EndPort is { } end && end > start ? port >= start && port <= end : port == start);
        return destination.NamedPorts?.TryGetValue(p.Value, out var named) == true && named == port; // endPort is ignored for names
    }

    private static bool NamesNamespace(JsonObject selector)
        => (selector["matchLabels"] as JsonObject ?? []).Any(kv => Key(kv.Key, "") == PodNamespaceKey)
            || (Arr(selector, "matchExpressions") ?? []).Any(x => Key(Text(x!["key"], "key"), "") == PodNamespaceKey);

    private static bool SelectorMatches(JsonObject selector, NetworkEndpoint pod)
    {
        foreach (var (key, value) in selector["matchLabels"] as JsonObject ?? [])
            if (Value(pod, key) is not { } actual || actual != Text(value, key)) return false;
        foreach (var x in Arr(selector, "matchExpressions") ?? [])
        {
            var actual = Value(pod, Text(x!["key"], "key"));
            var values = (Arr((JsonObject)x, "values") ?? []).Select(v => Text(v, "values[]")).ToList();
            var ok = Text(x["operator"], "operator") switch
            {
                "In" => actual is not null && values.Contains(actual),
                "NotIn" => actual is null || !values.Contains(actual),
                "Exists" => actual is not null,
                _ => actual is null, // DoesNotExist
            };
            if (!ok) return false;
        }
        return true;
    }

    // The value of a selector key for a pod: its namespace, a label of its namespace, or one of its own labels.
    private static string? Value(NetworkEndpoint pod, string key)
    {
        var name = Key(key, "selector");
        if (name == PodNamespaceKey) return pod.Namespace;
        if (name.StartsWith(NamespaceLabelPrefix, StringComparison.Ordinal))
            return pod.NamespaceLabels.TryGetValue(name[NamespaceLabelPrefix.Length..], out var nsValue) ? nsValue : null;
        return pod.Labels.TryGetValue(name, out var value) ? value : null;
    }

    private static bool InCidr(System.Net.IPAddress ip, string cidr) => System.Net.IPNetwork.Parse(cidr).Contains(ip);

    // ---- JSON ----

    private static void Known(JsonObject o, string where, params string[] fields)
    {
        foreach (var (key, _) in o)
            if (!fields.Contains(key)) throw new UnmodelledException($"{where}: field '{key}' is not modelled by the oracle");
    }

    private static JsonObject Obj(JsonNode? n, string where) => n as JsonObject ?? throw new UnmodelledException($"{where} is not an object");

    private static JsonArray? Arr(JsonObject o, string key)
        => o[key] switch { null => null, JsonArray a => a, _ => throw new UnmodelledException($"{key} is not a list") };

    private static string Text(JsonNode? n, string where)
        => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new UnmodelledException($"{where} is not a string ({n?.ToJsonString() ?? "missing"})");

    private static bool Bool(JsonNode n, string where)
        => n is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : throw new UnmodelledException($"{where} is not a boolean");
}
