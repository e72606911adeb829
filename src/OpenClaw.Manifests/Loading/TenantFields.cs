using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>What a tenant-file field holds: decides how the reader reads it and what the JSON Schema says.</summary>
internal enum FieldKind
{
    /// <summary>A mapping with the fields in <see cref="TenantField.Fields"/>.</summary>
    Mapping,
    /// <summary>A list of mappings, each with the fields in <see cref="TenantField.Fields"/>.</summary>
    MappingList,
    /// <summary>A single-line string (free text where <see cref="TenantField.MultiLine"/>).</summary>
    String,
    /// <summary>An integer in <see cref="TenantField.Minimum"/>..<see cref="TenantField.Maximum"/>.</summary>
    Integer,
    /// <summary>A list of strings, each matching <see cref="TenantField.Pattern"/> when there is one.</summary>
    StringList,
    /// <summary>A mapping of any keys to strings (labels, annotations).</summary>
    StringMap,
    /// <summary><c>true</c> or <c>false</c> (plain YAML scalars only: YAML 1.1's yes/no/on/off are refused).</summary>
    Boolean,
    /// <summary>A key the reader knows only to refuse with a pointed message (e.g. <c>valueFrom</c>).</summary>
    Refused,
}

/// <summary>One field of the tenant format: the single definition every layer reads.</summary>
internal sealed record TenantField(string Name, FieldKind Kind, string Text)
{
    public bool Required { get; init; }
    /// <summary>The pattern body without anchors (<see cref="ValuePatterns"/>): the schemas anchor it <c>^…$</c>, .NET <c>^…\z</c>.</summary>
    public string? Pattern { get; init; }
    public int? MaxLength { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    public int? MinItems { get; init; }
    public bool MultiLine { get; init; }
    /// <summary>Names that must not be used (extraEnv: the variables the library sets itself).</summary>
    public IReadOnlyCollection<string> Forbidden { get; init; } = [];
    /// <summary>Exactly one of these fields must be set (extraEnv: value or secretKeyRef).</summary>
    public IReadOnlyList<string> ExactlyOneOf { get; init; } = [];
    public IReadOnlyList<TenantField> Fields { get; init; } = [];

    /// <summary>The value a tenant gets when the field is left out, read from the model's own default (a string, an int or a list).</summary>
    public object? Default { get; init; }

    /// <summary>
    /// The model accessor, for the fields the model keeps as plain values (numbers, free strings, string lists): the
    /// tenant policy checks those against this table, for YAML and C# tenants alike. Null where a value type
    /// (DnsLabel, HttpsUrl, ImageReference, ...) already refuses a bad value when the model is built.
    /// </summary>
    public Func<Tenant, object?>? Value { get; init; }

    /// <summary>What an item of a patterned string list must be, in words, for the tenant policy's message.</summary>
    public string? Hint { get; init; }

    /// <summary>The description, with the default stated from <see cref="Default"/> (never written twice).</summary>
    public string Description => Default is null ? Text : Text.TrimEnd('.') + "; default " + Show(Default) + ".";

    /// <summary>The field names a mapping of this shape may have, in file order.</summary>
    public string[] Keys => Fields.Select(f => f.Name).ToArray();

    public TenantField this[string name] => Fields.Single(f => f.Name == name);

    /// <summary>A whole-value .NET regex of <see cref="Pattern"/>, or null.</summary>
    public System.Text.RegularExpressions.Regex? NetPattern => Pattern is null ? null : _regex ??= new(ValuePatterns.Net(Pattern), System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private System.Text.RegularExpressions.Regex? _regex;

    private static string Show(object value) => value switch
    {
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(v => v.Length == 0 ? "\"\"" : v)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}

/// <summary>
/// The tenant format, field by field: the one definition that <see cref="TenantFileReader"/> takes its allowed keys,
/// required fields and defaults from, that <see cref="TenantPolicy"/> checks ranges and patterns against, that
/// tenant.schema.json (<see cref="TenantSchema"/>), the chart's value catalog and the README's reference are written
/// from, and that diagnostics take their subject paths from (<see cref="PathOf"/>). A field added here and not read, or
/// read and not listed, fails <c>TenantFieldsTests</c>.
/// </summary>
internal static class TenantFields
{
    private const string SecretNote = "Never the secret itself: a value that looks like a credential is an error (OCM0003).";

    private static TenantField Str(string name, string description, string? pattern, int? maxLength, bool required = false)
        => new(name, FieldKind.String, description) { Pattern = pattern, MaxLength = maxLength, Required = required };

    private static TenantField Int(string name, string description, int min, int max, int? @default, Func<Tenant, object?> value)
        => new(name, FieldKind.Integer, description) { Minimum = min, Maximum = max, Default = @default, Value = value };

    private static TenantField Map(string name, string description, bool required, params TenantField[] fields)
        => new(name, FieldKind.Mapping, description) { Required = required, Fields = fields };

    private static TenantField Label(string name, string description, bool required = false, int maxLength = 63)
        => Str(name, description + " A DNS-1123 label.", ValuePatterns.DnsLabel, maxLength, required);

    private static TenantField DnsName(string name, string description, bool required = false)
        => Str(name, description + " A DNS-1123 subdomain.", ValuePatterns.DnsName, 253, required);

    private static TenantField Quantity(string name, string description, string? @default)
        => Str(name, description + " A Kubernetes quantity greater than zero (e.g. 500m, 2, 512Mi).", ValuePatterns.Quantity, 32) with { Default = @default };

    private static TenantField Image(string name, string description)
        => Str(name, description + " Pinned by digest: repository[:tag]@sha256:<64 lowercase hex> (OCM0001); the tag is for readers only.",
            ValuePatterns.PinnedImage, ImageDigestRule.MaxLength, required: true);

    private static TenantField SecretRef(string name, string description, bool required)
        => Map(name, description + " A reference {name, key} to a key of a Secret in the tenant's namespace. " + SecretNote, required,
            DnsName("name", "Secret name.", required: true),
            Str("key", "Key inside the Secret.", ValuePatterns.SecretKey, 253, required: true));

    private static TenantField Resources(ComputeResources d) => Map("resources", "Requests and limits; each value left out keeps its default.", false,
        Map("requests", "What the scheduler reserves.", false, Quantity("cpu", "CPU request.", d.CpuRequest), Quantity("memory", "Memory request.", d.MemoryRequest)),
        Map("limits", "The most the container may use.", false, Quantity("cpu", "CPU limit.", d.CpuLimit), Quantity("memory", "Memory limit.", d.MemoryLimit)));

    private static TenantField ExtraEnv() => new("extraEnv", FieldKind.MappingList, "Extra environment variables: {name, value} or {name, secretKeyRef: {name, key}}.")
    {
        ExactlyOneOf = ["value", "secretKeyRef"],
        Fields =
        [
            Str("name", "Variable name; the variables the library sets itself cannot be overridden.", ValuePatterns.EnvName, 253, required: true) with { Forbidden = TenantPolicy.BuiltInEnv },
            Str("value", "A plain, non-secret value. " + SecretNote, null, null) with { MultiLine = true },
            SecretRef("secretKeyRef", "The value comes from a Secret.", required: false),
            new TenantField("valueFrom", FieldKind.Refused, "Not supported: use secretKeyRef: {name, key} directly."),
        ],
    };

    private static TenantField Cidrs(string name, string description, IReadOnlyList<string> @default, Func<Tenant, object?> value)
        => new(name, FieldKind.StringList, description + " Canonical CIDRs (10.0.0.0/8).") { Pattern = ValuePatterns.Cidr, MinItems = 1, Default = @default, Value = value };

    // A free string the model keeps as it is: checked by the tenant policy against the pattern and length here.
    private static TenantField Plain(string name, string description, string pattern, int maxLength, string @default, Func<Tenant, object?> value)
        => Str(name, description, pattern, maxLength) with { Default = @default, Value = value };

    private static TenantField Bool(string name, string description, Func<Tenant, object?> value)
        => new(name, FieldKind.Boolean, description) { Default = false, Value = value };

    private static readonly IngressSettings Ingress = new();
    private static readonly GatewaySettings Gateway = new();
    private static readonly MonitoringSettings Monitoring = new();
    private static readonly QuotaSettings Quota = new();
    private static readonly NetworkSettings Network = new();

    /// <summary>The whole file.</summary>
    public static TenantField Root { get; } = Map("", "An OpenClaw tenant (openclaw-manifests).", true,
        Str("apiVersion", "Always " + TenantFileReader.ApiVersion + ".", System.Text.RegularExpressions.Regex.Escape(TenantFileReader.ApiVersion), null, required: true),
        Str("kind", "Always " + TenantFileReader.Kind + ".", TenantFileReader.Kind, null, required: true),
        Map("metadata", "The tenant's identity.", true,
            Label("name", $"Tenant name, unique across tenants, at most {Tenant.MaxNameLength} characters.", required: true, maxLength: Tenant.MaxNameLength),
            new TenantField("labels", FieldKind.StringMap, "Labels for the tenant's objects (single-line values)."),
            new TenantField("annotations", FieldKind.StringMap, "Annotations (free text).") { MultiLine = true }),
        Map("spec", "What the tenant gets.", true,
            Label("namespace", "The tenant's own namespace; default org-<name>. Never one shared by the cluster (OCM0007)."),
            DnsName("domain", "The tenant's domain; the ingress host defaults to openclaw.<domain>.", required: true),
            Map("oidc", "The OIDC client the controller signs users in with.", true,
                Str("issuerURL", "Issuer URL, https, e.g. https://keycloak.acme.example.org/realms/org-acme.", ValuePatterns.HttpsUrl, 2048, required: true),
                Plain("clientId", "Client id.", ValuePatterns.ClientId, 253, OidcSettings.DefaultClientId, t => t.Oidc.ClientId),
                SecretRef("clientSecret", "The client secret.", required: true),
                Str("internalIssuerURL", "Optional in-cluster issuer base on a cluster-local Service (http(s)://<service>.<namespace>.svc[.cluster.local][:port]/...).", ValuePatterns.ClusterServiceUrl, 2048),
                Int("internalIssuerTargetPort", "The issuer pods' port behind the Service port; only with internalIssuerURL.", 1, 65535, null, t => t.Oidc.InternalIssuerTargetPort)),
            Map("llm", "The LLM gateway.", true,
                Str("baseURL", "Gateway base URL, https, e.g. https://api.acme.example.org/v1.", ValuePatterns.HttpsUrl, 2048, required: true),
                SecretRef("apiKey", "The gateway API key.", required: true),
                Plain("defaultModel", "Model name the gateway maps to a backing channel.", ValuePatterns.Model, 128, LlmSettings.DefaultModelName, t => t.Llm.DefaultModel)),
            Map("images", "The two images, pinned by digest.", true,
                Image("controller", "The controller image."),
                Image("runtime", "The per-user runtime image.")),
            Str("exposure", "How the controller is reached: ingress (an Ingress with a cert-manager certificate) or httpRoute (a Gateway API HTTPRoute on the platform's Gateway, which terminates TLS).",
                "(" + string.Join("|", ExposureNames.All) + ")", 16) with
            { Default = ExposureNames.Of(Exposure.Ingress) },
            Map("ingress", "The public entry point.", false,
                DnsName("host", "Public host; default openclaw.<domain>."),
                Plain("className", "IngressClass name.", ValuePatterns.ClassName, 253, Ingress.ClassName, t => t.Ingress.ClassName),
                Plain("clusterIssuer", "cert-manager ClusterIssuer.", ValuePatterns.ClassName, 253, Ingress.ClusterIssuer, t => t.Ingress.ClusterIssuer),
                Label("controllerNamespace", "Namespace of the ingress controller, the only source allowed in (exposure: ingress).") with { Default = Ingress.ControllerNamespace.Value }),
            Map("gateway", "The platform's Gateway the HTTPRoute attaches to (exposure: httpRoute); its namespace is then the only source allowed in.", false,
                DnsName("name", "Gateway name.") with { Default = Gateway.Name.Value },
                Label("namespace", "Gateway namespace.") with { Default = Gateway.Namespace.Value },
                Label("sectionName", "The Gateway listener to attach to; default every listener that allows the route.")),
            Map("monitoring", "Prometheus scraping of the controller's /metrics; off by default.", false,
                Bool("serviceMonitor", "Add a ServiceMonitor for the controller's Service, and admit the Prometheus namespace to the controller's port only.", t => t.Monitoring.ServiceMonitor),
                Label("prometheusNamespace", "Namespace Prometheus scrapes from.") with { Default = Monitoring.PrometheusNamespace.Value }),
            Map("controller", "The controller Deployment.", false,
                Int("replicas", "Replicas.", 1, 10, new ControllerSettings().Replicas, t => t.Controller.Replicas),
                Resources(ControllerSettings.DefaultResources),
                ExtraEnv()),
            Map("runtime", "The per-user pods.", false,
                Resources(RuntimeSettings.DefaultResources),
                Int("idleTimeoutMinutes", "Minutes of inactivity before a user's pod is reaped.", 1, 1440, new RuntimeSettings().IdleTimeoutMinutes, t => t.Runtime.IdleTimeoutMinutes),
                ExtraEnv()),
            Map("rbac", "Extra permissions for the controller.", false,
                new TenantField("extraRules", FieldKind.MappingList, "Extra Role rules; wildcards and create with resourceNames are refused (OCM0004, OCM0002).")
                {
                    Fields =
                    [
                        new TenantField("apiGroups", FieldKind.StringList, "API groups (\"\" is the core group).") { Default = RbacRule.DefaultApiGroups },
                        new TenantField("resources", FieldKind.StringList, "Resources.") { MinItems = 1, Required = true },
                        new TenantField("verbs", FieldKind.StringList, "Verbs.") { MinItems = 1, Required = true },
                        new TenantField("resourceNames", FieldKind.StringList, "Optional object names the rule is limited to."),
                    ],
                }),
            Map("quota", "The namespace's ResourceQuota.", false,
                Quantity("cpu", "CPU requests in total.", Quota.Cpu),
                Quantity("memory", "Memory requests in total.", Quota.Memory),
                Int("pods", "Pods at most.", 1, 10000, Quota.Pods, t => t.Quota.Pods)),
            Map("storage", "Optional: a ReadWriteMany claim mounted at /data in every controller replica; without it no volume.", false,
                Quantity("size", "Claim size.", new StorageSettings().Size),
                DnsName("storageClassName", "StorageClass offering ReadWriteMany; default the cluster's.")),
            Map("sops", "Extra SOPS recipients for this tenant's secrets.", false,
                new TenantField("pgp", FieldKind.StringList, "PGP fingerprints (40 hex characters).") { Pattern = ValuePatterns.PgpFingerprint, Value = t => t.Sops.Pgp, Hint = "a PGP fingerprint is 40 hexadecimal characters" },
                new TenantField("age", FieldKind.StringList, "age recipients (age1...).") { Pattern = ValuePatterns.AgeRecipient, Value = t => t.Sops.Age, Hint = "an age recipient is 'age1' followed by 58 bech32 characters" }),
            Map("network", "Egress allow-lists of the controller and the per-user pods.", false,
                Cidrs("apiServerCIDRs", "The Kubernetes API server.", Network.ApiServerCidrs, t => t.Network.ApiServerCidrs),
                Cidrs("oidcCIDRs", "The OIDC issuer.", Network.OidcCidrs, t => t.Network.OidcCidrs),
                Cidrs("llmCIDRs", "The LLM gateway.", Network.LlmCidrs, t => t.Network.LlmCidrs),
                Bool("cilium", "Add CiliumNetworkPolicies that allow egress by name (toFQDNs: the per-user pods the LLM gateway's host, the controller the issuer's) and entity (kube-apiserver); the CIDR lists are then not used.", t => t.Network.Cilium),
                Bool("allowAnyEgress", "Acknowledge egress to 0.0.0.0/0 (the CIDR defaults without cilium); without it that is an OCM0012 finding. Changes no object.", t => t.Network.AllowAnyEgress)),
            new TenantField("imagePullSecrets", FieldKind.StringList, "Secrets for a private registry, used by the controller and the per-user pods.") { Pattern = ValuePatterns.DnsName }));

    /// <summary>Every field with its dotted path (list items under the list's own path), parents before children.</summary>
    public static IReadOnlyList<(string Path, TenantField Field)> All { get; } = Walk(Root, "").ToList();

    private static readonly Dictionary<TenantField, string> Paths = All.ToDictionary<(string Path, TenantField Field), TenantField, string>(p => p.Field, p => p.Path, ReferenceEqualityComparer.Instance);

    private static IEnumerable<(string Path, TenantField Field)> Walk(TenantField f, string prefix)
    {
        foreach (var c in f.Fields)
        {
            var path = prefix.Length == 0 ? c.Name : prefix + "." + c.Name;
            yield return (path, c);
            foreach (var inner in Walk(c, path)) yield return inner;
        }
    }

    /// <summary>The field at a dotted path (<c>spec.oidc</c>); list items are the list's own field.</summary>
    public static TenantField At(string path) => path.Length == 0 ? Root : path.Split('.').Aggregate(Root, (f, name) => f[name]);

    /// <summary>The dotted path of a field of this table: what diagnostics name as their subject.</summary>
    public static string PathOf(TenantField field) => Paths[field];

    public static TenantField Metadata => Root["metadata"];
    public static TenantField Spec => Root["spec"];
}
