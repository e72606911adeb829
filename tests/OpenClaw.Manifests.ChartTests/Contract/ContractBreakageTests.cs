using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using NC = OpenClaw.Manifests.ChartTests.Contract.ControllerEmulator.NetworkChecks;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Every check of the contract suite can fail: one broken rendering per check, each a mistake a chart or renderer
/// change could really make (most of them are what bp-openclaw 0.3.0 shipped), and the check that must catch it.
/// </summary>
public sealed class ContractBreakageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Breakages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, check, _) in Cases) data.Add(name, check);
        return data;
    }

    private static readonly (string Name, string Check, Action<List<JsonNode>> Break)[] Cases =
    [
        ("template not mounted", "mount", o => Deployment(o)["spec"]!["template"]!["spec"]!["containers"]![0]!["volumeMounts"]!.AsArray()
            .RemoveAll(m => (string?)m!["mountPath"] == "/etc/openclaw")),
        ("template under the 0.3.0 key", "mount", o => Rekey(o, "pod-template.json")),
        ("ConfigMap missing", "mount", o => o.RemoveAll(x => (string?)x["kind"] == "ConfigMap")),
        ("idle timeout zero", "environment", o => Env(o, "IDLE_TIMEOUT_MINUTES")["value"] = "0"),
        ("placeholder issuer", "environment", o => Env(o, "OIDC_ISSUER_URL")["value"] = "https://keycloak.example.local/realms/example"),
        ("tenant namespace unset", "environment", o => Env(o, "TENANT_NAMESPACE")["value"] = ""),
        ("template as one line of JSON", "stamp", o => Template(o, t => "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"," + t.Replace("\n", " ", StringComparison.Ordinal) + "}")),
        ("template with annotations of its own", "strict-yaml", o => Template(o, t => t.Replace("metadata:\n", "metadata:\n  annotations:\n    openclaw.io/idle-timeout-minutes: \"30\"\n", StringComparison.Ordinal))),
        ("misspelt field in the template", "strict-yaml", o => Template(o, t => t.Replace("  restartPolicy:", "  restartPolicyy:", StringComparison.Ordinal))),
        ("generateName instead of the polled name", "pod", o => Template(o, t => t.Replace("  name: \"openclaw-user-${USER_UUID}\"", "  generateName: \"openclaw-session-\"", StringComparison.Ordinal))),
        ("the 0.3.0 component label", "reaper", o => Template(o, t => t.Replace("\"per-user-pod\"", "\"runtime\"", StringComparison.Ordinal))),
        ("a fixed Secret instead of the user's", "secrets", o => Template(o, t => t.Replace("\"${SECRET_NAME}\"", "\"newapi-key-shared\"", StringComparison.Ordinal))),
        ("privileged runtime container", "policy", o => Template(o, t => t.Replace("privileged: false", "privileged: true", StringComparison.Ordinal))),
        ("runtime policy selecting the old label", "network", o => NetworkPolicy(o, Names.Runtime)["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/component"] = "runtime"),
        ("controller policy without the proxy port", "network", o => NetworkPolicy(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAll(r => r!["ports"]![0]!["port"]!.GetValue<int>() == 8080)),
        ("Role without patch", "rbac", o => Role(o)["rules"]![0]!["verbs"]!.AsArray().RemoveAll(v => (string?)v == "patch")),
        ("Role bound to another account", "rbac", o => o.Single(x => (string?)x["kind"] == "RoleBinding")["subjects"]![0]!["name"] = "default"),
        ("stale checksum", "checksum", o => Deployment(o)["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/pod-template"] = new string('0', 64)),
    ];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_rendering_fails_its_check(string name, string check)
    {
        var tenant = SampleTenants.Get("acme");
        var objects = RenderPaths.Direct(tenant);
        Cases.Single(c => c.Name == name).Break(objects);
        var findings = new ControllerEmulator(tenant, objects).Run(RenderPaths.Sub(1), Now);
        Assert.True(findings.Any(f => f.Check == check), $"{name}: expected a [{check}] finding, got:\n{string.Join('\n', findings)}");
    }

    [Fact]
    public void Every_check_has_a_breakage()
        => Assert.Equal(ControllerEmulator.Checks.Order(StringComparer.Ordinal), Cases.Select(c => c.Check).Distinct().Order(StringComparer.Ordinal));

    // ---- The network, check by check, and the options: Cilium egress by name (umbrella), the Gateway (hooli), Prometheus (vandelay) ----

    [Theory]
    [InlineData("umbrella")]
    [InlineData("hooli")]
    [InlineData("vandelay")]
    public void An_option_sample_honours_the_contract_unbroken(string name)
    {
        var tenant = SampleTenants.Get(name);
        // The sample must keep its option, or the breakages of that option below would test nothing.
        Assert.True(name switch { "umbrella" => tenant.Network.Cilium, "hooli" => tenant.Exposure == Exposure.HttpRoute, _ => tenant.Monitoring.ServiceMonitor }, $"{name} lost its option");
        var findings = new ControllerEmulator(tenant, RenderPaths.Direct(tenant)).Run(RenderPaths.Sub(1), Now);
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    public static TheoryData<string, string, string> NetworkBreakages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (tenant, name, what, _) in NetworkCases) data.Add(tenant, name, what);
        return data;
    }

    // Each must make the emulator report the [network] finding of its check (the finding starts with the check's name).
    private static readonly (string Tenant, string Name, string What, Action<List<JsonNode>> Break)[] NetworkCases =
    [
        // Plain NetworkPolicies: acme (the CIDR defaults), hooli (narrowed CIDRs, the Gateway), initech (an in-cluster issuer), vandelay (Prometheus).
        ("acme", "runtime policy admitting another component", NC.ProxiesToPod,
            o => NetworkPolicy(o, Names.Runtime)["spec"]!["ingress"]![0]!["from"]![0]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/component"] = "gateway"),
        ("acme", "runtime DNS rule dropped", NC.PodResolves, o => NetworkPolicy(o, Names.Runtime)["spec"]!["egress"]!.AsArray().RemoveAt(0)),
        ("acme", "runtime DNS over UDP only", NC.PodResolvesOverTcp, o => PortsOf(NetworkPolicy(o, Names.Runtime)["spec"]!["egress"]![0]!).RemoveAll(p => (string?)p!["protocol"] == "TCP")),
        ("acme", "controller DNS rule dropped", NC.ControllerResolves, o => NetworkPolicy(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAt(0)),
        ("acme", "controller DNS over UDP only", NC.ControllerResolvesOverTcp, o => PortsOf(NetworkPolicy(o, Names.Controller)["spec"]!["egress"]![0]!).RemoveAll(p => (string?)p!["protocol"] == "TCP")),
        ("acme", "runtime CIDR egress missing", NC.PodReachesLlm, o => o.Remove(NetworkPolicy(o, Names.RuntimeEgressPolicy))),
        ("acme", "API server rule without 6443", NC.ApiServerEndpointPort, o => PortsOf(NetworkPolicy(o, Names.ControllerEgressPolicy)["spec"]!["egress"]![0]!).RemoveAll(p => (int?)p!["port"] == 6443)),
        // acme's other 0.0.0.0/0 rules allow 443 anyway; hooli's narrowed ones do not.
        ("hooli", "API server rule without 443", NC.ApiServer, o => PortsOf(NetworkPolicy(o, Names.ControllerEgressPolicy)["spec"]!["egress"]![0]!).RemoveAll(p => (int?)p!["port"] == 443)),
        ("hooli", "runtime CIDR narrowed to another address", NC.PodReachesLlm,
            o => NetworkPolicy(o, Names.RuntimeEgressPolicy)["spec"]!["egress"]![0]!["to"]![0]!["ipBlock"]!["cidr"] = "192.0.2.41/32"),
        ("hooli", "issuer CIDR narrowed to another address", NC.JwksFromIssuer,
            o => NetworkPolicy(o, Names.ControllerEgressPolicy)["spec"]!["egress"]![1]!["to"]![0]!["ipBlock"]!["cidr"] = "192.0.2.31/32"),
        ("initech", "in-cluster issuer policy missing", NC.JwksInCluster, o => o.Remove(NetworkPolicy(o, Names.InternalIssuerPolicy))),
        ("hooli", "controller admitting ingress-nginx instead of the Gateway's namespace", NC.FrontDoor,
            o => NetworkPolicy(o, Names.Controller)["spec"]!["ingress"]![0]!["from"]![0]!["namespaceSelector"]!["matchLabels"]!["kubernetes.io/metadata.name"] = "ingress-nginx"),
        ("vandelay", "metrics policy missing", NC.Prometheus, o => o.Remove(NetworkPolicy(o, Names.MetricsPolicy))),
        ("vandelay", "metrics policy admitting another namespace", NC.Prometheus,
            o => NetworkPolicy(o, Names.MetricsPolicy)["spec"]!["ingress"]![0]!["from"]![0]!["namespaceSelector"]!["matchLabels"]!["kubernetes.io/metadata.name"] = "prometheus"),

        // Cilium (umbrella): a name is reachable only through the DNS proxy; the API server is an entity; nothing else is reachable.
        ("umbrella", "runtime DNS rule without the proxy's rules", NC.PodReachesLlm, o => Cnp(o, Names.Runtime)["spec"]!["egress"]![0]!["toPorts"]![0]!.AsObject().Remove("rules")),
        ("umbrella", "controller DNS rule without the proxy's rules", NC.JwksFromIssuer, o => Cnp(o, Names.Controller)["spec"]!["egress"]![0]!["toPorts"]![0]!.AsObject().Remove("rules")),
        ("umbrella", "runtime FQDN naming another host", NC.PodReachesLlm, o => Cnp(o, Names.Runtime)["spec"]!["egress"]![1]!["toFQDNs"]![0]!["matchName"] = "api.other.example.com"),
        ("umbrella", "controller FQDN naming another issuer", NC.JwksFromIssuer, o => Cnp(o, Names.Controller)["spec"]!["egress"]![1]!["toFQDNs"]![0]!["matchName"] = "keycloak.other.example.com"),
        // The baseline NetworkPolicy still allows the lookups, but not through the proxy (see the fact below).
        ("umbrella", "runtime DNS rule dropped", NC.PodReachesLlm, o => Cnp(o, Names.Runtime)["spec"]!["egress"]!.AsArray().RemoveAt(0)),
        ("umbrella", "kube-apiserver entity dropped", NC.ApiServer, o => Cnp(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAll(r => r!["toEntities"] is not null)),
        ("umbrella", "kube-apiserver rule without 6443", NC.ApiServerEndpointPort,
            o => PortsOf(Cnp(o, Names.Controller)["spec"]!["egress"]!.AsArray().Single(r => r!["toEntities"] is not null)!["toPorts"]![0]!).RemoveAll(p => (string?)p!["port"] == "6443")),
        // Cilium's own proxy is no pod: the baseline's namespaceSelector cannot admit it (see the fact below).
        ("umbrella", "ingress entity dropped", NC.CiliumFrontDoor, o => Cnp(o, Names.Controller)["spec"]!["ingress"]![0]!["fromEntities"]!.AsArray().RemoveAll(e => (string?)e == "ingress")),
        ("umbrella", "runtime widened to world", NC.PodReachesNothingElse, o => Cnp(o, Names.Runtime)["spec"]!["egress"]!.AsArray().Add(JsonNode.Parse("""{"toEntities":["world"]}"""))),
        ("umbrella", "controller widened to every name", NC.ControllerReachesNothingElse, o => Cnp(o, Names.Controller)["spec"]!["egress"]![1]!["toFQDNs"]!.AsArray().Add(JsonNode.Parse("""{"matchPattern":"*"}"""))),
        // Why the renderer leaves the CIDR policies out with Cilium: a pod may send what any policy selecting it allows.
        ("umbrella", "a CIDR policy left beside Cilium's", NC.PodReachesNothingElse, o => o.Add(NetworkPolicy(WithoutCilium("umbrella"), Names.RuntimeEgressPolicy))),
        ("umbrella", "CiliumNetworkPolicies missing", NC.PodReachesLlm, o => o.RemoveAll(x => (string?)x["kind"] == "CiliumNetworkPolicy")),
    ];

    [Theory]
    [MemberData(nameof(NetworkBreakages))]
    public void A_broken_network_fails_its_network_check(string tenant, string name, string what)
    {
        var t = SampleTenants.Get(tenant);
        var objects = RenderPaths.Direct(t);
        Assert.Empty(new ControllerEmulator(t, objects).Run(RenderPaths.Sub(1), Now)); // the finding below is the breakage's
        var before = string.Join('\n', objects.Select(x => x.ToJsonString()));
        NetworkCases.Single(c => c.Tenant == tenant && c.Name == name).Break(objects);
        Assert.NotEqual(before, string.Join('\n', objects.Select(x => x.ToJsonString()))); // the breakage must really change something
        var findings = new ControllerEmulator(t, objects).Run(RenderPaths.Sub(1), Now);
        Assert.True(findings.Any(f => f.Check == "network" && f.Message.StartsWith(what + ": ", StringComparison.Ordinal)),
            $"{tenant}, {name}: expected a [network] finding '{what}: ...', got:\n{string.Join('\n', findings)}");
    }

    [Fact]
    public void Every_network_check_has_a_breakage()
        => Assert.Equal(NC.All.Order(StringComparer.Ordinal), NetworkCases.Select(c => c.What).Distinct().Order(StringComparer.Ordinal));

    // Cilium enforces both kinds: the baseline NetworkPolicy still allows DNS to kube-dns, so lookups work, but only a
    // CiliumNetworkPolicy rule with rules.dns sends them through the proxy, the one place Cilium learns a name's addresses.
    [Fact]
    public void Without_its_Cilium_DNS_rule_the_pod_still_resolves_names_but_reaches_no_host_by_name()
    {
        var findings = Broken("umbrella", "runtime DNS rule dropped");
        Assert.Contains(findings, f => f.Message.StartsWith(NC.PodReachesLlm + ": ", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.StartsWith(NC.PodResolves, StringComparison.Ordinal));
    }

    // The entity ingress is Cilium's Envoy, not a pod: only fromEntities admits it. A front door that runs as pods in its
    // namespace (ingress-nginx, Envoy Gateway) is still admitted by the baseline NetworkPolicy.
    [Fact]
    public void Without_the_ingress_entity_only_Cilium_s_own_proxy_loses_the_controller()
    {
        var findings = Broken("umbrella", "ingress entity dropped");
        Assert.Contains(findings, f => f.Message.StartsWith(NC.CiliumFrontDoor + ": ", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.StartsWith(NC.FrontDoor + ": ", StringComparison.Ordinal));
    }

    // The baseline and Cilium's policy each allow the controller to reach the pods: one of them alone is enough, none is not.
    [Fact]
    public void One_kind_of_policy_suffices_where_both_allow()
    {
        var findings = BrokenBy("umbrella", o => Assert.Equal(1, Cnp(o, Names.Controller)["spec"]!["egress"]!.AsArray()
            .RemoveAll(r => r!["toEndpoints"]?[0]?["matchLabels"]?["app.kubernetes.io/component"] is not null)));
        Assert.Empty(findings);
        Assert.NotEmpty(BrokenBy("umbrella", o =>
        {
            Cnp(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAll(r => r!["toEndpoints"]?[0]?["matchLabels"]?["app.kubernetes.io/component"] is not null);
            NetworkPolicy(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAt(1);
        }));
    }

    private static IReadOnlyList<ControllerEmulator.Finding> Broken(string tenant, string name)
        => BrokenBy(tenant, NetworkCases.Single(c => c.Tenant == tenant && c.Name == name).Break);

    private static IReadOnlyList<ControllerEmulator.Finding> BrokenBy(string tenant, Action<List<JsonNode>> edit)
    {
        var t = SampleTenants.Get(tenant);
        var objects = RenderPaths.Direct(t);
        edit(objects);
        return new ControllerEmulator(t, objects).Run(RenderPaths.Sub(1), Now);
    }

    private static List<JsonNode> WithoutCilium(string tenant)
    {
        var t = SampleTenants.Get(tenant);
        return RenderPaths.Direct(t with { Network = t.Network with { Cilium = false } });
    }

    [Fact]
    public void The_authorizer_refuses_what_the_role_does_not_grant()
    {
        var objects = RenderPaths.Direct(SampleTenants.Get("acme"));
        var role = k8s.KubernetesJson.Deserialize<k8s.Models.V1Role>(Role(objects).ToJsonString());
        Assert.True(RbacOracle.Allows(role.Rules, "patch", "", "pods", name: "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "watch", "", "pods"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "", "secrets", name: "newapi-key-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "create", "", "pods", "exec", "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "", "pods", "log", "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "apps", "pods", name: "openclaw-user-x"));
    }

    [Fact]
    public void A_template_change_changes_the_checksum_and_is_a_one_line_diff()
    {
        var acme = SampleTenants.Get("acme");
        var changed = acme with { Llm = acme.Llm with { DefaultModel = "qwen3.7" } };
        string Text(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]![Names.PodTemplateKey]!.GetValue<string>();
        string Sum(List<JsonNode> o) => Deployment(o)["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/pod-template"]!.GetValue<string>();
        var (before, after) = (RenderPaths.Direct(acme), RenderPaths.Direct(changed));
        Assert.NotEqual(Sum(before), Sum(after));
        var (a, b) = (Text(before).Split('\n'), Text(after).Split('\n'));
        Assert.Equal(a.Length, b.Length);
        Assert.Equal(["      value: \"qwen3.7\""], b.Where((line, i) => line != a[i]));
    }

    private static JsonNode Deployment(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "Deployment");

    private static JsonNode Role(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "Role");

    private static JsonNode NetworkPolicy(List<JsonNode> o, string name) => o.Single(x => (string?)x["kind"] == "NetworkPolicy" && (string?)x["metadata"]!["name"] == name);

    private static JsonNode Cnp(List<JsonNode> o, string name) => o.Single(x => (string?)x["kind"] == "CiliumNetworkPolicy" && (string?)x["metadata"]!["name"] == name);

    private static JsonArray PortsOf(JsonNode rule) => rule["ports"]!.AsArray();

    private static JsonNode Env(List<JsonNode> o, string name)
        => Deployment(o)["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray().Single(e => (string?)e!["name"] == name)!;

    private static void Template(List<JsonNode> o, Func<string, string> edit)
    {
        var data = o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]!;
        var before = data[Names.PodTemplateKey]!.GetValue<string>();
        var after = edit(before);
        Assert.NotEqual(before, after); // the breakage must really change the template
        data[Names.PodTemplateKey] = after;
    }

    private static void Rekey(List<JsonNode> o, string key)
    {
        var data = o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]!.AsObject();
        var text = data[Names.PodTemplateKey]!.GetValue<string>();
        data.Remove(Names.PodTemplateKey);
        data[key] = text;
    }
}
