using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Tests.Support;

/// <summary>Tenants built in C#, the way a platform repo declares them.</summary>
internal static class TestTenants
{
    public const string ControllerDigest = "3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b";
    public const string RuntimeDigest = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";

    public static Tenant Minimal(string name = "acme") => new()
    {
        Name = DnsLabel.Parse(name),
        Domain = DnsName.Parse($"{name}.example.org"),
        Oidc = new OidcSettings
        {
            IssuerUrl = HttpsUrl.Parse($"https://keycloak.{name}.example.org/realms/org-{name}"),
            ClientSecret = new SecretKeyRef("openclaw-oidc-client-secret", "OIDC_CLIENT_SECRET"),
        },
        Llm = new LlmSettings
        {
            BaseUrl = HttpsUrl.Parse($"https://api.{name}.example.org/v1"),
            ApiKey = new SecretKeyRef("openclaw-newapi-controller-token", "NEWAPI_KEY"),
        },
        Images = new TenantImages
        {
            Controller = ImageReference.Parse("ghcr.io/openova-io/openova/openclaw-controller@sha256:" + ControllerDigest),
            Runtime = ImageReference.Parse("ghcr.io/openova-io/openova/openclaw-runtime@sha256:" + RuntimeDigest),
        },
        // The CIDR defaults (0.0.0.0/0), acknowledged: tests of other rules stay free of OCM0012 warnings.
        Network = new NetworkSettings { AllowAnyEgress = true },
    };

    /// <summary>
    /// A minimal tenant file; <paramref name="extraSpec"/> is appended under spec (two-space indented lines), then the
    /// acknowledgement of the CIDR defaults, last so that the lines of <paramref name="extraSpec"/> keep their numbers
    /// (tests of other rules stay free of OCM0012 warnings).
    /// </summary>
    public static string Yaml(string name = "acme", string extraSpec = "") =>
        $"""
        apiVersion: openclaw.io/v1alpha1
        kind: Tenant
        metadata:
          name: {name}
        spec:
          domain: {name}.example.org
          oidc:
            issuerURL: https://keycloak.{name}.example.org/realms/org-{name}
            clientSecret: {"{"}name: openclaw-oidc-client-secret, key: OIDC_CLIENT_SECRET{"}"}
          llm:
            baseURL: https://api.{name}.example.org/v1
            apiKey: {"{"}name: openclaw-newapi-controller-token, key: NEWAPI_KEY{"}"}
          images:
            controller: ghcr.io/openova-io/openova/openclaw-controller@sha256:{ControllerDigest}
            runtime: ghcr.io/openova-io/openova/openclaw-runtime@sha256:{RuntimeDigest}

        """ + extraSpec + (extraSpec.Length == 0 || extraSpec.EndsWith('\n') ? "" : "\n") + "  network: {allowAnyEgress: true}\n";
}
