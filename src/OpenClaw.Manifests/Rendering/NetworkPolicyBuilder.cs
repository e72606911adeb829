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

    public static V1NetworkPolicy Controller(Tenant tenant) => ForComponent(tenant, Names.Controller, Labels.Components.Controller,
        ingress: new V1NetworkPolicyIngressRule
        {
            FromProperty = [NamespacePeer(tenant.Ingress.ControllerNamespace.Value)],
            Ports = [Tcp(Names.ControllerPort)],
        },
        egress:
        [
            Dns(),
            new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.ApiServerCidrs), Ports = [Tcp(443), Tcp(6443)] },
            new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.OidcCidrs), Ports = [Tcp(443)] },
            new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.LlmCidrs), Ports = [Tcp(443)] },
            new V1NetworkPolicyEgressRule { To = [PodPeer(tenant, Labels.Components.Runtime)], Ports = [Tcp(Names.RuntimePort)] },
        ]);

    /// <summary>
    /// The controller's egress to the in-cluster OIDC issuer (<c>spec.oidc.internalIssuerURL</c>), or null. A policy of
    /// its own, so the chart renders it only when the value is set; the issuer's namespace is the one foreign namespace
    /// a tenant's policies may name besides DNS and the ingress controller (OCM0007).
    /// </summary>
    public static V1NetworkPolicy? InternalIssuer(Tenant tenant)
    {
        if (tenant.Oidc.InternalIssuerUrl is not { } url || tenant.Oidc.InternalIssuerEgressPort is not { } port) return null;
        return new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = TenantMetadata.For(tenant, Names.InternalIssuerPolicy, Labels.Components.Controller),
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, Labels.Components.Controller) },
                PolicyTypes = ["Egress"],
                Egress = [new V1NetworkPolicyEgressRule { To = [NamespacePeer(url.Namespace)], Ports = [Tcp(port)] }],
            },
        };
    }

    // Identity-blind runtime: reached only by its controller; reaches only the LLM gateway and DNS.
    public static V1NetworkPolicy Runtime(Tenant tenant) => ForComponent(tenant, Names.Runtime, Labels.Components.Runtime,
        ingress: new V1NetworkPolicyIngressRule { FromProperty = [PodPeer(tenant, Labels.Components.Controller)], Ports = [Tcp(Names.RuntimePort)] },
        egress: [Dns(), new V1NetworkPolicyEgressRule { To = Cidrs(tenant.Network.LlmCidrs), Ports = [Tcp(443)] }]);

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
    private static V1NetworkPolicyEgressRule Dns() => new()
    {
        To =
        [
            new V1NetworkPolicyPeer
            {
                NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" } },
                PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
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
