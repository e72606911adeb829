namespace OpenClaw.Manifests.Model;

/// <summary>Public ingress of the controller.</summary>
public sealed record IngressSettings
{
    /// <summary>Host override; defaults to <c>openclaw.&lt;domain&gt;</c>.</summary>
    public DnsName? Host { get; init; }

    /// <summary>The IngressClass that serves the tenant's host (default <c>nginx</c>).</summary>
    public string ClassName { get; init; } = "nginx";

    /// <summary>cert-manager ClusterIssuer that issues the TLS certificate.</summary>
    public string ClusterIssuer { get; init; } = "letsencrypt-prod";

    /// <summary>Namespace of the ingress controller, the only source allowed to reach the controller.</summary>
    public DnsLabel ControllerNamespace { get; init; } = DnsLabel.Parse("ingress-nginx");
}
