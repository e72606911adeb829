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
    /// <summary>A key the reader knows only to refuse with a pointed message (e.g. <c>valueFrom</c>).</summary>
    Refused,
}

/// <summary>One field of the tenant format.</summary>
internal sealed record TenantField(string Name, FieldKind Kind, string Description)
{
    public bool Required { get; init; }
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

    /// <summary>The field names a mapping of this shape may have, in file order.</summary>
    public string[] Keys => Fields.Select(f => f.Name).ToArray();

    public TenantField this[string name] => Fields.Single(f => f.Name == name);
}

/// <summary>
/// The tenant format, field by field: the one definition that <see cref="TenantFileReader"/> takes its allowed keys,
/// required fields and ranges from and that tenant.schema.json is written from (<see cref="TenantSchema"/>).
/// A field added here and not read, or read and not listed, fails <c>TenantFieldsTests</c>.
/// </summary>
internal static class TenantFields
{
    private const string SecretNote = "Never the secret itself: a value that looks like a credential is an error (OCM0003).";

    private static TenantField Str(string name, string description, string? pattern, int? maxLength, bool required = false)
        => new(name, FieldKind.String, description) { Pattern = pattern, MaxLength = maxLength, Required = required };

    private static TenantField Int(string name, string description, int min, int max)
        => new(name, FieldKind.Integer, description) { Minimum = min, Maximum = max };

    private static TenantField Map(string name, string description, bool required, params TenantField[] fields)
        => new(name, FieldKind.Mapping, description) { Required = required, Fields = fields };

    private static TenantField Label(string name, string description, bool required = false, int maxLength = 63)
        => Str(name, description + " A DNS-1123 label.", ValuePatterns.DnsLabel, maxLength, required);

    private static TenantField DnsName(string name, string description, bool required = false)
        => Str(name, description + " A DNS-1123 subdomain.", ValuePatterns.DnsName, 253, required);

    private static TenantField Quantity(string name, string description)
        => Str(name, description + " A Kubernetes quantity greater than zero (e.g. 500m, 2, 512Mi).", ValuePatterns.Quantity, 32);

    private static TenantField Image(string name, string description)
        => Str(name, description + " Pinned by digest: repository[:tag]@sha256:<64 lowercase hex> (OCM0001); the tag is for readers only.",
            ValuePatterns.PinnedImage, ImageDigestRule.MaxLength, required: true);

    private static TenantField SecretRef(string name, string description, bool required)
        => Map(name, description + " A reference {name, key} to a key of a Secret in the tenant's namespace. " + SecretNote, required,
            DnsName("name", "Secret name.", required: true),
            Str("key", "Key inside the Secret.", ValuePatterns.SecretKey, 253, required: true));

    private static TenantField Resources() => Map("resources", "Requests and limits; each value left out keeps its default.", false,
        Map("requests", "What the scheduler reserves.", false, Quantity("cpu", "CPU request."), Quantity("memory", "Memory request.")),
        Map("limits", "The most the container may use.", false, Quantity("cpu", "CPU limit."), Quantity("memory", "Memory limit.")));

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

    private static TenantField Cidrs(string name, string description)
        => new(name, FieldKind.StringList, description + " Canonical CIDRs (10.0.0.0/8); default 0.0.0.0/0.") { Pattern = ValuePatterns.Cidr, MinItems = 1 };

    /// <summary>The whole file.</summary>
    public static TenantField Root { get; } = Map("", "An OpenClaw tenant (openclaw-manifests).", true,
        Str("apiVersion", "Always " + TenantFileReader.ApiVersion + ".", "^" + TenantFileReader.ApiVersion.Replace(".", "\\.", StringComparison.Ordinal) + "$", null, required: true),
        Str("kind", "Always " + TenantFileReader.Kind + ".", "^" + TenantFileReader.Kind + "$", null, required: true),
        Map("metadata", "The tenant's identity.", true,
            Label("name", $"Tenant name, unique across tenants, at most {Tenant.MaxNameLength} characters.", required: true, maxLength: Tenant.MaxNameLength),
            new TenantField("labels", FieldKind.StringMap, "Labels for the tenant's objects (single-line values)."),
            new TenantField("annotations", FieldKind.StringMap, "Annotations (free text).") { MultiLine = true }),
        Map("spec", "What the tenant gets.", true,
            Label("namespace", "The tenant's own namespace; default org-<name>. Never one shared by the cluster (OCM0007)."),
            DnsName("domain", "The tenant's domain; the ingress host defaults to openclaw.<domain>.", required: true),
            Map("oidc", "The OIDC client the controller signs users in with.", true,
                Str("issuerURL", "Issuer URL, https, e.g. https://keycloak.acme.example.org/realms/org-acme.", ValuePatterns.HttpsUrl, 2048, required: true),
                Str("clientId", "Client id; default openclaw.", ValuePatterns.ClientId, 253),
                SecretRef("clientSecret", "The client secret.", required: true),
                Str("internalIssuerURL", "Optional in-cluster issuer base on a cluster-local Service (http(s)://<service>.<namespace>.svc[.cluster.local][:port]/...).", ValuePatterns.ClusterServiceUrl, 2048),
                Int("internalIssuerTargetPort", "The issuer pods' port behind the Service port; only with internalIssuerURL.", 1, 65535)),
            Map("llm", "The LLM gateway.", true,
                Str("baseURL", "Gateway base URL, https, e.g. https://api.acme.example.org/v1.", ValuePatterns.HttpsUrl, 2048, required: true),
                SecretRef("apiKey", "The gateway API key.", required: true),
                Str("defaultModel", "Model name the gateway maps to a backing channel; default qwen3.6.", ValuePatterns.Model, 128)),
            Map("images", "The two images, pinned by digest.", true,
                Image("controller", "The controller image."),
                Image("runtime", "The per-user runtime image.")),
            Map("ingress", "The public entry point.", false,
                DnsName("host", "Public host; default openclaw.<domain>."),
                Str("className", "IngressClass name; default nginx.", ValuePatterns.ClassName, 253),
                Str("clusterIssuer", "cert-manager ClusterIssuer; default letsencrypt-prod.", ValuePatterns.ClassName, 253),
                Label("controllerNamespace", "Namespace of the ingress controller, the only source allowed in; default ingress-nginx.")),
            Map("controller", "The controller Deployment.", false,
                Int("replicas", "Replicas; default 1.", 1, 10),
                Resources(),
                ExtraEnv()),
            Map("runtime", "The per-user pods.", false,
                Resources(),
                Int("idleTimeoutMinutes", "Minutes of inactivity before a user's pod is reaped; default 30.", 1, 1440),
                ExtraEnv()),
            Map("rbac", "Extra permissions for the controller.", false,
                new TenantField("extraRules", FieldKind.MappingList, "Extra Role rules; wildcards and create with resourceNames are refused (OCM0004, OCM0002).")
                {
                    Fields =
                    [
                        new TenantField("apiGroups", FieldKind.StringList, "API groups; default [\"\"] (the core group)."),
                        new TenantField("resources", FieldKind.StringList, "Resources.") { MinItems = 1, Required = true },
                        new TenantField("verbs", FieldKind.StringList, "Verbs.") { MinItems = 1, Required = true },
                        new TenantField("resourceNames", FieldKind.StringList, "Optional object names the rule is limited to."),
                    ],
                }),
            Map("quota", "The namespace's ResourceQuota.", false,
                Quantity("cpu", "CPU requests in total; default 8."),
                Quantity("memory", "Memory requests in total; default 16Gi."),
                Int("pods", "Pods at most; default 50.", 1, 10000)),
            Map("storage", "Optional: a ReadWriteMany claim mounted at /data in every controller replica; without it no volume.", false,
                Quantity("size", "Claim size; default 10Gi."),
                DnsName("storageClassName", "StorageClass offering ReadWriteMany; default the cluster's.")),
            Map("sops", "Extra SOPS recipients for this tenant's secrets.", false,
                new TenantField("pgp", FieldKind.StringList, "PGP fingerprints (40 hex characters).") { Pattern = ValuePatterns.PgpFingerprint },
                new TenantField("age", FieldKind.StringList, "age recipients (age1...).") { Pattern = ValuePatterns.AgeRecipient }),
            Map("network", "Egress allow-lists of the controller and the per-user pods.", false,
                Cidrs("apiServerCIDRs", "The Kubernetes API server."),
                Cidrs("oidcCIDRs", "The OIDC issuer."),
                Cidrs("llmCIDRs", "The LLM gateway.")),
            new TenantField("imagePullSecrets", FieldKind.StringList, "Secrets for a private registry, used by the controller and the per-user pods.") { Pattern = ValuePatterns.DnsName }));

    /// <summary>The field at a dotted path (<c>spec.oidc</c>); list items are the list's own field.</summary>
    public static TenantField At(string path) => path.Length == 0 ? Root : path.Split('.').Aggregate(Root, (f, name) => f[name]);

    public static TenantField Metadata => Root["metadata"];
    public static TenantField Spec => Root["spec"];
}
