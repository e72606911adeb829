using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Default-deny for the whole tenant namespace, then explicit allow-lists for the controller and the
/// per-user pods. The per-user policy is a static object: the upstream chart promised one from the
/// controller at session start and never applied it.
/// </summary>
internal static class NetworkPolicyBuilder
{
    public static V1NetworkPolicy DefaultDeny(Tenant tenant) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = TenantMetadata.For(tenant, Names.DefaultDeny, Labels.Components.Tenant),
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector(),
            PolicyTypes = ["Ingress", "Egress"],
        },
    };

    // In from the front door only (the ingress controller's or the Gateway's namespace); out to DNS and the per-user
    // pods here, and to the API server and the issuer in ControllerEgress or, with Cilium, by name. Never to the LLM
    // gateway: the controller makes no LLM calls (its source reads no LLM setting; the per-user pods call the gateway).
    public static V1NetworkPolicy Controller(Tenant tenant) => ForComponent(tenant, Names.Controller, Labels.Components.Controller,
        ingress: new V1NetworkPolicyIngressRule
        {
            FromProperty = [NamespacePeer(tenant.FrontDoorNamespace)],
            Ports = [Tcp(Names.ControllerPort)],
        },
        egress:
        [
            Dns(),
            new V1NetworkPolicyEgressRule { To = [PodPeer(tenant, Labels.Components.Runtime)], Ports = [Tcp(Names.RuntimePort)] },
        ]);

    /// <summary>
    /// The controller's egress by CIDR, or null with Cilium (whose policies name the hosts instead). A policy of its own
    /// so that the chart leaves it out as a whole: kept in the controller's policy, a CIDR list would still allow
    /// 0.0.0.0/0 beside Cilium's egress by name, since a pod may send what any policy selecting it allows.
    /// </summary>
    public static V1NetworkPolicy? ControllerEgress(Tenant tenant) => tenant.Network.Cilium ? null : OneWay(tenant, Names.ControllerEgressPolicy, Labels.Components.Controller, egress:
    [
        new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.ApiServerCidrs), Ports = [Tcp(443), Tcp(6443)] },
        new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.OidcCidrs), Ports = [Tcp(tenant.Oidc.IssuerUrl.Port)] },
    ]);

    /// <summary>The per-user pods' egress to the LLM gateway by CIDR, or null with Cilium (see <see cref="ControllerEgress"/>).</summary>
    public static V1NetworkPolicy? RuntimeEgress(Tenant tenant) => tenant.Network.Cilium ? null : OneWay(tenant, Names.RuntimeEgressPolicy, Labels.Components.Runtime,
        egress: [new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.LlmCidrs), Ports = [Tcp(tenant.Llm.BaseUrl.Port)] }]);

    /// <summary>
    /// Prometheus (its namespace) in to the controller's port, where the controller serves <c>/metrics</c>, or null
    /// without a ServiceMonitor. Only that port: a scraper needs nothing else.
    /// </summary>
    public static V1NetworkPolicy? Metrics(Tenant tenant) => !tenant.Monitoring.ServiceMonitor ? null : OneWay(tenant, Names.MetricsPolicy, Labels.Components.Controller,
        ingress: [new V1NetworkPolicyIngressRule { FromProperty = [NamespacePeer(tenant.Monitoring.PrometheusNamespace.Value)], Ports = [Tcp(Names.ControllerPort)] }]);

    /// <summary>
    /// The controller's egress to the in-cluster OIDC issuer (<c>spec.oidc.internalIssuerURL</c>), or null. A policy of
    /// its own, so the chart renders it only when the value is set; the issuer's namespace is the one foreign namespace
    /// a tenant's policies may name besides DNS and the ingress controller (OCM0007).
    /// </summary>
    public static V1NetworkPolicy? InternalIssuer(Tenant tenant)
    {
        if (tenant.Oidc.InternalIssuerUrl is not { } url || tenant.Oidc.InternalIssuerEgressPort is not { } port) return null;
        return OneWay(tenant, Names.InternalIssuerPolicy, Labels.Components.Controller,
            egress: [new V1NetworkPolicyEgressRule { To = [NamespacePeer(url.Namespace)], Ports = [Tcp(port)] }]);
    }

    // Identity-blind runtime: reached only by its controller; reaches DNS here, and the LLM gateway in RuntimeEgress or by name.
    public static V1NetworkPolicy Runtime(Tenant tenant) => ForComponent(tenant, Names.Runtime, Labels.Components.Runtime,
        ingress: new V1NetworkPolicyIngressRule { FromProperty = [PodPeer(tenant, Labels.Components.Controller)], Ports = [Tcp(Names.RuntimePort)] },
        egress: [Dns()]);

    /// <summary>A policy of one direction for one component's pods: ingress rules, or else egress rules.</summary>
    private static V1NetworkPolicy OneWay(Tenant tenant, string name, string component,
        List<V1NetworkPolicyIngressRule>? ingress = null, List<V1NetworkPolicyEgressRule>? egress = null) => new()
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = TenantMetadata.For(tenant, name, component),
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, component) },
                PolicyTypes = [ingress is null ? "Egress" : "Ingress"],
                Ingress = ingress,
                Egress = egress,
            },
        };

    /// <summary>An allow-list for one component's pods, both directions.</summary>
    private static V1NetworkPolicy ForComponent(Tenant tenant, string name, string component, V1NetworkPolicyIngressRule ingress, List<V1NetworkPolicyEgressRule> egress) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = TenantMetadata.For(tenant, name, component),
        Spec = new V1NetworkPolicySpec
        {
            PodSelector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, component) },
            PolicyTypes = ["Ingress", "Egress"],
            Ingress = [ingress],
            Egress = egress,
        },
    };

    private static V1NetworkPolicyPeer PodPeer(Tenant tenant, string component)
        => new() { PodSelector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, component) } };

    /// <summary>The cluster DNS pods in kube-system, UDP and TCP 53.</summary>
    /// <summary>The namespace of the cluster DNS pods.</summary>
    public const string DnsNamespace = "kube-system";

    /// <summary>The cluster DNS pods' <c>k8s-app</c> label.</summary>
    public const string DnsApp = "kube-dns";

    private static V1NetworkPolicyEgressRule Dns() => new()
    {
        To =
        [
            new V1NetworkPolicyPeer
            {
                NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = DnsNamespace } },
                PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = DnsApp } },
            },
        ],
        Ports = [new V1NetworkPolicyPort { Protocol = "UDP", Port = 53 }, new V1NetworkPolicyPort { Protocol = "TCP", Port = 53 }],
    };

    private static V1NetworkPolicyPeer NamespacePeer(string ns) => new()
    {
        NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = ns } },
    };

    private static List<V1NetworkPolicyPeer> Cidrs(IEnumerable<string> cidrs)
        => cidrs.Select(c => new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = c } }).ToList();

    private static V1NetworkPolicyPort Tcp(int port) => new() { Protocol = "TCP", Port = port };
}
