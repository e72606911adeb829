using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// With <c>network.cilium</c>: egress by name (ADR-0072, "no unrestricted outbound traffic"). Plain NetworkPolicies
/// cannot name a host, and LLM gateways behind CDNs have no stable CIDRs; Cilium's <c>toFQDNs</c> allows the addresses
/// its DNS proxy saw the name resolve to. The plain policies stay as the baseline (default-deny, the component
/// allow-lists), so isolation never rests on one CNI; their CIDR egress is left out instead (NetworkPolicyBuilder).
/// Cilium allows what any policy selecting a pod allows, per direction, so these add only what the baseline lacks.
/// </summary>
internal static class CiliumPolicyBuilder
{
    // Cilium's own label for an endpoint's namespace: without it a selector in a namespaced policy matches only the
    // policy's namespace.
    private const string PodNamespaceLabel = "k8s:io.kubernetes.pod.namespace";

    // Cilium's reserved identities: "ingress" is its own Ingress and Gateway (Envoy in the agent, not a pod in a
    // namespace), "host" the node itself, where the kubelet's probes come from; "kube-apiserver" the API server
    // wherever it runs. remote-node is left out: probes come from the local node, and the Gateway hop is "ingress".
    public const string IngressEntity = "ingress";
    public const string HostEntity = "host";
    public const string ApiServerEntity = "kube-apiserver";

    /// <summary>The controller's: in from Cilium's ingress/gateway and the node; out to the issuer by name, the API server, the per-user pods, DNS.</summary>
    public static CiliumNetworkPolicy? Controller(Tenant tenant) => !tenant.Network.Cilium ? null : Policy(tenant, Names.Controller, Labels.Components.Controller,
        ingress: [new CiliumIngressRule { FromEntities = [IngressEntity, HostEntity], ToPorts = [Tcp(Names.ControllerPort)] }],
        egress:
        [
            Dns(),
            // The issuer's host on its URL's port: discovery and the JWKS (/readyz). No LLM gateway: the controller calls none.
            ByName(tenant.Oidc.IssuerUrl),
            new CiliumEgressRule { ToEntities = [ApiServerEntity], ToPorts = [Tcp(443, 6443)] },
            new CiliumEgressRule { ToEndpoints = [Selector(tenant, Labels.Components.Runtime)], ToPorts = [Tcp(Names.RuntimePort)] },
        ]);

    /// <summary>The per-user pods': out to their LLM gateway's host on its port (443 unless the URL names one) and DNS, nothing else.</summary>
    public static CiliumNetworkPolicy? Runtime(Tenant tenant) => !tenant.Network.Cilium ? null : Policy(tenant, Names.Runtime, Labels.Components.Runtime,
        ingress: null,
        egress:
        [
            Dns(),
            ByName(tenant.Llm.BaseUrl),
        ]);

    private static CiliumNetworkPolicy Policy(Tenant tenant, string name, string component, List<CiliumIngressRule>? ingress, List<CiliumEgressRule> egress) => new()
    {
        Metadata = TenantMetadata.For(tenant, name, component),
        Spec = new CiliumPolicySpec { EndpointSelector = Selector(tenant, component), Ingress = ingress, Egress = egress },
    };

    // DNS to the cluster's resolver, through Cilium's DNS proxy: toFQDNs only learns the addresses of answers the proxy
    // saw. Any name may be looked up ("*"): the pod's resolver first tries the search domains (ndots), and a proxy that
    // refused those queries would break lookups; what may be reached is decided by toFQDNs, not here.
    private static CiliumEgressRule Dns() => new()
    {
        ToEndpoints = [new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [PodNamespaceLabel] = NetworkPolicyBuilder.DnsNamespace, ["k8s:k8s-app"] = NetworkPolicyBuilder.DnsApp } }],
        ToPorts = [new CiliumPortRule { Ports = [new CiliumPort { Port = "53", Protocol = "ANY" }], Rules = new CiliumL7Rules { Dns = [new CiliumFqdn { MatchPattern = "*" }] } }],
    };

    private static CiliumEgressRule ByName(HttpsUrl url) => new() { ToFqdns = [new CiliumFqdn { MatchName = url.Host }], ToPorts = [Tcp(url.Port)] };

    private static V1LabelSelector Selector(Tenant tenant, string component) => new() { MatchLabels = Labels.Selector(tenant, component) };

    private static CiliumPortRule Tcp(params int[] ports) => new()
    {
        Ports = ports.Select(p => new CiliumPort { Port = p.ToString(System.Globalization.CultureInfo.InvariantCulture), Protocol = "TCP" }).ToList(),
    };
}
