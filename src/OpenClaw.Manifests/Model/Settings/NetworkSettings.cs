namespace OpenClaw.Manifests.Model;

/// <summary>
/// Egress allow-lists. Plain NetworkPolicies cannot match DNS names, so without Cilium the OIDC provider, the LLM
/// gateway and the API server are reached through CIDR allow-lists; narrow them per cluster. With
/// <see cref="Cilium"/> the three are reached by name and by entity instead, and the CIDRs are not used.
/// </summary>
public sealed record NetworkSettings
{
    /// <summary>The CIDR that allows any IPv4 address: what ADR-0072 calls unrestricted outbound traffic (OCM0012).</summary>
    public const string AnyAddress = "0.0.0.0/0";

    /// <summary>CIDRs of the Kubernetes API server endpoints (ports 443 and 6443).</summary>
    public IReadOnlyList<string> ApiServerCidrs { get; init; } = [AnyAddress];

    /// <summary>CIDRs of the tenant's OIDC provider (port 443).</summary>
    public IReadOnlyList<string> OidcCidrs { get; init; } = [AnyAddress];

    /// <summary>CIDRs of the tenant's LLM gateway (its URL's port, 443 unless given), for the per-user pods: the controller calls no LLM.</summary>
    public IReadOnlyList<string> LlmCidrs { get; init; } = [AnyAddress];

    /// <summary>
    /// Add <c>CiliumNetworkPolicy</c> objects that allow egress by name (<c>toFQDNs</c>: the per-user pods the LLM
    /// gateway's host, the controller the issuer's, with the DNS proxy rule that makes FQDN policy work) and by entity (<c>kube-apiserver</c>). The
    /// plain NetworkPolicies stay as the baseline but then allow no CIDR egress at all.
    /// </summary>
    public bool Cilium { get; init; }

    /// <summary>
    /// Acknowledge that the tenant's egress includes <see cref="AnyAddress"/> (the CIDR defaults): without it that is an
    /// OCM0012 finding. Changes no object.
    /// </summary>
    public bool AllowAnyEgress { get; init; }
}
