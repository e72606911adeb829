namespace OpenClaw.Manifests.Model;

/// <summary>The tenant's OIDC client registration.</summary>
public sealed record OidcSettings
{
    /// <summary>Issuer URL, e.g. <c>https://keycloak.acme.example.org/realms/org-acme</c>.</summary>
    public required HttpsUrl IssuerUrl { get; init; }

    /// <summary>Client id; defaults to <c>openclaw</c>.</summary>
    public string ClientId { get; init; } = "openclaw";

    /// <summary>Where the client secret lives.</summary>
    public required SecretKeyRef ClientSecret { get; init; }
}
