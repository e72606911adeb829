namespace OpenClaw.Manifests.Model;

/// <summary>
/// Egress allow-lists. Plain NetworkPolicies cannot match DNS names, so the OIDC provider, the LLM
/// gateway and the API server are reached through CIDR allow-lists; narrow them per cluster.
/// </summary>
public sealed record NetworkSettings
{
    /// <summary>CIDRs of the Kubernetes API server endpoints (ports 443 and 6443).</summary>
    public IReadOnlyList<string> ApiServerCidrs { get; init; } = ["0.0.0.0/0"];

    /// <summary>CIDRs of the tenant's OIDC provider (port 443).</summary>
    public IReadOnlyList<string> OidcCidrs { get; init; } = ["0.0.0.0/0"];

    /// <summary>CIDRs of the tenant's LLM gateway (port 443), for the controller and the per-user pods.</summary>
    public IReadOnlyList<string> LlmCidrs { get; init; } = ["0.0.0.0/0"];
}
