using System.Globalization;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// A tenant whose every chart-bound setting holds a unique, recognisable token. Rendering it with the
/// direct renderer and replacing the tokens by value expressions yields the chart's templates: the
/// templates are derived from the C# builders, not written beside them (DESIGN "one model, two outputs").
/// Tokens are valid for their value types, so the model accepts them; numbers are chosen so that no
/// constant the renderer emits can be mistaken for one.
/// </summary>
internal static class ProbeTenant
{
    /// <summary>Every string token contains this marker, so a token surviving inside a constant is easy to spot.</summary>
    public const string Marker = "zz";

    // The in-cluster issuer's namespace and egress port are printed as computed from two values (the URL, and the
    // target port or else the URL's port), so they bind to helpers that compute the same, not to the values.
    private const string InternalIssuerNamespace = "zz-issuer-ns";
    private const int InternalIssuerPort = 1566;

    private static readonly Dictionary<string, Binding> Computed = new(StringComparer.Ordinal)
    {
        ["oidc.internalIssuerTargetPort"] = new("oidc.internalIssuerTargetPort", JsonValue.Create(InternalIssuerPort), "include \"openclaw.internalIssuer.port\" $ | int"),
        // Printed only as the front door's namespace, which is the Gateway's instead with exposure httpRoute.
        ["ingress.controllerNamespace"] = new("ingress.controllerNamespace", JsonValue.Create("zz-ingress-namespace"), "include \"openclaw.frontDoor.namespace\" $"),
    };

    private static readonly Binding[] Extra =
    [
        new("oidc.internalIssuerURL", JsonValue.Create(InternalIssuerNamespace), "include \"openclaw.internalIssuer.namespace\" $"),
        // The hosts of the two URLs, which the Cilium policies name (toFQDNs).
        new("oidc.issuerURL", JsonValue.Create(OidcHost), "include \"openclaw.urlHost\" (list $ \"oidc.issuerURL\")"),
        new("llm.baseURL", JsonValue.Create(LlmHost), "include \"openclaw.urlHost\" (list $ \"llm.baseURL\")"),
        // And their ports, which the egress rules open: numbers in NetworkPolicies, strings in Cilium's.
        new("oidc.issuerURL", JsonValue.Create(OidcPort), "include \"openclaw.urlPort\" (list $ \"oidc.issuerURL\") | int"),
        new("oidc.issuerURL", JsonValue.Create(OidcPort.ToString(CultureInfo.InvariantCulture)), "include \"openclaw.urlPort\" (list $ \"oidc.issuerURL\")"),
        new("llm.baseURL", JsonValue.Create(LlmPort), "include \"openclaw.urlPort\" (list $ \"llm.baseURL\") | int"),
        new("llm.baseURL", JsonValue.Create(LlmPort.ToString(CultureInfo.InvariantCulture)), "include \"openclaw.urlPort\" (list $ \"llm.baseURL\")"),
    ];

    private const int OidcPort = 2443;
    private const int LlmPort = 1443;

    private const string OidcHost = "zz-oidc-issuer.invalid";
    private const string LlmHost = "zz-llm-base.invalid";

    /// <summary>
    /// The probe with the options a tenant takes instead of the probe's own: exposure httpRoute rather than the Ingress,
    /// Cilium rather than the CIDR policies. Its objects that the probe lacks join the chart, under their conditions.
    /// </summary>
    public static Tenant Alternate(Tenant probe) => probe with { Exposure = Exposure.HttpRoute, Network = probe.Network with { Cilium = true } };

    /// <summary>List items the renderer emits only when a value says so; the chart renders them under its condition.</summary>
    public static IReadOnlyList<OptionalItemBinding> OptionalItems() =>
    [
        // The data volume and its mount, both named Names.DataVolume, exist only with storage.
        new("storage.enabled", "name", Names.DataVolume, "$.Values.storage.enabled"),
    ];

    public static Tenant Create() => new()
    {
        Name = DnsLabel.Parse("zz-tenant-name"),
        Namespace = DnsLabel.Parse("zz-tenant-namespace"),
        Domain = DnsName.Parse("zz-domain.invalid"),
        Oidc = new OidcSettings
        {
            IssuerUrl = HttpsUrl.Parse($"https://{OidcHost}:{OidcPort}/realms/zz"),
            ClientId = "zz-oidc-client-id",
            ClientSecret = new SecretKeyRef("zz-oidc-secret", "zz-oidc-secret-key"),
            InternalIssuerUrl = ClusterServiceUrl.Parse("http://zz-issuer." + InternalIssuerNamespace + ".svc.cluster.local:1555/realms/zz"),
            InternalIssuerTargetPort = InternalIssuerPort,
        },
        Llm = new LlmSettings
        {
            BaseUrl = HttpsUrl.Parse($"https://{LlmHost}:{LlmPort}/v1"),
            ApiKey = new SecretKeyRef("zz-llm-secret", "zz-llm-secret-key"),
            DefaultModel = "zz-llm-model",
        },
        Images = new TenantImages
        {
            Controller = ImageReference.Create("zz.invalid/zz-controller", new string('1', 64), "zz-controller-tag"),
            Runtime = ImageReference.Create("zz.invalid/zz-runtime", new string('2', 64), "zz-runtime-tag"),
        },
        Ingress = new IngressSettings
        {
            Host = DnsName.Parse("zz-ingress-host.invalid"),
            ClassName = "zz-ingress-class",
            ClusterIssuer = "zz-cluster-issuer",
            ControllerNamespace = DnsLabel.Parse("zz-ingress-namespace"),
        },
        Gateway = new GatewaySettings { Name = DnsName.Parse("zz-gateway-name"), Namespace = DnsLabel.Parse("zz-gateway-namespace"), SectionName = DnsLabel.Parse("zz-gateway-section") },
        Monitoring = new MonitoringSettings { ServiceMonitor = true, PrometheusNamespace = DnsLabel.Parse("zz-prometheus-namespace") },
        Controller = new ControllerSettings
        {
            Replicas = 7,
            Resources = new ComputeResources("111m", "111Mi", "911m", "911Mi"),
            ExtraEnv = [EnvVarSpec.Plain("ZZ_CONTROLLER_EXTRA_ENV", "zz")],
        },
        Runtime = new RuntimeSettings
        {
            Resources = new ComputeResources("222m", "222Mi", "922m", "922Mi"),
            IdleTimeoutMinutes = 1433,
            ExtraEnv = [EnvVarSpec.Plain("ZZ_RUNTIME_EXTRA_ENV", "zz")],
        },
        Rbac = new RbacSettings { ExtraRules = [RbacRule.For("zz-extra-rules", "zz").WithVerbs("zz")] },
        Quota = new QuotaSettings { Cpu = "333", Memory = "333Gi", Pods = 9973 },
        Storage = new StorageSettings { Size = "444Gi", StorageClassName = DnsName.Parse("zz-storage-class") },
        ImagePullSecrets = [DnsName.Parse("zz-pull-secret")],
        Network = new NetworkSettings
        {
            ApiServerCidrs = ["203.0.113.1/32"],
            OidcCidrs = ["203.0.113.2/32"],
            LlmCidrs = ["203.0.113.3/32"],
        },
    };

    /// <summary>Scalar bindings, read from the value table: each value's token is its setting in the probe tenant.</summary>
    public static IReadOnlyList<Binding> Bindings(Tenant probe)
    {
        var bindings = new List<Binding>();
        foreach (var v in ValueCatalog.Leaves)
        {
            if (v.FromTenant is null || v.Switch || v.FromTenant(probe) is not JsonValue token) continue;
            var include = v.Pipeline;
            if (Computed.TryGetValue(v.Path, out var computed))
            {
                bindings.Add(computed);
                continue;
            }
            switch (v.Kind)
            {
                case ValueKind.Integer:
                    bindings.Add(new Binding(v.Path, token, include + " | int"));
                    // The renderer also prints integers as text (env values, annotations, quota counts).
                    bindings.Add(new Binding(v.Path, JsonValue.Create(token.GetValue<int>().ToString(CultureInfo.InvariantCulture)), include));
                    break;
                case ValueKind.String when ValueCatalog.IsImagePart(v):
                    break;
                case ValueKind.String:
                    var optional = v.Default is JsonValue d && d.GetValue<string>() == "" && !v.Required && v.Legacy is null && v.EmptyMeans is null;
                    bindings.Add(new Binding(v.Path, token, include, optional ? v.ValuesExpression : null));
                    break;
            }
        }
        bindings.AddRange(Extra);
        // An image is printed as one reference; its helper checks and joins repository, tag and digest.
        foreach (var image in ValueCatalog.All.Where(v => v.Kind == ValueKind.Image))
        {
            var reference = image.Path == "controller.image" ? probe.Images.Controller.Reference : probe.Images.Runtime.Reference;
            bindings.Add(new Binding(image.Path, JsonValue.Create(reference), image.Pipeline));
        }
        return bindings;
    }

    /// <summary>List bindings: which helper turns each list value into the renderer's items.</summary>
    public static IReadOnlyList<ListBinding> ListBindings(Tenant probe)
    {
        var lists = new List<ListBinding>();
        foreach (var v in ValueCatalog.Leaves)
        {
            if (v.FromTenant?.Invoke(probe) is not JsonArray { Count: 1 } items) continue;
            // Where the renderer puts the list's token inside each item it builds, and the helper that builds the same items.
            var (token, at, helper) = v.Kind switch
            {
                ValueKind.StringList => (items[0]!.GetValue<string>(), "ipBlock.cidr", "openclaw.list.cidrPeers"),
                ValueKind.EnvList => (items[0]!["name"]!.GetValue<string>(), "name", "openclaw.list.envVars"),
                ValueKind.RuleList => (items[0]!["apiGroups"]![0]!.GetValue<string>(), "apiGroups.0", "openclaw.list.policyRules"),
                ValueKind.NameList => (items[0]!["name"]!.GetValue<string>(), "name", "openclaw.list.names"),
                _ => throw new InvalidOperationException($"{v.Path}: no list helper for {v.Kind}"),
            };
            lists.Add(new ListBinding(v.Path, token, at, $"get (include \"{helper}\" {v.ValuesExpression} | fromJson) \"items\""));
        }
        return lists;
    }
}
