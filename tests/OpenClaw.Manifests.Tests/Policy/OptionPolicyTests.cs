using k8s;
using k8s.Models;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Rendering.Crds;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>OCM0012 (egress to any address) and OCM0007 on the options' objects: HTTPRoute, CiliumNetworkPolicy, ServiceMonitor.</summary>
public class OptionPolicyTests
{
    // The CIDR defaults, not acknowledged.
    private static readonly Tenant Wide = TestTenants.Minimal() with { Network = new NetworkSettings() };

    private static readonly Tenant CiliumTenant = TestTenants.Minimal() with { Network = new NetworkSettings { Cilium = true, AllowAnyEgress = true } };

    private static List<(string Rule, string Subject)> Check(Tenant tenant, Action<List<IKubernetesObject<V1ObjectMeta>>>? change = null)
        => ObjectPolicy.Check(tenant, Changed(tenant, change)).Select(d => (d.Rule.Id, d.Subject)).ToList();

    private static List<IKubernetesObject<V1ObjectMeta>> Changed(Tenant tenant, Action<List<IKubernetesObject<V1ObjectMeta>>>? change)
    {
        var objects = TenantRenderer.BuildObjects(tenant).ToList();
        change?.Invoke(objects);
        return objects;
    }

    private static T Find<T>(List<IKubernetesObject<V1ObjectMeta>> objects, string name) where T : IKubernetesObject<V1ObjectMeta>
        => objects.OfType<T>().Single(o => o.Metadata.Name == name);

    [Fact]
    public void The_CIDR_defaults_are_egress_to_any_address_a_warning_by_default()
    {
        Assert.Equal([("OCM0012", "NetworkPolicy/openclaw-controller-egress"), ("OCM0012", "NetworkPolicy/openclaw-controller-egress"),
            ("OCM0012", "NetworkPolicy/openclaw-runtime-egress")], Check(Wide));
        var rendered = TenantRenderer.Render(Wide);
        Assert.Equal(3, rendered.Warnings.Count);
        Assert.Equal(RuleSeverity.Warning, RuleSeverities.Default.Of(RuleCatalog.UnrestrictedEgress));
        var strict = new RuleSeverities();
        Assert.True(strict.TrySet("OCM0012", RuleSeverity.Error));
        Assert.Throws<PolicyViolationException>(() => TenantRenderer.Render(Wide, strict));
    }

    [Fact]
    public void Acknowledged_narrowed_or_by_name_egress_is_not_flagged()
    {
        Assert.Empty(Check(Wide with { Network = new NetworkSettings { AllowAnyEgress = true } }));
        Assert.Empty(Check(Wide with { Network = new NetworkSettings { ApiServerCidrs = ["10.0.0.1/32"], OidcCidrs = ["192.0.2.1/32"], LlmCidrs = ["0.0.0.0/1"] } }));
        Assert.Empty(Check(Wide with { Network = new NetworkSettings { Cilium = true } }));
    }

    [Fact]
    public void IPv6_any_and_Cilium_world_are_any_address_too()
    {
        var narrow = Wide with { Network = new NetworkSettings { ApiServerCidrs = ["10.0.0.1/32"], OidcCidrs = ["192.0.2.1/32"], LlmCidrs = ["::/0"] } };
        Assert.Contains(("OCM0012", "NetworkPolicy/openclaw-runtime-egress"), Check(narrow));
        var cilium = Wide with { Network = new NetworkSettings { Cilium = true } };
        Assert.Equal([("OCM0012", "CiliumNetworkPolicy/openclaw-runtime")],
            Check(cilium, o => Find<CiliumNetworkPolicy>(o, Names.Runtime).Spec.Egress!.Add(new CiliumEgressRule { ToEntities = ["world"] })));
        Assert.Equal([("OCM0012", "CiliumNetworkPolicy/openclaw-runtime")],
            Check(cilium, o => Find<CiliumNetworkPolicy>(o, Names.Runtime).Spec.Egress!.Add(new CiliumEgressRule { ToCidr = ["0.0.0.0/0"] })));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_egress_rule_without_peers_allows_every_destination_unless_the_policy_is_not_for_egress()
    {
        var narrow = Wide with { Network = new NetworkSettings { ApiServerCidrs = ["10.0.0.1/32"], OidcCidrs = ["192.0.2.1/32"], LlmCidrs = ["192.0.2.2/32"] } };
        Assert.Empty(Check(narrow));
        var objects = TenantRenderer.BuildObjects(narrow).ToList();
        var egress = Find<V1NetworkPolicy>(objects, Names.RuntimeEgressPolicy);
        egress.Spec.Egress.Add(new V1NetworkPolicyEgressRule());
        egress.Spec.Egress.Add(new V1NetworkPolicyEgressRule { To = [] });
        var d = ObjectPolicy.Check(narrow, objects).ToList();
        Assert.Equal(2, d.Count);
        Assert.All(d, x => Assert.Equal(("OCM0012", "NetworkPolicy/openclaw-runtime-egress"), (x.Rule.Id, x.Subject)));
        Assert.All(d, x => Assert.Contains("every destination (a rule without 'to')", x.Message));
        // Egress rules of a policy whose policyTypes leave out Egress are ignored by the API server's enforcement.
        egress.Spec.PolicyTypes = ["Ingress"];
        Assert.DoesNotContain(ObjectPolicy.Check(narrow, objects), x => x.Rule.Id == "OCM0012");
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Cilium_all_and_IPv6_any_are_any_address_and_the_acknowledgement_covers_Cilium_too()
    {
        var cilium = Wide with { Network = new NetworkSettings { Cilium = true } };
        void Widen(List<IKubernetesObject<V1ObjectMeta>> o) => Find<CiliumNetworkPolicy>(o, Names.Runtime).Spec.Egress!
            .Add(new CiliumEgressRule { ToEntities = ["cluster", "all"], ToCidr = ["10.0.0.0/8", "::/0"] });
        var d = ObjectPolicy.Check(cilium, Changed(cilium, Widen));
        Assert.Equal(["CiliumNetworkPolicy/openclaw-runtime allows egress to ::/0", "CiliumNetworkPolicy/openclaw-runtime allows egress to entity all"],
            d.Select(x => x.Message[..x.Message.IndexOf(": name", StringComparison.Ordinal)]));
        Assert.Empty(Check(CiliumTenant, Widen));
    }

    [Fact]
    public void A_Cilium_selector_naming_another_namespace_is_a_cross_tenant_reference()
    {
        Assert.Empty(Check(CiliumTenant));
        Assert.Equal([("OCM0007", "CiliumNetworkPolicy/openclaw-controller")], Check(CiliumTenant, o => Find<CiliumNetworkPolicy>(o, Names.Controller).Spec.Egress!.Add(
            new CiliumEgressRule { ToEndpoints = [new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s:io.kubernetes.pod.namespace"] = "org-other" } }] })));
    }

    // Cilium writes the namespace label with or without its source prefix; a selector by expression can name any
    // namespace, so it is refused whatever it says.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("io.kubernetes.pod.namespace", "org-other", "org-other")]
    [InlineData("any:io.kubernetes.pod.namespace", "org-other", "org-other")]
    [InlineData("k8s:io.kubernetes.pod.namespace", "kube-system", null)]
    [InlineData("app", "org-other", null)]
    public void Every_spelling_of_Cilium_s_namespace_label_is_checked(string key, string ns, string? refused)
    {
        var objects = TenantRenderer.BuildObjects(CiliumTenant).ToList();
        Find<CiliumNetworkPolicy>(objects, Names.Controller).Spec.Ingress!.Add(
            new CiliumIngressRule { FromEndpoints = [new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [key] = ns } }] });
        var d = ObjectPolicy.Check(CiliumTenant, objects);
        if (refused is null) { Assert.Empty(d); return; }
        var one = Assert.Single(d);
        Assert.Equal(("OCM0007", "CiliumNetworkPolicy/openclaw-controller"), (one.Rule.Id, one.Subject));
        Assert.Contains($"'{refused}'", one.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_Cilium_selector_by_expression_is_a_cross_tenant_reference()
    {
        var objects = TenantRenderer.BuildObjects(CiliumTenant).ToList();
        Find<CiliumNetworkPolicy>(objects, Names.Controller).Spec.Egress!.Add(new CiliumEgressRule
        {
            ToEndpoints = [new V1LabelSelector { MatchExpressions = [new V1LabelSelectorRequirement { Key = "k8s:io.kubernetes.pod.namespace", OperatorProperty = "Exists" }] }],
        });
        var d = Assert.Single(ObjectPolicy.Check(CiliumTenant, objects));
        Assert.Equal(("OCM0007", "CiliumNetworkPolicy/openclaw-controller"), (d.Rule.Id, d.Subject));
        Assert.Contains("(namespaces by expression)", d.Message);
    }

    [Fact]
    public void A_route_attaches_only_to_the_platform_Gateway_and_only_when_exposed_through_it()
    {
        var routed = TestTenants.Minimal() with { Exposure = Exposure.HttpRoute };
        Assert.Empty(Check(routed));
        Assert.Equal([("OCM0007", "HTTPRoute/openclaw")], Check(routed, o => Find<HttpRoute>(o, Names.Ingress).Spec.ParentRefs[0].Namespace = "org-other"));
        // With an Ingress, the Gateway's namespace is no front door: a route and a policy naming it are both refused.
        var route = TenantRenderer.BuildObjects(routed).OfType<HttpRoute>().Single();
        Assert.Equal([("OCM0007", "HTTPRoute/openclaw")], Check(TestTenants.Minimal(), o => o.Add(route)));
    }

    [Fact]
    public void The_front_door_namespace_follows_the_exposure()
    {
        var routed = TestTenants.Minimal() with { Exposure = Exposure.HttpRoute, Gateway = new GatewaySettings { Namespace = DnsLabel.Parse("gw") } };
        var peer = TenantRenderer.BuildObjects(routed).OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == Names.Controller).Spec.Ingress[0].FromProperty[0];
        Assert.Equal("gw", peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal([("OCM0007", "NetworkPolicy/openclaw-controller")], Check(routed, o => Find<V1NetworkPolicy>(o, Names.Controller)
            .Spec.Ingress[0].FromProperty[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] = routed.Ingress.ControllerNamespace.Value));
    }

    [Fact]
    public void Prometheus_namespace_is_allowed_only_with_a_ServiceMonitor_and_the_monitor_scrapes_only_its_namespace()
    {
        var monitored = TestTenants.Minimal() with { Monitoring = new MonitoringSettings { ServiceMonitor = true } };
        Assert.Empty(Check(monitored));
        Assert.Equal([("OCM0007", "ServiceMonitor/openclaw-controller")],
            Check(monitored, o => Find<ServiceMonitor>(o, Names.Controller).Spec.NamespaceSelector.MatchNames.Add("org-other")));
        var metrics = TenantRenderer.BuildObjects(monitored).OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == Names.MetricsPolicy);
        Assert.Equal([("OCM0007", "NetworkPolicy/openclaw-controller-metrics")], Check(TestTenants.Minimal(), o => o.Add(metrics)));
    }

    // A custom resource read from YAML may lack any optional part (a null list, a null spec): that narrows nothing and
    // widens nothing, so it is neither refused nor a crash.
    [Fact]
    [Trait("Provenance", "mutation")]
    public void Custom_resources_without_their_optional_parts_are_checked_without_findings()
    {
        var strictCilium = Wide with { Network = new NetworkSettings { Cilium = true, ApiServerCidrs = ["10.0.0.1/32"], OidcCidrs = ["192.0.2.1/32"], LlmCidrs = ["192.0.2.2/32"] } };
        Assert.Empty(Check(strictCilium));
        Assert.Empty(Check(strictCilium, o => o.OfType<CiliumNetworkPolicy>().ToList().ForEach(p => { p.Spec.Ingress = null; p.Spec.Egress = null; })));
        Assert.Empty(Check(strictCilium, o => o.OfType<CiliumNetworkPolicy>().ToList().ForEach(p => p.Spec = null!)));
        Assert.Empty(Check(strictCilium, o => Find<CiliumNetworkPolicy>(o, Names.Controller).Spec.Egress!.Add(new CiliumEgressRule
        {
            ToEndpoints = [new V1LabelSelector { MatchExpressions = [] }, new V1LabelSelector()],
        })));
        var routed = TestTenants.Minimal() with { Exposure = Exposure.HttpRoute };
        Assert.Empty(Check(routed, o => Find<HttpRoute>(o, Names.Ingress).Spec.ParentRefs = null!));
        // A parent without a namespace is in the route's own namespace (Gateway API's default).
        Assert.Empty(Check(routed, o => Find<HttpRoute>(o, Names.Ingress).Spec.ParentRefs[0].Namespace = null));
        var monitored = TestTenants.Minimal() with { Monitoring = new MonitoringSettings { ServiceMonitor = true } };
        Assert.Empty(Check(monitored, o => Find<ServiceMonitor>(o, Names.Controller).Spec.NamespaceSelector = null!));
        Assert.Empty(Check(monitored, o => Find<ServiceMonitor>(o, Names.Controller).Spec.NamespaceSelector.MatchNames = null!));
    }

    [Theory]
    [InlineData("  exposure: gateway\n", "OCM0105", "spec.exposure", 16)]
    [InlineData("  monitoring: {serviceMonitor: yes}\n", "OCM0102", "spec.monitoring.serviceMonitor", 16)]
    [InlineData("  gateway: {name: public, namespace: Gateway_System}\n", "OCM0105", "spec.gateway.namespace", 16)]
    public void The_options_are_read_strictly_with_their_line(string extra, string rule, string subject, int line)
    {
        var (_, diagnostics) = TenantLoader.LoadText("t.yaml", TestTenants.Yaml("acme", extra));
        var d = Assert.Single(diagnostics);
        Assert.Equal((rule, subject, line), (d.Rule.Id, d.Subject, d.Location!.Value.Line));
    }
}
