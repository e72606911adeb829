using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenClaw.Manifests.Benchmarks;

/// <summary>
/// Writes N tenant files that differ the way a real platform's tenants do, not N copies of one: replicas,
/// registries and versions, resources, extra environment, RBAC rules, network CIDRs, OIDC and LLM settings,
/// ingress, quota, storage and SOPS keys are each drawn from a pseudo-random stream seeded by the tenant's
/// index, so a file depends on its index only (the same on every machine and every run). Every file is a
/// valid tenant; about a third set nearly every optional field, a fifth almost none.
/// </summary>
internal static class TenantFiles
{
    private static readonly string[] Registries = ["ghcr.io/openova-io/openova", "registry.example.net/platform", "harbor.corp.example/openclaw", "quay.io/openova"];
    private static readonly string[] Versions = ["", ":1.4.2", ":1.5.0", ":2.0.0", ":2.1.0-rc.1"];
    private static readonly string[] Models = ["qwen3.6-coder", "gpt-4.1-mini", "llama-4-scout", "mistral-large-2", "deepseek-v3"];
    private static readonly string[] Suffixes = ["example.org", "example.net", "example.com", "corp.example", "cloud.example"];
    private static readonly string[] IngressClasses = ["nginx", "traefik", "haproxy"];
    private static readonly string[] IngressNamespaces = ["ingress-nginx", "traefik", "haproxy-controller"];
    private static readonly string[] Issuers = ["letsencrypt-prod", "letsencrypt-staging", "corp-ca"];
    private static readonly string[] StorageClasses = ["cephfs", "efs-sc", "nfs-client", "azurefile-csi"];
    private static readonly string[] Cpus = ["100m", "200m", "250m", "500m"];
    private static readonly string[] CpuLimits = ["1", "2", "1500m"];
    private static readonly string[] Memories = ["128Mi", "256Mi", "512Mi"];
    private static readonly string[] MemoryLimits = ["1Gi", "2Gi", "4Gi"];
    private static readonly string[] PlainEnv = ["LOG_LEVEL", "LOG_FORMAT", "REGION", "MAX_SESSIONS", "FEATURE_FLAGS", "TRACE_SAMPLE_RATE"];
    private static readonly string[] PlainValues = ["debug", "info", "json", "eu-west-1", "25", "beta,canvas", "0.05"];
    private static readonly string[] SecretEnv = ["AUDIT_WEBHOOK_TOKEN", "TOOLS_LICENSE_KEY", "SEARCH_API_KEY"];
    private static readonly string[] Rules =
    [
        "{apiGroups: [\"\"], resources: [configmaps], verbs: [get, list], resourceNames: [NAME-prompts]}",
        "{apiGroups: [\"\"], resources: [events], verbs: [create]}",
        "{apiGroups: [\"\"], resources: [pods/log], verbs: [get]}",
        "{apiGroups: [\"\"], resources: [persistentvolumeclaims], verbs: [get, list, watch]}",
        "{apiGroups: [batch], resources: [jobs], verbs: [get, list]}",
    ];
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    public static void Write(int count, string dir)
    {
        Directory.CreateDirectory(dir);
        var utf8 = new UTF8Encoding(false);
        Parallel.For(0, count, i => File.WriteAllText(Path.Combine(dir, Name(i) + ".yaml"), Yaml(i), utf8));
    }

    public static string Name(int i) => "t" + i.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The tenant file for index <paramref name="i"/>; <paramref name="changed"/> alters one setting (an incremental run's input).</summary>
    public static string Yaml(int i, bool changed = false)
    {
        var r = new Draw(i);
        var name = Name(i);
        var rich = r.Chance(0.35);
        var bare = !rich && r.Chance(0.3);
        bool Optional(double p) => !bare && (rich || r.Chance(p));
        var domain = $"{name}.{r.Pick(Suffixes)}";
        var sb = new StringBuilder(4096);
        void Line(string text) => sb.Append(text).Append('\n');
        Line("# Benchmark tenant " + name + " (benchmarks/OpenClaw.Manifests.Benchmarks, TenantFiles).");
        Line("apiVersion: openclaw.io/v1alpha1");
        Line("kind: Tenant");
        Line("metadata:");
        Line("  name: " + name);
        Line("spec:");
        if (Optional(0.4)) Line($"  namespace: {r.Pick(["org-", "tenant-", "oc-"])}{name}");
        Line("  domain: " + domain);
        Line("  oidc:");
        Line($"    issuerURL: https://{r.Pick(["sso", "keycloak", "id"])}.{domain}/realms/org-{name}");
        if (Optional(0.5)) Line("    clientId: " + r.Pick(["openclaw", "openclaw-" + name, "agents"]));
        Line($"    clientSecret: {{name: {name}-oidc, key: {r.Pick(["client-secret", "OIDC_CLIENT_SECRET"])}}}");
        if (Optional(0.25))
        {
            Line($"    internalIssuerURL: http://keycloak.{r.Pick(["keycloak", "identity", "sso-system"])}.svc.cluster.local/realms/org-{name}");
            if (r.Chance(0.5)) Line("    internalIssuerTargetPort: " + r.Pick(["8080", "8443", "9000"]));
        }
        Line("  llm:");
        Line(r.Chance(0.5) ? $"    baseURL: https://llm.{domain}/v1" : $"    baseURL: https://gateway{r.Next(8)}.ai.example.com/v1");
        Line($"    apiKey: {{name: {name}-llm-gateway, key: {r.Pick(["api-key", "NEWAPI_KEY"])}}}");
        if (Optional(0.6)) Line("    defaultModel: " + r.Pick(Models));
        Line("  images:");
        var registry = r.Pick(Registries);
        Line($"    controller: {registry}/openclaw-controller{r.Pick(Versions)}@sha256:{Digest($"controller-{i}")}");
        Line($"    runtime: {registry}/openclaw-runtime{r.Pick(Versions)}@sha256:{Digest($"runtime-{i}")}");
        if (Optional(0.4))
        {
            Line("  ingress:");
            if (r.Chance(0.5)) Line($"    host: {r.Pick(["agents", "claw", "ai"])}.{domain}");
            var ingress = r.Next(IngressClasses.Length);
            Line("    className: " + IngressClasses[ingress]);
            Line("    clusterIssuer: " + r.Pick(Issuers));
            Line("    controllerNamespace: " + IngressNamespaces[ingress]);
        }
        if (Optional(0.6))
        {
            Line("  controller:");
            Line("    replicas: " + (1 + r.Next(4)).ToString(CultureInfo.InvariantCulture));
            Resources(sb, r);
            Env(sb, r, name, domain);
        }
        if (Optional(0.5))
        {
            Line("  runtime:");
            Resources(sb, r);
            Line("    idleTimeoutMinutes: " + (5 + r.Next(116)).ToString(CultureInfo.InvariantCulture));
            Env(sb, r, name, domain);
        }
        if (Optional(0.5))
        {
            Line("  rbac:");
            Line("    extraRules:");
            var first = r.Next(Rules.Length);
            var count = 1 + r.Next(3);
            for (var k = 0; k < count; k++) Line("      - " + Rules[(first + k) % Rules.Length].Replace("NAME", name, StringComparison.Ordinal));
        }
        // Drawn whether or not the quota is written, so that a changed file differs in this one setting only.
        var (quotaCpu, quotaMemory, pods, quota) = (4 + 4 * r.Next(6), 8 << r.Next(4), 20 + 10 * r.Next(8), Optional(0.5));
        if (changed || quota) Line($"  quota: {{cpu: \"{quotaCpu}\", memory: {quotaMemory}Gi, pods: {(changed ? 77 : pods)}}}");
        if (Optional(0.3)) Line($"  storage: {{size: {10 * (1 + r.Next(20))}Gi, storageClassName: {r.Pick(StorageClasses)}}}");
        if (Optional(0.3)) Line($"  imagePullSecrets: [{name}-registry]");
        if (Optional(0.6))
        {
            Line("  sops:");
            if (r.Chance(0.5)) Line("    pgp: [" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("pgp-" + i)))[..40] + "]");
            Line("    age: [age1" + string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes("age-" + i)).Concat(SHA256.HashData(Encoding.UTF8.GetBytes("age2-" + i))).Take(58).Select(b => Bech32[b % 32])) + "]");
        }
        if (Optional(0.5))
        {
            Line("  network:");
            Line($"    apiServerCIDRs: [10.{r.Next(256)}.{r.Next(256)}.1/32]");
            Line($"    oidcCIDRs: [192.0.2.{1 + r.Next(250)}/32]");
            Line(r.Chance(0.5) ? $"    llmCIDRs: [198.51.100.0/24, 172.{16 + r.Next(16)}.{r.Next(256)}.0/24]" : $"    llmCIDRs: [203.0.113.{1 + r.Next(250)}/32]");
        }
        return sb.ToString();
    }

    private static void Resources(StringBuilder sb, Draw r)
    {
        sb.Append("    resources:\n");
        sb.Append($"      requests: {{cpu: {r.Pick(Cpus)}, memory: {r.Pick(Memories)}}}\n");
        sb.Append($"      limits: {{cpu: \"{r.Pick(CpuLimits)}\", memory: {r.Pick(MemoryLimits)}}}\n");
    }

    private static void Env(StringBuilder sb, Draw r, string name, string domain)
    {
        var count = r.Next(4);
        if (count == 0) return;
        sb.Append("    extraEnv:\n");
        var first = r.Next(PlainEnv.Length);
        for (var k = 0; k < count - 1; k++)
            sb.Append($"      - {{name: {PlainEnv[(first + k) % PlainEnv.Length]}, value: \"{r.Pick(PlainValues)}\"}}\n");
        sb.Append(r.Chance(0.5)
            ? $"      - {{name: {r.Pick(SecretEnv)}, secretKeyRef: {{name: {name}-extra, key: {r.Pick(["token", "license-key", "api-key"])}}}}}\n"
            : $"      - {{name: HTTP_PROXY_URL, value: \"https://proxy.{domain}:3128\"}}\n");
    }

    private static string Digest(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    /// <summary>SplitMix64 from the tenant's index: the same numbers on every platform and .NET version (System.Random's seeded sequence is not promised to stay).</summary>
    private sealed class Draw(int index)
    {
        private ulong _state = 0x9E3779B97F4A7C15UL * (ulong)(index + 1);

        public int Next(int bound)
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) % (ulong)bound);
        }

        public bool Chance(double p) => Next(1_000_000) < p * 1_000_000;

        public string Pick(string[] options) => options[Next(options.Length)];
    }
}
