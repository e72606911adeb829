using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenClaw.Manifests.Benchmarks;

/// <summary>
/// Writes N realistic tenant files: every third one uses most optional fields, like the full sample.
/// Content is derived from the index only, so every run benchmarks the same input.
/// </summary>
internal static class TenantFiles
{
    public static void Write(int count, string dir)
    {
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, Name(i) + ".yaml"), Yaml(i), new UTF8Encoding(false));
    }

    public static string Name(int i) => "t" + i.ToString("D5", CultureInfo.InvariantCulture);

    public static string Yaml(int i, string model = "qwen3.6")
    {
        var name = Name(i);
        var sb = new StringBuilder();
        sb.Append($"""
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
                defaultModel: {model}
              images:
                controller: ghcr.io/openova-io/openova/openclaw-controller:1.4.2@sha256:{Digest("c" + i)}
                runtime: ghcr.io/openova-io/openova/openclaw-runtime:1.4.2@sha256:{Digest("r" + i)}

            """);
        if (i % 3 == 0)
        {
            sb.Append($"""
                  controller:
                    replicas: 2
                    extraEnv:
                      - {"{"}name: LOG_LEVEL, value: info{"}"}
                      - {"{"}name: AUDIT_WEBHOOK_TOKEN, secretKeyRef: {"{"}name: {name}-audit, key: token{"}}"}
                  runtime:
                    idleTimeoutMinutes: 45
                    resources:
                      requests: {"{"}cpu: 500m, memory: 1Gi{"}"}
                      limits: {"{"}cpu: "2", memory: 4Gi{"}"}
                  rbac:
                    extraRules:
                      - {"{"}apiGroups: [""], resources: [configmaps], verbs: [get, list], resourceNames: [{name}-prompts]{"}"}
                  quota: {"{"}cpu: "16", memory: 32Gi, pods: 80{"}"}
                  storage: {"{"}size: 20Gi, storageClassName: fast-ssd{"}"}
                  network:
                    llmCIDRs: [10.{i % 250}.0.0/16]

                """);
        }
        return sb.ToString();
    }

    private static string Digest(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
}
