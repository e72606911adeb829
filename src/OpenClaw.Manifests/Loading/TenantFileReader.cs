using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>
/// Maps a tenant file (apiVersion openclaw.io/v1alpha1, kind Tenant) onto the model. The format is a
/// contract: fields are only ever added, never renamed or removed.
/// </summary>
internal sealed class TenantFileReader(ReadContext ctx)
{
    public const string ApiVersion = "openclaw.io/v1alpha1";
    public const string Kind = "Tenant";

    public Tenant? Read(YamlNode root)
    {
        var doc = MappingReader.Open(ctx, root, "", TenantFields.Root);
        if (doc is null) return null;
        var apiVersion = doc.String("apiVersion", required: true);
        if (apiVersion is not null && apiVersion != ApiVersion)
            ctx.Error(RuleCatalog.InvalidValue, doc.Field("apiVersion")!, "apiVersion", RuleCatalog.InvalidValue.Format("apiVersion", $"must be {ApiVersion}"));
        var kind = doc.String("kind", required: true);
        if (kind is not null && kind != Kind)
            ctx.Error(RuleCatalog.InvalidValue, doc.Field("kind")!, "kind", RuleCatalog.InvalidValue.Format("kind", $"must be {Kind}"));

        var metadata = doc.Mapping(TenantFields.Metadata);
        DnsLabel? name = null;
        if (metadata?.Field("name", required: true) is { } nameNode && ctx.String(nameNode, "metadata.name") is { } nameText)
            name = ctx.ConvertValue(nameNode, "metadata.name", () => DnsLabel.Parse(nameText, Tenant.MaxNameLength));
        if (metadata?.Field("labels") is { } labels) StringMap(labels, "metadata.labels", multiLine: false);
        if (metadata?.Field("annotations") is { } annotations) StringMap(annotations, "metadata.annotations", multiLine: true);

        var spec = doc.Mapping(TenantFields.Spec);
        if (spec is null) return null;
        var ns = Label(spec, "namespace");
        var domain = Name(spec, "domain", required: true);
        var oidc = Oidc(spec);
        var llm = Llm(spec);
        var images = Images(spec);
        var exposure = Exposure(spec);
        var ingress = Ingress(spec);
        var gateway = Gateway(spec);
        var monitoring = Monitoring(spec);
        var controller = Controller(spec);
        var runtime = Runtime(spec);
        var rbac = Rbac(spec);
        var quota = Quota(spec);
        var storage = Storage(spec);
        var sops = Sops(spec);
        var network = Network(spec);
        var pullSecrets = Names(spec, "imagePullSecrets");

        if (ctx.Diagnostics.Count > 0 || name is null || domain is null || oidc is null || llm is null || images is null)
            return null;
        return new Tenant
        {
            Name = name.Value,
            Namespace = ns,
            Domain = domain.Value,
            Oidc = oidc,
            Llm = llm,
            Images = images,
            Exposure = exposure ?? Model.Exposure.Ingress,
            Ingress = ingress ?? new(),
            Gateway = gateway ?? new(),
            Monitoring = monitoring ?? new(),
            Controller = controller ?? new(),
            Runtime = runtime ?? new(),
            Rbac = rbac ?? new(),
            Quota = quota ?? new(),
            Storage = storage,
            ImagePullSecrets = pullSecrets,
            Sops = sops ?? new(),
            Network = network ?? new(),
        };
    }

    // Label values are single-line by Kubernetes' rules; annotation values may hold free text.
    private void StringMap(YamlNode node, string path, bool multiLine)
    {
        if (MappingReader.Open(ctx, node, path, node.Entries.Select(e => e.Key.Value).ToArray()) is not { } m) return;
        foreach (var (key, _) in node.Entries)
            if (m.Field(key.Value) is { } value) ctx.String(value, m.FieldPath(key.Value), multiLine);
    }

    private DnsLabel? Label(MappingReader m, string key, bool required = false)
        => m.Field(key, required) is { } n && ctx.String(n, m.FieldPath(key)) is { } s
            ? ctx.ConvertValue(n, m.FieldPath(key), () => DnsLabel.Parse(s)) : null;

    private DnsName? Name(MappingReader m, string key, bool required = false)
        => m.Field(key, required) is { } n && ctx.String(n, m.FieldPath(key)) is { } s
            ? ctx.ConvertValue(n, m.FieldPath(key), () => DnsName.Parse(s)) : null;

    // A list of DNS names (Secret names); each item is reported at its own line.
    private List<DnsName> Names(MappingReader m, string key)
    {
        var result = new List<DnsName>();
        var items = m.Strings(key);
        if (items is null) return result;
        var list = m.Field(key)!;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{m.FieldPath(key)}[{i}]";
            var node = i < list.Items.Count ? list.Items[i] : list;
            var text = items[i];
            if (ctx.ConvertValue(node, path, () => DnsName.Parse(text)) is { } name) result.Add(name);
        }
        return result;
    }

    private HttpsUrl? Url(MappingReader m, string key)
        => m.Field(key, true) is { } n && ctx.String(n, m.FieldPath(key)) is { } s
            ? ctx.ConvertValue(n, m.FieldPath(key), () => HttpsUrl.Parse(s)) : null;

    private string? Quantity(MappingReader m, string key)
        => m.Field(key) is { } n && ctx.String(n, m.FieldPath(key)) is { } s
            ? ctx.Convert(n, m.FieldPath(key), () => Model.Quantity.Validate(s, m.FieldPath(key))) : null;

    /// <summary>A Secret reference; a plain string here is a secret value where a reference belongs (OCM0003).</summary>
    private SecretKeyRef? SecretRef(MappingReader m, string key, bool required)
    {
        if (m.Field(key, required) is not { } n) return null;
        var path = m.FieldPath(key);
        if (n.Kind == YamlKind.Scalar)
        {
            ctx.Record(path, n);
            ctx.Error(RuleCatalog.PlaintextSecret, n, path, RuleCatalog.PlaintextSecret.Format($"'{path}' (a string where a Secret reference {{name, key}} belongs)"));
            return null;
        }
        if (MappingReader.Open(ctx, n, path, m.Shape[key]) is not { } r) return null;
        var name = r.String("name", true);
        var k = r.String("key", true);
        return name is null || k is null ? null : ctx.Convert(n, path, () => new SecretKeyRef(name, k));
    }

    private ImageReference? Image(MappingReader m, string key)
    {
        if (m.Field(key, true) is not { } n || ctx.String(n, m.FieldPath(key)) is not { } s) return null;
        if (ImageReference.TryParse(s, out var image)) return image;
        ctx.Error(RuleCatalog.ImageNotPinned, n, m.FieldPath(key), RuleCatalog.ImageNotPinned.Format(DnsLabel.Truncate(s)));
        return null;
    }

    private OidcSettings? Oidc(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["oidc"]) is not { } m) return null;
        var issuer = Url(m, "issuerURL");
        var clientId = m.String("clientId");
        var secret = SecretRef(m, "clientSecret", true);
        ClusterServiceUrl? internalIssuer = m.Field("internalIssuerURL") is { } n && ctx.String(n, m.FieldPath("internalIssuerURL")) is { } text
            ? ctx.ConvertValue(n, m.FieldPath("internalIssuerURL"), () => ClusterServiceUrl.Parse(text)) : null;
        var targetPort = m.Int("internalIssuerTargetPort");
        return issuer is null || secret is null ? null
            : new OidcSettings
            {
                IssuerUrl = issuer.Value,
                ClientSecret = secret,
                ClientId = clientId ?? OidcSettings.DefaultClientId,
                InternalIssuerUrl = internalIssuer,
                InternalIssuerTargetPort = targetPort,
            };
    }

    private LlmSettings? Llm(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["llm"]) is not { } m) return null;
        var baseUrl = Url(m, "baseURL");
        var apiKey = SecretRef(m, "apiKey", true);
        var model = m.String("defaultModel");
        return baseUrl is null || apiKey is null ? null
            : new LlmSettings { BaseUrl = baseUrl.Value, ApiKey = apiKey, DefaultModel = model ?? LlmSettings.DefaultModelName };
    }

    private TenantImages? Images(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["images"]) is not { } m) return null;
        var controller = Image(m, "controller");
        var runtime = Image(m, "runtime");
        return controller is null || runtime is null ? null : new TenantImages { Controller = controller, Runtime = runtime };
    }

    private IngressSettings? Ingress(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["ingress"]) is not { } m) return null;
        var d = new IngressSettings();
        return d with
        {
            Host = Name(m, "host"),
            ClassName = m.String("className") ?? d.ClassName,
            ClusterIssuer = m.String("clusterIssuer") ?? d.ClusterIssuer,
            ControllerNamespace = Label(m, "controllerNamespace") ?? d.ControllerNamespace,
        };
    }

    private Exposure? Exposure(MappingReader spec)
    {
        if (spec.Field("exposure") is not { } n || ctx.String(n, spec.FieldPath("exposure")) is not { } text) return null;
        if (ExposureNames.Parse(text) is { } exposure) return exposure;
        ctx.Error(RuleCatalog.InvalidValue, n, spec.FieldPath("exposure"), RuleCatalog.InvalidValue.Format(spec.FieldPath("exposure"), "must be one of: " + string.Join(", ", ExposureNames.All)));
        return null;
    }

    private GatewaySettings? Gateway(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["gateway"]) is not { } m) return null;
        var d = new GatewaySettings();
        return d with { Name = Name(m, "name") ?? d.Name, Namespace = Label(m, "namespace") ?? d.Namespace, SectionName = Label(m, "sectionName") };
    }

    private MonitoringSettings? Monitoring(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["monitoring"]) is not { } m) return null;
        var d = new MonitoringSettings();
        return d with { ServiceMonitor = m.Bool("serviceMonitor") ?? d.ServiceMonitor, PrometheusNamespace = Label(m, "prometheusNamespace") ?? d.PrometheusNamespace };
    }

    private ComputeResources? Resources(MappingReader parent, TenantField shape, ComputeResources defaults)
    {
        if (parent.Mapping(shape) is not { } m) return null;
        var requests = m.Mapping(shape["requests"]);
        var limits = m.Mapping(shape["limits"]);
        var values = new[]
        {
            (requests is null ? null : Quantity(requests, "cpu")) ?? defaults.CpuRequest,
            (requests is null ? null : Quantity(requests, "memory")) ?? defaults.MemoryRequest,
            (limits is null ? null : Quantity(limits, "cpu")) ?? defaults.CpuLimit,
            (limits is null ? null : Quantity(limits, "memory")) ?? defaults.MemoryLimit,
        };
        var node = parent.Field("resources")!;
        return ctx.Convert(node, m.Path, () => new ComputeResources(values[0], values[1], values[2], values[3]));
    }

    private List<EnvVarSpec> ExtraEnv(MappingReader parent, TenantField shape)
    {
        var result = new List<EnvVarSpec>();
        var items = parent.List(shape);
        if (items is null) return result;
        foreach (var item in items)
        {
            if (item is null) continue;
            var name = item.String("name", true);
            var value = item.Field("value") is { } v ? ctx.String(v, item.FieldPath("value"), multiLine: true) : null;
            var secret = item.Field("secretKeyRef") is not null ? SecretRef(item, "secretKeyRef", true) : null;
            if (item.Field("valueFrom") is { } vf)
                ctx.Error(RuleCatalog.InvalidValue, vf, item.FieldPath("valueFrom"), RuleCatalog.InvalidValue.Format(item.FieldPath("valueFrom"), "use secretKeyRef: {name, key} directly"));
            var hasValue = item.Field("value") is not null;
            var hasSecret = item.Field("secretKeyRef") is not null;
            if (hasValue == hasSecret)
            {
                // At the item, not at the list: in a list of twenty variables the list's first line names the wrong one.
                ctx.Error(RuleCatalog.InvalidValue, item.Node, item.Path, RuleCatalog.InvalidValue.Format(item.Path, "set exactly one of value or secretKeyRef"));
                continue;
            }
            if (name is null) continue;
            // An invalid name is reported at the name (it is the only value the constructor below can reject).
            var node = item.Field("name")!;
            var env = ctx.Convert(node, item.FieldPath("name"), () => secret is not null ? EnvVarSpec.FromSecret(name, secret) : value is not null ? EnvVarSpec.Plain(name, value) : null!);
            if (env is not null) result.Add(env);
        }
        return result;
    }

    private ControllerSettings? Controller(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["controller"]) is not { } m) return null;
        var d = new ControllerSettings();
        return d with
        {
            Replicas = m.Int("replicas") ?? d.Replicas,
            Resources = Resources(m, m.Shape["resources"], d.Resources) ?? d.Resources,
            ExtraEnv = ExtraEnv(m, m.Shape["extraEnv"]),
        };
    }

    private RuntimeSettings? Runtime(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["runtime"]) is not { } m) return null;
        var d = new RuntimeSettings();
        return d with
        {
            Resources = Resources(m, m.Shape["resources"], d.Resources) ?? d.Resources,
            IdleTimeoutMinutes = m.Int("idleTimeoutMinutes") ?? d.IdleTimeoutMinutes,
            ExtraEnv = ExtraEnv(m, m.Shape["extraEnv"]),
        };
    }

    private RbacSettings? Rbac(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["rbac"]) is not { } m) return null;
        var rules = new List<RbacRule>();
        foreach (var r in m.List(TenantFields.Spec["rbac"]["extraRules"]) ?? [])
        {
            if (r is null) continue;
            rules.Add(new RbacRule
            {
                ApiGroups = r.Strings("apiGroups") ?? RbacRule.DefaultApiGroups,
                Resources = r.Strings("resources") ?? [],
                Verbs = r.Strings("verbs") ?? [],
                ResourceNames = r.Strings("resourceNames") ?? [],
            });
        }
        return new RbacSettings { ExtraRules = rules };
    }

    private QuotaSettings? Quota(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["quota"]) is not { } m) return null;
        var d = new QuotaSettings();
        return d with
        {
            Cpu = Quantity(m, "cpu") ?? d.Cpu,
            Memory = Quantity(m, "memory") ?? d.Memory,
            Pods = m.Int("pods") ?? d.Pods,
        };
    }

    private StorageSettings? Storage(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["storage"]) is not { } m) return null;
        var d = new StorageSettings();
        return d with { Size = Quantity(m, "size") ?? d.Size, StorageClassName = Name(m, "storageClassName") };
    }

    private SopsSettings? Sops(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["sops"]) is not { } m) return null;
        return new SopsSettings { Pgp = m.Strings("pgp") ?? [], Age = m.Strings("age") ?? [] };
    }

    private NetworkSettings? Network(MappingReader spec)
    {
        if (spec.Mapping(TenantFields.Spec["network"]) is not { } m) return null;
        var d = new NetworkSettings();
        return d with
        {
            ApiServerCidrs = m.Strings("apiServerCIDRs") ?? d.ApiServerCidrs,
            OidcCidrs = m.Strings("oidcCIDRs") ?? d.OidcCidrs,
            LlmCidrs = m.Strings("llmCIDRs") ?? d.LlmCidrs,
            Cilium = m.Bool("cilium") ?? d.Cilium,
            AllowAnyEgress = m.Bool("allowAnyEgress") ?? d.AllowAnyEgress,
        };
    }
}
