namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>Tenant files for the pin tests: a complete tenant whose two image scalars are written as given (quotes and all).</summary>
internal static class PinTenants
{
    public static string Yaml(string name, string controller, string runtime, string newline = "\n") => string.Join(newline, $"""
        # Tenant {name}: a comment that pin must keep.
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
            controller: {controller}   # the controller, kept readable by its tag
            runtime: {runtime}
        """.Split('\n')) + newline;
}
