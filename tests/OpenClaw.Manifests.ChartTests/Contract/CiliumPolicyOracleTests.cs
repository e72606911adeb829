using System.Net;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// The Cilium oracle on small hand-written policies, one semantic fact each (Cilium docs "Layer 3/4/7 Policies",
/// "Policy Enforcement Modes"): if the oracle got one of these wrong, the contract suite would pass or fail the
/// renderer's policies for the wrong reason.
/// </summary>
public sealed class CiliumPolicyOracleTests
{
    private static readonly NetworkEndpoint Dns = NetworkEndpoint.Pod("kube-dns", "kube-system", new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }, IPAddress.Parse("10.96.0.10"));
    private static readonly NetworkEndpoint App = NetworkEndpoint.Pod("app", "team", new Dictionary<string, string> { ["app"] = "web" }, IPAddress.Parse("10.244.1.1"), new Dictionary<string, int> { ["http"] = 8080 });
    private static readonly NetworkEndpoint Neighbour = NetworkEndpoint.Pod("neighbour", "team", new Dictionary<string, string> { ["app"] = "db" }, IPAddress.Parse("10.244.1.2"));
    private static readonly NetworkEndpoint Stranger = NetworkEndpoint.Pod("stranger", "other", new Dictionary<string, string> { ["app"] = "db" }, IPAddress.Parse("10.244.2.2"));
    private static readonly NetworkEndpoint Api = NetworkEndpoint.Pod("api", "other", new Dictionary<string, string> { ["app"] = "api" }, IPAddress.Parse("10.244.2.3"));
    private static readonly NetworkEndpoint Site = NetworkEndpoint.External(IPAddress.Parse("203.0.113.20"), "www.example.com");
    private static readonly NetworkEndpoint ApiServer = NetworkEndpoint.ApiServer(IPAddress.Parse("10.0.0.1"));

    private const string DnsRule = """{"toEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "kube-system", "k8s:k8s-app": "kube-dns"}}], "toPorts": [{"ports": [{"port": "53", "protocol": "ANY"}], "rules": {"dns": [{"matchPattern": "*"}]}}]}""";

    private static List<CiliumPolicyOracle.Policy> Cnp(string spec, string ns = "team")
        => CiliumPolicyOracle.Parse([JsonNode.Parse("""{"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": "p", "namespace": """ + "\"" + ns + "\"}, \"spec\": " + spec + "}")!]);

    private static List<CiliumPolicyOracle.Policy> Egress(params string[] rules) => Cnp("""{"endpointSelector": {"matchLabels": {"app": "web"}}, "egress": [""" + string.Join(',', rules) + "]}");

    private static bool Sends(List<CiliumPolicyOracle.Policy> p, NetworkEndpoint to, int port = 443, string protocol = "TCP")
        => CiliumPolicyOracle.AllowedBy(p, App, Direction.Egress, to, port, protocol, Dns) is not null;

    [Fact]
    public void A_policy_selects_pods_of_its_own_namespace_by_label_with_or_without_a_source_prefix()
    {
        foreach (var key in new[] { "app", "k8s:app", "any:app" })
        {
            var p = Cnp("{\"endpointSelector\": {\"matchLabels\": {\"" + key + "\": \"db\"}}, \"egress\": [" + DnsRule + "]}");
            Assert.True(CiliumPolicyOracle.Isolated(p, Neighbour, Direction.Egress), key);
            Assert.False(CiliumPolicyOracle.Isolated(p, Stranger, Direction.Egress), key); // same labels, other namespace
            Assert.False(CiliumPolicyOracle.Isolated(p, Neighbour, Direction.Ingress), key); // no ingress section
        }
    }

    [Fact]
    public void Only_a_non_empty_rule_list_or_enableDefaultDeny_isolates()
    {
        Assert.False(CiliumPolicyOracle.Isolated(Cnp("""{"endpointSelector": {}, "egress": []}"""), App, Direction.Egress));
        Assert.False(CiliumPolicyOracle.Isolated(Cnp("{\"endpointSelector\": {}, \"egress\": [" + DnsRule + "], \"enableDefaultDeny\": {\"egress\": false}}"), App, Direction.Egress));
        Assert.True(CiliumPolicyOracle.Isolated(Cnp("""{"endpointSelector": {}, "ingress": [], "enableDefaultDeny": {"ingress": true}}"""), App, Direction.Ingress));
    }

    [Fact]
    public void Endpoint_selectors_stay_in_the_policy_namespace_unless_they_name_one()
    {
        var local = Egress("""{"toEndpoints": [{"matchLabels": {"app": "db"}}]}""");
        Assert.True(Sends(local, Neighbour));
        Assert.False(Sends(local, Stranger));
        var there = Egress("""{"toEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "other", "app": "db"}}]}""");
        Assert.True(Sends(there, Stranger));
        Assert.False(Sends(there, Neighbour));
        var anywhere = Egress("""{"toEndpoints": [{"matchExpressions": [{"key": "io.kubernetes.pod.namespace", "operator": "Exists"}], "matchLabels": {"app": "db"}}]}""");
        Assert.True(Sends(anywhere, Stranger) && Sends(anywhere, Neighbour));
        var byNamespaceLabel = Egress("""{"toEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "other", "k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name": "other"}}]}""");
        Assert.True(Sends(byNamespaceLabel, Api));
        Assert.False(Sends(Egress("""{"toEndpoints": [{}]}"""), Stranger)); // {} is every pod of the namespace, no more
    }

    [Fact]
    public void Entities_select_identities_not_addresses()
    {
        Assert.True(Sends(Egress("""{"toEntities": ["kube-apiserver"]}"""), ApiServer));
        Assert.False(Sends(Egress("""{"toEntities": ["kube-apiserver"]}"""), Site));
        Assert.True(Sends(Egress("""{"toEntities": ["cluster"]}"""), ApiServer));
        Assert.True(Sends(Egress("""{"toEntities": ["cluster"]}"""), Stranger));
        Assert.False(Sends(Egress("""{"toEntities": ["cluster"]}"""), Site));
        Assert.True(Sends(Egress("""{"toEntities": ["world"]}"""), Site));
        Assert.False(Sends(Egress("""{"toEntities": ["world"]}"""), ApiServer));
        Assert.False(Sends(Egress("""{"toEntities": ["world"]}"""), Stranger));
        Assert.True(Sends(Egress("""{"toEntities": ["all"]}"""), Stranger));
        // Cilium's own ingress proxy is neither a pod nor an address: only its entity (or cluster, or all) admits it.
        var proxy = NetworkEndpoint.CiliumIngressProxy();
        var ingress = Cnp("""{"endpointSelector": {}, "ingress": [{"fromEntities": ["ingress"]}]}""");
        Assert.NotNull(CiliumPolicyOracle.AllowedBy(ingress, App, Direction.Ingress, proxy, 8080, "TCP", Dns));
        Assert.Null(CiliumPolicyOracle.AllowedBy(Cnp("""{"endpointSelector": {}, "ingress": [{"fromEndpoints": [{}]}]}"""), App, Direction.Ingress, proxy, 8080, "TCP", Dns));
    }

    [Fact]
    public void CIDR_rules_select_only_addresses_outside_the_cluster()
    {
        Assert.True(Sends(Egress("""{"toCIDR": ["203.0.113.0/24"]}"""), Site));
        Assert.False(Sends(Egress("""{"toCIDRSet": [{"cidr": "203.0.113.0/24", "except": ["203.0.113.16/28"]}]}"""), Site));
        Assert.False(Sends(Egress("""{"toCIDR": ["0.0.0.0/0"]}"""), Stranger));
        Assert.False(Sends(Egress("""{"toCIDR": ["0.0.0.0/0"]}"""), ApiServer));
    }

    [Fact]
    public void A_name_is_reachable_only_when_the_pods_own_lookups_of_it_pass_the_DNS_proxy()
    {
        const string Fqdn = """{"toFQDNs": [{"matchName": "www.example.com"}], "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}]}]}""";
        Assert.True(Sends(Egress(DnsRule, Fqdn), Site));
        Assert.False(Sends(Egress(Fqdn), Site)); // no DNS rule at all
        Assert.False(Sends(Egress(DnsRule.Replace(", \"rules\": {\"dns\": [{\"matchPattern\": \"*\"}]}", "", StringComparison.Ordinal), Fqdn), Site)); // DNS allowed, not proxied
        Assert.False(Sends(Egress(DnsRule.Replace("\"matchPattern\": \"*\"", "\"matchName\": \"www.example.org\"", StringComparison.Ordinal), Fqdn), Site)); // the proxy refuses the name
        Assert.False(Sends(Egress(DnsRule.Replace("kube-dns\"}}]", "coredns\"}}]", StringComparison.Ordinal), Fqdn), Site)); // a rule for another resolver
        Assert.False(Sends(Egress(DnsRule, Fqdn), Site, 80)); // the name's rule has its own ports
        Assert.False(Sends(Egress(DnsRule, Fqdn), NetworkEndpoint.External(IPAddress.Parse("203.0.113.20")))); // the address without the name
        // The proxy rule may live in another policy selecting the pod.
        Assert.True(Sends([.. Egress(DnsRule), .. Egress(Fqdn)], Site));
    }

    [Theory]
    [InlineData("*", "www.example.com", true)]
    [InlineData("*.example.com", "www.example.com", true)]
    [InlineData("*.example.com", "WWW.Example.com.", true)]
    [InlineData("*.example.com", "example.com", false)]
    [InlineData("*.example.com", "a.www.example.com", false)]
    [InlineData("www*.example.com", "www-eu.example.com", true)]
    [InlineData("www.example.com", "www.example.com", true)]
    [InlineData("www.example.com", "wwwxexample.com", false)]
    public void Match_patterns_wildcard_within_one_label(string pattern, string host, bool matches)
        => Assert.Equal(matches, new CiliumPolicyOracle.Fqdn(null, pattern).Matches(host));

    [Fact]
    public void Ports_are_strings_with_ranges_names_and_any_protocol()
    {
        Assert.True(Sends(Egress("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": "0", "protocol": "TCP"}]}]}"""), Site, 1234));
        Assert.True(Sends(Egress("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": "8000", "endPort": 9000}]}]}"""), Site, 8443, "UDP"));
        Assert.False(Sends(Egress("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": "8000", "endPort": 9000}]}]}"""), Site, 9001));
        Assert.False(Sends(Egress("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": "443", "protocol": "UDP"}]}]}"""), Site));
        Assert.True(Sends(Egress("""{"toPorts": [{"ports": [{"port": "443"}]}]}"""), Site)); // no L3 field: every peer
        var named = Cnp("""{"endpointSelector": {}, "ingress": [{"fromEntities": ["cluster"], "toPorts": [{"ports": [{"port": "http", "protocol": "TCP"}]}]}]}""");
        Assert.NotNull(CiliumPolicyOracle.AllowedBy(named, App, Direction.Ingress, Neighbour, 8080, "TCP", Dns));
        Assert.Null(CiliumPolicyOracle.AllowedBy(named, App, Direction.Ingress, Neighbour, 8081, "TCP", Dns));
    }

    [Theory]
    [InlineData("""{"toServices": [{"k8sService": {"serviceName": "x", "namespace": "y"}}]}""")]
    [InlineData("""{"toEntities": ["world"], "icmps": [{"fields": [{"type": 8}]}]}""")]
    [InlineData("""{"toEntities": ["world"], "toCIDR": ["203.0.113.0/24"]}""")] // Cilium: combining two L3 fields is not supported
    [InlineData("""{"toEntities": ["everywhere"]}""")]
    [InlineData("""{"toEntities": []}""")]
    [InlineData("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": 443}]}]}""")] // a number where the CRD wants a string
    [InlineData("""{"toEntities": ["world"], "toPorts": [{"ports": [{"port": "80", "protocol": "TCP"}], "rules": {"http": [{"method": "GET"}]}}]}""")]
    [InlineData("""{"toEndpoints": [{"matchLabels": {"reserved:host": ""}}]}""")]
    [InlineData("""{"toFQDNs": [{"matchPattern": "**.example.com"}]}""")]
    [InlineData("""{"toFQDNs": [{"matchName": "a.example.com", "matchPattern": "*.example.com"}]}""")]
    [InlineData("""{}""")]
    public void A_rule_field_the_oracle_does_not_model_or_Cilium_refuses_throws(string rule)
        => Assert.Throws<CiliumPolicyOracle.UnmodelledException>(() => Egress(rule));

    [Theory]
    [InlineData("""{"endpointSelector": {}, "egressDeny": [{"toEntities": ["world"]}]}""")]
    [InlineData("""{"nodeSelector": {}, "egress": [{"toEntities": ["world"]}]}""")]
    [InlineData("""{"endpointSelector": {}, "ingress": [{"fromEntities": ["world"], "toPorts": [{"ports": [{"port": "53"}], "rules": {"dns": [{"matchPattern": "*"}]}}]}]}""")]
    public void A_spec_field_the_oracle_does_not_model_or_Cilium_refuses_throws(string spec)
        => Assert.Throws<CiliumPolicyOracle.UnmodelledException>(() => Cnp(spec));
}
