using System.Text.Json.Serialization;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering.Crds;

// Test data in tests/OpenClaw.Manifests.Tests/Schema/Cilium/ holds the CRD's schema for the fields emitted here.

/// <summary>A <c>cilium.io/v2</c> CiliumNetworkPolicy: a namespaced policy whose peers may be DNS names and entities.</summary>
public sealed class CiliumNetworkPolicy() : CustomResource<CiliumPolicySpec>("cilium.io/v2", "CiliumNetworkPolicy");

/// <summary>One Cilium rule: the endpoints it selects (in the policy's namespace) and what they may send and receive.</summary>
public sealed class CiliumPolicySpec
{
    /// <summary>The selected pods; the namespace is the policy's own.</summary>
    [JsonPropertyName("endpointSelector")] public V1LabelSelector EndpointSelector { get; set; } = new();
    /// <summary>Allowed ingress; a present list makes ingress default-deny for the selected pods.</summary>
    [JsonPropertyName("ingress")] public List<CiliumIngressRule>? Ingress { get; set; }
    /// <summary>Allowed egress; a present list makes egress default-deny for the selected pods.</summary>
    [JsonPropertyName("egress")] public List<CiliumEgressRule>? Egress { get; set; }
}

/// <summary>Traffic the selected pods accept: from these endpoints or entities, on these ports.</summary>
public sealed class CiliumIngressRule
{
    /// <summary>Source pods; without <c>k8s:io.kubernetes.pod.namespace</c> only those of the policy's namespace.</summary>
    [JsonPropertyName("fromEndpoints")] public List<V1LabelSelector>? FromEndpoints { get; set; }
    /// <summary>Source entities (<c>ingress</c>, <c>host</c>, ...).</summary>
    [JsonPropertyName("fromEntities")] public List<string>? FromEntities { get; set; }
    /// <summary>Destination ports on the selected pods.</summary>
    [JsonPropertyName("toPorts")] public List<CiliumPortRule>? ToPorts { get; set; }
}

/// <summary>Traffic the selected pods may send: to these endpoints, entities, names or CIDRs, on these ports.</summary>
public sealed class CiliumEgressRule
{
    /// <summary>Destination pods; without <c>k8s:io.kubernetes.pod.namespace</c> only those of the policy's namespace.</summary>
    [JsonPropertyName("toEndpoints")] public List<V1LabelSelector>? ToEndpoints { get; set; }
    /// <summary>Destination entities (<c>kube-apiserver</c>, <c>world</c>, ...).</summary>
    [JsonPropertyName("toEntities")] public List<string>? ToEntities { get; set; }
    /// <summary>Destination addresses (never rendered; read by OCM0012 when a policy has them).</summary>
    // KubernetesYaml reads YAML by each property's camelCased name, which differs from the CRD's for these two.
    [JsonPropertyName("toCIDR"), YamlDotNet.Serialization.YamlMember(Alias = "toCIDR")] public List<string>? ToCidr { get; set; }
    /// <summary>Destination names: the addresses the DNS proxy saw them resolve to.</summary>
    [JsonPropertyName("toFQDNs"), YamlDotNet.Serialization.YamlMember(Alias = "toFQDNs")] public List<CiliumFqdn>? ToFqdns { get; set; }
    /// <summary>Destination ports, and L7 rules on them.</summary>
    [JsonPropertyName("toPorts")] public List<CiliumPortRule>? ToPorts { get; set; }
}

/// <summary>Ports (and, for DNS, the proxy's rules) a rule applies to.</summary>
public sealed class CiliumPortRule
{
    /// <summary>The ports.</summary>
    [JsonPropertyName("ports")] public List<CiliumPort> Ports { get; set; } = [];
    /// <summary>L7 rules: the DNS proxy's allowed queries.</summary>
    [JsonPropertyName("rules")] public CiliumL7Rules? Rules { get; set; }
}

/// <summary>A port and protocol; the CRD types the port as a string.</summary>
public sealed class CiliumPort
{
    /// <summary>The port number, as a string.</summary>
    [JsonPropertyName("port")] public string Port { get; set; } = "";
    /// <summary><c>TCP</c>, <c>UDP</c> or <c>ANY</c>.</summary>
    [JsonPropertyName("protocol")] public string Protocol { get; set; } = "TCP";
}

/// <summary>L7 rules of a port rule: only DNS here.</summary>
public sealed class CiliumL7Rules
{
    /// <summary>DNS queries the proxy lets through; what it sees answered is what <c>toFQDNs</c> then allows.</summary>
    [JsonPropertyName("dns")] public List<CiliumFqdn>? Dns { get; set; }
}

/// <summary>A DNS name or pattern (<c>*</c> matches any name).</summary>
public sealed class CiliumFqdn
{
    /// <summary>An exact name.</summary>
    [JsonPropertyName("matchName")] public string? MatchName { get; set; }
    /// <summary>A pattern with <c>*</c> wildcards.</summary>
    [JsonPropertyName("matchPattern")] public string? MatchPattern { get; set; }
}
