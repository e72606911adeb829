namespace OpenClaw.Manifests.Model;

/// <summary>The tenant's OIDC client registration.</summary>
public sealed record OidcSettings
{
    /// <summary>The realm's issuer URL, such as <c>https://keycloak.acme.example.org/realms/org-acme</c>: tokens must name it as <c>iss</c>, and the controller fetches its JWKS.</summary>
    public required HttpsUrl IssuerUrl { get; init; }

    /// <summary>The client id a tenant gets when it names none.</summary>
    public const string DefaultClientId = "openclaw";

    /// <summary>Client id; defaults to <see cref="DefaultClientId"/>.</summary>
    public string ClientId { get; init; } = DefaultClientId;

    /// <summary>Where the client secret lives.</summary>
    public required SecretKeyRef ClientSecret { get; init; }

    /// <summary>
    /// Optional in-cluster issuer base (controller builds that read <c>OIDC_INTERNAL_ISSUER_URL</c>): when set, the
    /// controller skips discovery and fetches the JWKS from <c>&lt;base&gt;/protocol/openid-connect/certs</c> on this
    /// cluster-local Service, while tokens' <c>iss</c> is still checked against <see cref="IssuerUrl"/>.
    /// </summary>
    public ClusterServiceUrl? InternalIssuerUrl { get; init; }

    /// <summary>
    /// The issuer pods' port behind <see cref="InternalIssuerUrl"/>'s Service port (a Service's targetPort, e.g. 8080
    /// behind port 80). NetworkPolicies match the pod's port after the Service has translated it, so the controller's
    /// egress rule must name this one; null means it equals the URL's port.
    /// </summary>
    public int? InternalIssuerTargetPort { get; init; }

    /// <summary>The port the controller's egress rule to the in-cluster issuer opens, when one is set.</summary>
    public int? InternalIssuerEgressPort => InternalIssuerUrl is { } url ? InternalIssuerTargetPort ?? url.Port : null;
}
