using CsCheck;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Tests.Properties;

/// <summary>CsCheck generators for valid tenants that exercise every optional field.</summary>
internal static class TenantGen
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string LowerDigits = Lower + "0123456789";

    public static readonly Gen<string> Label =
        Gen.Select(Gen.Char[Lower], Gen.Char[LowerDigits + "-"].Array[0, 10], Gen.Char[LowerDigits],
            (a, mid, z) => a + new string(mid) + z);

    public static readonly Gen<string> Hex64 = Gen.Char["0123456789abcdef"].Array[64, 64].Select(c => new string(c));

    private static readonly Gen<string> Cpu = Gen.OneOf("100m", "250m", "500m", "1", "2");
    private static readonly Gen<string> Memory = Gen.OneOf("128Mi", "256Mi", "512Mi", "1Gi", "2Gi");

    private static readonly Gen<ComputeResources> Resources =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], (c, m) => new ComputeResources(
            new[] { "100m", "250m", "500m" }[c], new[] { "128Mi", "256Mi", "512Mi" }[m], new[] { "500m", "1", "2" }[c], new[] { "512Mi", "1Gi", "2Gi" }[m]));

    // Random letters can spell KEY, PWD or AUTH, and a plain value under such a name is rightly OCM0003: not a valid tenant.
    private static readonly Gen<string> EnvName = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[3, 8].Select(c => "X_" + new string(c))
        .Where(n => !OpenClaw.Manifests.Policy.SecretHeuristics.NameLooksSecret(n));

    private static readonly Gen<EnvVarSpec[]> ExtraEnv =
        Gen.Select(EnvName, Gen.Bool, Label, (name, secret, v) => secret
                ? EnvVarSpec.FromSecret(name + "_TOKEN", new SecretKeyRef(v, "token"))
                : EnvVarSpec.Plain(name, "value-" + v))
            .Array[0, 3]
            .Where(a => a.Select(e => e.Name).Distinct().Count() == a.Length);

    private static readonly Gen<RbacRule[]> ExtraRules =
        Gen.Select(Gen.OneOf("configmaps", "events", "services"), Gen.Bool, Label,
                (resource, named, name) => named
                    ? RbacRule.For("", resource).WithVerbs("get", "list").WithResourceNames(name)
                    : RbacRule.For("", resource).WithVerbs("create"))
            .Array[0, 3];

    private static readonly Gen<string[]> Cidrs = Gen.Select(Gen.Int[1, 223], Gen.Int[0, 255], (a, b) => $"{a}.{b}.0.0/16").Array[1, 2];

    public static readonly Gen<Tenant> Tenant =
        Gen.Select(Label, Gen.Bool, Label, Hex64, Hex64, Gen.OneOf("qwen3.6", "gpt-4o", "llama-3.1-70b"), Gen.Int[1, 3], Gen.Int[5, 240])
            .Select(Gen.Select(Resources, Resources, ExtraEnv, ExtraEnv, ExtraRules, Cpu, Memory, Gen.Int[10, 200]))
            .Select(Gen.Select(Gen.Bool, Label, Cidrs, Cidrs, Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 2], Label.Array[0, 2]))
            // Cilium drawn on its own, so that either policy form meets one and two LLM ranges alike.
            .Select(Gen.Bool)
            .Select(x =>
            {
                var (((first, second), third), cilium) = x;
                var (name, customNs, domainLabel, d1, d2, model, replicas, idle) = first;
                var (cr, rr, cEnv, rEnv, rules, cpu, mem, pods) = second;
                var (customHost, className, llmCidrs, apiCidrs, storageClass, storage, issuer, pullSecrets) = third;
                return new Tenant
                {
                    Name = DnsLabel.Parse(name),
                    Namespace = customNs ? DnsLabel.Parse("t-" + name) : null,
                    Domain = DnsName.Parse($"{domainLabel}.{name}.example.org"),
                    Oidc = new OidcSettings
                    {
                        IssuerUrl = HttpsUrl.Parse($"https://sso.{name}.example.org/realms/{name}"),
                        ClientId = "openclaw-" + name,
                        ClientSecret = new SecretKeyRef("oidc-" + name, "client-secret"),
                        // None, an in-cluster issuer on the URL's port, or one behind a Service port.
                        InternalIssuerUrl = issuer == 0 ? null : ClusterServiceUrl.Parse($"http://keycloak.kc-{name}.svc.cluster.local/realms/{name}"),
                        InternalIssuerTargetPort = issuer == 2 ? 8080 : null,
                    },
                    Llm = new LlmSettings
                    {
                        BaseUrl = HttpsUrl.Parse($"https://api.{name}.example.org/v1"),
                        ApiKey = new SecretKeyRef("llm-" + name, "api-key"),
                        DefaultModel = model,
                    },
                    Images = new TenantImages
                    {
                        Controller = ImageReference.Create("ghcr.io/example/openclaw-controller", d1, "1.0.0"),
                        Runtime = ImageReference.Create("ghcr.io/example/openclaw-runtime", d2),
                    },
                    Ingress = new IngressSettings
                    {
                        Host = customHost ? DnsName.Parse($"agents.{name}.example.org") : null,
                        ClassName = className,
                    },
                    Controller = new ControllerSettings { Replicas = replicas, Resources = cr, ExtraEnv = cEnv },
                    Runtime = new RuntimeSettings { Resources = rr, IdleTimeoutMinutes = idle, ExtraEnv = rEnv },
                    Rbac = new RbacSettings { ExtraRules = rules },
                    Quota = new QuotaSettings { Cpu = cpu, Memory = mem, Pods = pods },
                    Storage = storage == 0 ? null : new StorageSettings { Size = "5Gi", StorageClassName = storageClass ? DnsName.Parse("fast-ssd") : null },
                    ImagePullSecrets = pullSecrets.Select(p => DnsName.Parse("pull-" + p)).Distinct().ToList(),
                    Network = new NetworkSettings { LlmCidrs = llmCidrs, ApiServerCidrs = apiCidrs, OidcCidrs = apiCidrs, Cilium = cilium },
                };
            });
}
