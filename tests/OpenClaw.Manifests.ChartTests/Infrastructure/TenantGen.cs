using CsCheck;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// CsCheck generators of valid tenants that exercise every optional field: custom namespace, host,
/// ingress class/issuer/controller namespace, extraEnv of both kinds (with values that need JSON
/// escaping), extra RBAC rules, storage class, CIDR lists, replicas, resources in non-canonical forms.
/// Only tenants that pass TenantPolicy are kept, so every generated tenant is one a user could deploy.
/// </summary>
internal static class TenantGen
{
    private static readonly Gen<string> Label =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz"], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 10], Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"],
            (a, mid, z) => a + mid + z);

    private static readonly Gen<string> Hex64 = Gen.String[Gen.Char["0123456789abcdef"], 64, 64];

    // Ordered by amount, so a request index never above the limit index keeps request <= limit.
    private static readonly string[] Cpus = ["50m", "100m", "0.25", "500m", "1", "1000m", "1500m", "2"];
    private static readonly string[] Memories = ["64Mi", "128Mi", "512Mi", "1Gi", "1024Mi", "1.5Gi", "2Gi", "4Gi"];

    private static readonly string[] EnvValues = ["info", "", "a&b <c> \"q\" 'x' \\ é ü", "https://proxy.example.net:3128", "yes", "1", "no", "null", "{{ .Values }}"];

    private static Gen<ComputeResources> Resources() =>
        from cr in Gen.Int[0, Cpus.Length - 1]
        from cl in Gen.Int[cr, Cpus.Length - 1]
        from mr in Gen.Int[0, Memories.Length - 1]
        from ml in Gen.Int[mr, Memories.Length - 1]
        select new ComputeResources(Cpus[cr], Memories[mr], Cpus[cl], Memories[ml]);

    private static Gen<IReadOnlyList<EnvVarSpec>> ExtraEnv(string prefix) =>
        Gen.Select(Gen.Bool, Gen.OneOf(EnvValues), Label, Label, (secret, value, secretName, key) =>
                secret ? EnvVarSpec.FromSecret("X", new SecretKeyRef(secretName, key.ToUpperInvariant())) : EnvVarSpec.Plain("X", value))
            .Array[0, 3]
            .Select(items => (IReadOnlyList<EnvVarSpec>)items.Select((e, i) => e.SecretKeyRef is { } s
                ? EnvVarSpec.FromSecret($"{prefix}_SECRET_{i}", s) : EnvVarSpec.Plain($"{prefix}_VALUE_{i}", e.Value!)).ToList());

    private static readonly Gen<RbacRule> Rule =
        from apiGroup in Gen.OneOf("", "apps", "batch")
        from resource in Gen.OneOf("configmaps", "events", "jobs", "leases")
        from create in Gen.Bool
        from names in Label.Array[0, 2]
        select create
            ? RbacRule.For(apiGroup, resource).WithVerbs("create")
            : RbacRule.For(apiGroup, resource).WithVerbs("get", "list").WithResourceNames(names);

    private static readonly Gen<IReadOnlyList<string>> Cidrs =
        Gen.Select(Gen.Int[0, 255], Gen.Int[0, 255], Gen.OneOf(16, 24, 32), (a, b, bits) => bits switch
            {
                16 => $"10.{a}.0.0/16",
                24 => $"10.{a}.{b}.0/24",
                _ => $"192.0.2.{a}/32",
            })
            .Array[1, 3].Select(c => (IReadOnlyList<string>)c.Distinct(StringComparer.Ordinal).ToList());

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Select(Gen.Bool, gen, (some, v) => some ? v : null);

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.Select(Gen.Bool, gen, (some, v) => some ? v : (T?)null);

    /// <summary>Valid tenants.</summary>
    public static readonly Gen<Tenant> Tenant =
        (from name in Label
         from ns in MaybeValue(Label.Select(l => DnsLabel.Parse(("t-" + l)[..Math.Min(63, l.Length + 2)])))
         from host in MaybeValue(Label.Select(l => DnsName.Parse(l + ".apps.example.com")))
         from ingress in Gen.Select(Gen.OneOf("nginx", "traefik", "haproxy"), Gen.OneOf("letsencrypt-prod", "letsencrypt-staging"), Gen.OneOf("ingress-nginx", "traefik", "ingress-system"),
             (c, i, n) => new IngressSettings { ClassName = c, ClusterIssuer = i, ControllerNamespace = DnsLabel.Parse(n) })
         from clientId in Gen.OneOf("openclaw", "openclaw-web", "client.a:b")
         from model in Gen.OneOf("qwen3.6", "qwen3.6-coder", "llama3:8b", "org/model@v1+2")
         from digests in Gen.Select(Hex64, Hex64)
         from tags in Gen.Select(Maybe(Gen.OneOf("1.4.2", "v2", "latest-build_7")), Maybe(Gen.OneOf("1.4.2", "2.0.0")))
         from controller in Gen.Select(Gen.Int[1, 10], Resources(), ExtraEnv("CTRL"), (r, res, env) => new ControllerSettings { Replicas = r, Resources = res, ExtraEnv = env })
         from runtime in Gen.Select(Gen.Int[1, 1440], Resources(), ExtraEnv("RUN"), (idle, res, env) => new RuntimeSettings { IdleTimeoutMinutes = idle, Resources = res, ExtraEnv = env })
         from rules in Rule.Array[0, 3]
         from quota in Gen.Select(Gen.OneOf("4", "8", "16", "7500m"), Gen.OneOf("8Gi", "16Gi", "16384Mi"), Gen.Int[1, 10000], (c, m, p) => new QuotaSettings { Cpu = c, Memory = m, Pods = p })
         from storage in Maybe(Gen.Select(Gen.OneOf("1Gi", "10Gi", "0.5Ti"), Maybe(Gen.OneOf("cephfs", "standard", "fast.nfs")),
             (size, cls) => new StorageSettings { Size = size, StorageClassName = cls is null ? null : DnsName.Parse(cls) }))
         from pullSecrets in Gen.OneOf("regcred", "ghcr-pull", "mirror.pull").Array[0, 2]
             // No in-cluster issuer; one on the URL's (default or explicit) port; one behind a Service port.
         from issuer in Gen.OneOf<(string? Url, int? TargetPort)>(
             (null, null), ("http://keycloak.keycloak.svc.cluster.local/realms/r", null), ("https://kc.identity.svc:8443/realms/r", null), ("http://keycloak.keycloak.svc/realms/r", 8080))
         from network in Gen.Select(Cidrs, Cidrs, Cidrs, Gen.Bool, Gen.Bool, (a, o, l, cilium, any) => new NetworkSettings { ApiServerCidrs = a, OidcCidrs = o, LlmCidrs = l, Cilium = cilium, AllowAnyEgress = any })
             // The options: exposure through the platform's Gateway (with or without a listener), a ServiceMonitor.
         from exposure in Gen.OneOf(Exposure.Ingress, Exposure.HttpRoute)
             // The upstreams on 443 or on a port of their own, which their egress rules must open.
         from ports in Gen.Select(Gen.OneOf("", ":8443"), Gen.OneOf("", ":9443"))
         from gateway in Gen.Select(Gen.OneOf("public", "shared.gw"), Gen.OneOf("gateway-system", "infra"), Maybe(Gen.OneOf("https", "web")),
             (n, ns, section) => new GatewaySettings { Name = DnsName.Parse(n), Namespace = DnsLabel.Parse(ns), SectionName = section is null ? null : DnsLabel.Parse(section) })
         from monitoring in Gen.Select(Gen.Bool, Gen.OneOf("monitoring", "prometheus"), (enabled, ns) => new MonitoringSettings { ServiceMonitor = enabled, PrometheusNamespace = DnsLabel.Parse(ns) })
         select new Tenant
         {
             Name = DnsLabel.Parse(name),
             Namespace = ns,
             Domain = DnsName.Parse(name + ".example.org"),
             Oidc = new OidcSettings
             {
                 IssuerUrl = HttpsUrl.Parse($"https://sso.{name}.example.org{ports.Item1}/realms/{name}"),
                 ClientId = clientId,
                 ClientSecret = new SecretKeyRef(name + "-oidc", "client-secret"),
                 InternalIssuerUrl = issuer.Url is null ? null : ClusterServiceUrl.Parse(issuer.Url),
                 InternalIssuerTargetPort = issuer.TargetPort,
             },
             Llm = new LlmSettings
             {
                 BaseUrl = HttpsUrl.Parse($"https://llm.{name}.example.org{ports.Item2}/v1"),
                 ApiKey = new SecretKeyRef(name + "-llm", "api-key"),
                 DefaultModel = model,
             },
             Images = new TenantImages
             {
                 Controller = ImageReference.Create("registry.example.org/openclaw/controller", digests.Item1, tags.Item1),
                 Runtime = ImageReference.Create("registry.example.org/openclaw/runtime", digests.Item2, tags.Item2),
             },
             Exposure = exposure,
             Ingress = ingress with { Host = host },
             Gateway = gateway,
             Monitoring = monitoring,
             Controller = controller,
             Runtime = runtime,
             Rbac = new RbacSettings { ExtraRules = rules },
             Quota = quota,
             Storage = storage,
             ImagePullSecrets = pullSecrets.Distinct(StringComparer.Ordinal).Select(DnsName.Parse).ToList(),
             Network = network,
         })
        .Where(t => !TenantPolicy.Check(t).Any());

    /// <summary>How many generated tenants the parity property renders: 40, or OPENCLAW_PARITY_TENANTS.</summary>
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("OPENCLAW_PARITY_TENANTS"), out var n) && n > 0 ? n : 40;
}
