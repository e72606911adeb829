using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>
/// Every value of the bp-openclaw chart, in values.yaml order. values.yaml, values.schema.json, the
/// README table, the value helpers in _helpers.tpl, the template bindings and the per-tenant overlays
/// are all generated from this one table, so none of them can drift from the others.
/// Defaults come from the model's own defaults wherever the model has one.
/// </summary>
internal static class ValueCatalog
{
    /// <summary>The message fragment every placeholder refusal shows.</summary>
    public const string PlaceholderConvention = "values containing REPLACE_ME, <angle-bracketed text> or the reserved domain example.invalid";

    /// <summary>Every value and group, parents before children.</summary>
    public static IReadOnlyList<ChartValue> All { get; } = Build();

    /// <summary>The leaves (everything but groups).</summary>
    public static IEnumerable<ChartValue> Leaves => All.Where(v => v.Kind != ValueKind.Group);

    /// <summary>True for the repository, tag and digest of an image (printed only as one reference).</summary>
    public static bool IsImagePart(ChartValue value)
        => All.Any(i => i.Kind == ValueKind.Image && value.Path.StartsWith(i.Path + ".", StringComparison.Ordinal));

    /// <summary>Looks a value up by path.</summary>
    public static ChartValue Get(string path) => All.Single(v => v.Path == path);

    private static List<ChartValue> Build()
    {
        return
        [
            Group("tenant", "The tenant this release deploys; every object carries its name and lives in its namespace."),
            Str("tenant.name", "", "Tenant name (DNS-1123 label, at most 40 characters): the app.kubernetes.io/instance and openclaw.io/tenant labels and TENANT_NAME.", t => t.Name.Value, required: true, like: "metadata.name", format: "DNS label"),
            Str("tenant.namespace", "", "The tenant's own namespace; the chart creates it (Pod Security \"restricted\") and puts every object in it. Install the release with the same -n.", t => t.EffectiveNamespace, required: true, like: "spec.namespace", format: "DNS label"),

            StrLike("exposure", "How the controller is reached: ingress (the Ingress below) or httpRoute (an HTTPRoute on the platform's Gateway, gateway.*, which terminates TLS).", t => ExposureNames.Of(t.Exposure), like: "spec.exposure", required: true) with { Switch = true },

            Group("ingress", "Public ingress of the controller, with a cert-manager certificate (exposure: ingress). ingress.host is the public host either way."),
            Bool("ingress.enabled", true, "Render the Ingress. Off only when something else exposes the controller."),
            Str("ingress.host", "", "Public host, usually openclaw.<tenant domain>.", t => t.EffectiveHost, required: true, like: "spec.ingress.host", format: "DNS name"),
            StrLike("ingress.className", "IngressClass name.", t => t.Ingress.ClassName, like: "spec.ingress.className"),
            Bool("ingress.tls", true, "Terminate TLS with the certificate cert-manager issues into Secret openclaw-tls."),
            StrLike("ingress.clusterIssuer", "cert-manager ClusterIssuer that issues the TLS certificate (used when ingress.tls is true).", t => t.Ingress.ClusterIssuer, like: "spec.ingress.clusterIssuer"),
            StrLike("ingress.controllerNamespace", "Namespace of the ingress controller: the only source allowed to reach the controller pods.", t => t.Ingress.ControllerNamespace.Value, like: "spec.ingress.controllerNamespace", format: "DNS label"),
            new() { Path = "ingress.annotations", Kind = ValueKind.StringMap, Default = new JsonObject(), Description = "Extra Ingress annotations (the cert-manager issuer annotation is added when ingress.tls is true)." },

            Group("gateway", "The platform's Gateway API Gateway the HTTPRoute attaches to (exposure: httpRoute). Its listener must allow routes from the tenant namespace."),
            StrLike("gateway.name", "Gateway name.", t => t.Gateway.Name.Value, like: "spec.gateway.name", required: true, format: "DNS name"),
            StrLike("gateway.namespace", "Gateway namespace: the only source allowed to reach the controller pods with exposure httpRoute.", t => t.Gateway.Namespace.Value, like: "spec.gateway.namespace", required: true, format: "DNS label"),
            Str("gateway.sectionName", "", "The listener to attach to; empty means every listener that allows the route.", t => t.Gateway.SectionName?.Value ?? "", like: "spec.gateway.sectionName", format: "DNS label"),

            Group("oidc", "The tenant's OIDC client (its own Keycloak realm). Canonical since bp-openclaw 0.2.0."),
            Str("oidc.issuerURL", "", "Issuer URL, e.g. https://keycloak.acme.example.org/realms/org-acme. Falls back to keycloak.realmURL when empty.", t => t.Oidc.IssuerUrl.Value, required: true, like: "spec.oidc.issuerURL", format: "https URL", legacy: "keycloak.realmURL"),
            Str("oidc.clientId", "", $"Client id. Empty means keycloak.clientID, else \"{OidcSettings.DefaultClientId}\".", t => t.Oidc.ClientId, like: "spec.oidc.clientId", legacy: "keycloak.clientID", emptyMeans: OidcSettings.DefaultClientId),
            Group("oidc.clientSecret", "Where the client secret lives: a key of a Secret in the tenant namespace (secretKeyRef; never a value)."),
            Str("oidc.clientSecret.name", "", "Secret name. Falls back to keycloak.clientSecretName when empty.", t => t.Oidc.ClientSecret.Name, required: true, like: "spec.oidc.clientSecret.name", format: "DNS name", legacy: "keycloak.clientSecretName"),
            Str("oidc.clientSecret.key", "OIDC_CLIENT_SECRET", "Key inside the Secret.", t => t.Oidc.ClientSecret.Key, required: true, like: "spec.oidc.clientSecret.key"),
            Str("oidc.internalIssuerURL", "", "Optional in-cluster issuer base on a cluster-local Service (http://<service>.<namespace>.svc[.cluster.local][:port]/realms/<realm>; plain http only there). Controllers that read OIDC_INTERNAL_ISSUER_URL then fetch the JWKS from <base>/protocol/openid-connect/certs without discovery; tokens' iss is still checked against oidc.issuerURL. Adds an egress NetworkPolicy to that Service's namespace.", t => t.Oidc.InternalIssuerUrl?.Value ?? "", like: "spec.oidc.internalIssuerURL", format: "cluster-local http(s) URL"),
            Int("oidc.internalIssuerTargetPort", "The issuer pods' port behind oidc.internalIssuerURL's Service port (the Service's targetPort, e.g. 8080 behind 80): NetworkPolicies match the pod's port. 0 means the URL's port.", t => t.Oidc.InternalIssuerTargetPort ?? 0, like: "spec.oidc.internalIssuerTargetPort", min: 0),

            Group("llm", "The tenant's own OpenAI-compatible LLM gateway (its NewAPI; never a shared one). Canonical since bp-openclaw 0.2.0."),
            Str("llm.baseURL", "", "Base URL, e.g. https://api.acme.example.org/v1. Falls back to newapi.baseURL when empty.", t => t.Llm.BaseUrl.Value, required: true, like: "spec.llm.baseURL", format: "https URL", legacy: "newapi.baseURL"),
            Group("llm.apiKey", "Where the controller's gateway API key lives (secretKeyRef; never a value)."),
            Str("llm.apiKey.name", "", "Secret name.", t => t.Llm.ApiKey.Name, required: true, like: "spec.llm.apiKey.name", format: "DNS name"),
            Str("llm.apiKey.key", "NEWAPI_KEY", "Key inside the Secret.", t => t.Llm.ApiKey.Key, required: true, like: "spec.llm.apiKey.key"),
            StrLike("llm.defaultModel", "Model name the gateway maps to a backing channel (LLM_DEFAULT_MODEL).", t => t.Llm.DefaultModel, like: "spec.llm.defaultModel", required: true),

            Group("keycloak", "Legacy (bp-openclaw < 0.2.0) OIDC settings, read only where the oidc.* value is empty. Prefer oidc.*."),
            Str("keycloak.realmURL", "", "Legacy alias of oidc.issuerURL.", null, like: "spec.oidc.issuerURL", format: "https URL"),
            Str("keycloak.clientID", "", "Legacy alias of oidc.clientId.", null, like: "spec.oidc.clientId"),
            Str("keycloak.clientSecretName", "", "Legacy alias of oidc.clientSecret.name.", null, like: "spec.oidc.clientSecret.name", format: "DNS name"),
            Group("newapi", "Legacy (bp-openclaw < 0.2.0) LLM settings, read only where the llm.* value is empty. Prefer llm.*."),
            Str("newapi.baseURL", "", "Legacy alias of llm.baseURL.", null, like: "spec.llm.baseURL", format: "https URL"),

            Group("controller", "The workspace controller Deployment."),
            Int("controller.replicas", "Replica count. The controller keeps no state on disk and the optional data volume is ReadWriteMany, so replicas roll and schedule freely.", t => t.Controller.Replicas, like: "spec.controller.replicas"),
            ..Image("controller.image", "Controller image, pinned by digest.", t => t.Images.Controller),
            ..Resources("controller", "controller", t => t.Controller.Resources),
            Group("controller.probes", "HTTP probes: readiness on /readyz (the API server and the issuer's JWKS are reachable), liveness on /healthz."),
            ..Probe("readiness", 5),
            ..Probe("liveness", 15),
            new() { Path = "controller.extraEnv", Kind = ValueKind.EnvList, Default = new JsonArray(), Description = "Extra environment variables: {name, value} for plain values or {name, secretKeyRef: {name, key}} for secrets. Names the chart sets itself (OIDC_*, LLM_*, OPENAI_*, ...) are refused.", FromTenant = t => EnvList(t.Controller.ExtraEnv) },

            Group("perUserPod", "The identity-blind per-user runtime pod the controller stamps out per session (block YAML in ConfigMap openclaw-pod-template, mounted at /etc/openclaw/pod-template.yaml)."),
            ..Image("perUserPod.image", "Runtime image, pinned by digest.", t => t.Images.Runtime),
            ..Resources("perUserPod", "runtime", t => t.Runtime.Resources),
            Int("perUserPod.idleTimeoutMinutes", "Minutes of inactivity before the controller reaps a per-user pod (IDLE_TIMEOUT_MINUTES of the controller).", t => t.Runtime.IdleTimeoutMinutes, like: "spec.runtime.idleTimeoutMinutes"),
            new() { Path = "perUserPod.extraEnv", Kind = ValueKind.EnvList, Default = new JsonArray(), Description = "Extra environment variables of the per-user pod, same shape as controller.extraEnv.", FromTenant = t => EnvList(t.Runtime.ExtraEnv) },

            new() { Path = "imagePullSecrets", Kind = ValueKind.NameList, Default = new JsonArray(), Description = "Secrets in the tenant namespace for pulling the controller and runtime images from a private registry: [{name: regcred}], as in bp-openclaw 0.2.x. Used by the controller and by every per-user pod.", FromTenant = t => NameList(t.ImagePullSecrets.Select(n => n.Value)) },

            Group("rbac", "Extra namespaced RBAC for the controller (never cluster-wide)."),
            new() { Path = "rbac.extraRules", Kind = ValueKind.RuleList, Default = new JsonArray(), Description = "Extra Role rules: {apiGroups, resources, verbs, resourceNames?}. create and deletecollection never take resourceNames (OCM0002).", FromTenant = t => RuleList(t.Rbac.ExtraRules) },

            Group("serviceAccount", "The controller's ServiceAccount (openclaw-controller)."),
            new() { Path = "serviceAccount.annotations", Kind = ValueKind.StringMap, Default = new JsonObject(), Description = "Annotations, e.g. for workload identity." },

            Group("networkPolicy", "Egress allow-lists. NetworkPolicies cannot match DNS names, so narrow these CIDRs per cluster, or let Cilium allow egress by name."),
            Cidrs("networkPolicy.apiServerCIDRs", "Kubernetes API server endpoints (ports 443 and 6443), for the controller.", t => t.Network.ApiServerCidrs, "spec.network.apiServerCIDRs"),
            Cidrs("networkPolicy.oidcCIDRs", "The tenant's OIDC provider (its URL's port, 443 unless given), for the controller.", t => t.Network.OidcCidrs, "spec.network.oidcCIDRs"),
            Cidrs("networkPolicy.llmCIDRs", "The tenant's LLM gateway (its URL's port, 443 unless given), for the per-user pods (the controller calls no LLM).", t => t.Network.LlmCidrs, "spec.network.llmCIDRs"),
            BoolLike("networkPolicy.cilium", "Add CiliumNetworkPolicies (cilium.io/v2) that allow egress by name: the per-user pods only to the LLM gateway's host on 443, the controller to the issuer's host, the API server (entity kube-apiserver) and the per-user pods; DNS through Cilium's DNS proxy. The CIDR lists above are then not used.", t => t.Network.Cilium, "spec.network.cilium"),

            Group("monitoring", "Prometheus scraping of the controller's /metrics (off by default, as upstream keeps it)."),
            BoolLike("monitoring.serviceMonitor", "Add a ServiceMonitor (monitoring.coreos.com/v1) for the controller Service's http port, path /metrics, and a NetworkPolicy admitting monitoring.prometheusNamespace to the controller's port only.", t => t.Monitoring.ServiceMonitor, "spec.monitoring.serviceMonitor"),
            StrLike("monitoring.prometheusNamespace", "The namespace Prometheus scrapes from.", t => t.Monitoring.PrometheusNamespace.Value, like: "spec.monitoring.prometheusNamespace", required: true, format: "DNS label"),

            Group("quota", "The ResourceQuota fencing the tenant namespace."),
            Qty("quota.cpu", "CPU requests and limits of the whole namespace.", t => t.Quota.Cpu, "spec.quota.cpu"),
            Qty("quota.memory", "Memory requests and limits of the whole namespace.", t => t.Quota.Memory, "spec.quota.memory"),
            Int("quota.pods", "Most pods at once.", t => t.Quota.Pods, like: "spec.quota.pods"),

            Group("storage", "The tenant's own ReadWriteMany PersistentVolumeClaim (openclaw-data), mounted at /data in every controller replica; never shared. Off by default: the controller keeps no state on disk."),
            Bool("storage.enabled", false, "Render the claim and mount it. Without it the namespace's quota allows no claim at all.", t => t.Storage is not null),
            Qty("storage.size", "Requested size (also the namespace's storage quota).", t => t.Storage?.Size ?? new StorageSettings().Size, "spec.storage.size"),
            Str("storage.storageClassName", "", "StorageClass (it must offer ReadWriteMany); empty means the cluster default.", t => t.Storage?.StorageClassName?.Value ?? "", like: "spec.storage.storageClassName", format: "DNS name"),

            Bool("assertNoPlaceholders", true, "Refuse to render while any value still holds a placeholder: " + PlaceholderConvention + "."),
        ];
    }

    private static ChartValue Group(string path, string description) => new() { Path = path, Kind = ValueKind.Group, Description = description };

    // A value that mirrors a tenant field ("like"): its pattern, length and range come from the tenant format's one
    // definition (TenantFields), its default from the model's.
    private static ChartValue StrLike(string path, string description, Func<Tenant, string>? fromTenant, string like, bool required = false, string? format = null)
        => Str(path, (string)TenantFields.At(like).Default!, description, fromTenant, required, format: format, like: like);

    private static ChartValue Str(string path, string @default, string description, Func<Tenant, string>? fromTenant,
        bool required = false, string? pattern = null, string? format = null, int? maxLength = null, string? legacy = null, string? emptyMeans = null, string? like = null)
    {
        var field = like is null ? null : TenantFields.At(like);
        return new()
        {
            Path = path,
            Kind = ValueKind.String,
            Default = JsonValue.Create(@default),
            Description = description,
            FromTenant = fromTenant is null ? null : t => JsonValue.Create(fromTenant(t)),
            Required = required,
            Pattern = pattern ?? field?.Pattern,
            Format = format,
            MaxLength = maxLength ?? field?.MaxLength,
            Legacy = legacy,
            EmptyMeans = emptyMeans,
        };
    }

    private static ChartValue Int(string path, string description, Func<Tenant, int> fromTenant, string like, int? min = null)
    {
        var field = TenantFields.At(like);
        // A field without a default (the issuer's target port) is 0 in the chart: "not set".
        return Int(path, (int?)field.Default ?? 0, description, fromTenant, min ?? field.Minimum!.Value, field.Maximum!.Value);
    }

    private static ChartValue Int(string path, int @default, string description, Func<Tenant, int>? fromTenant, int min, int max) => new()
    {
        Path = path,
        Kind = ValueKind.Integer,
        Default = JsonValue.Create(@default),
        Description = description,
        FromTenant = fromTenant is null ? null : t => JsonValue.Create(fromTenant(t)),
        Required = true,
        Minimum = min,
        Maximum = max,
    };

    private static ChartValue Bool(string path, bool @default, string description, Func<Tenant, bool>? fromTenant = null) => new()
    {
        Path = path,
        Kind = ValueKind.Boolean,
        Default = JsonValue.Create(@default),
        Description = description,
        FromTenant = fromTenant is null ? null : t => JsonValue.Create(fromTenant(t)),
    };

    // A switch mirroring a tenant field: its default is the tenant format's.
    private static ChartValue BoolLike(string path, string description, Func<Tenant, bool> fromTenant, string like)
        => Bool(path, (bool)TenantFields.At(like).Default!, description, fromTenant);

    private static ChartValue Qty(string path, string description, Func<Tenant, string> fromTenant, string like)
        => Str(path, (string)TenantFields.At(like).Default!, description + " A Kubernetes quantity.", t => Canonical(fromTenant(t)), required: true, format: "quantity", like: like);

    private static ChartValue Cidrs(string path, string description, Func<Tenant, IReadOnlyList<string>> fromTenant, string like)
    {
        var field = TenantFields.At(like);
        return new()
        {
            Path = path,
            Kind = ValueKind.StringList,
            Default = Strings((IReadOnlyList<string>)field.Default!),
            Description = description + " At least one CIDR; 0.0.0.0/0 allows any address.",
            FromTenant = t => Strings(fromTenant(t)),
            Pattern = field.Pattern,
            Format = "CIDR",
            Minimum = field.MinItems,
        };
    }

    private static IEnumerable<ChartValue> Image(string path, string description, Func<Tenant, ImageReference> fromTenant) =>
    [
        new() { Path = path, Kind = ValueKind.Image, Description = description + " The chart refuses a tag without a digest (OCM0001)." },
        Str(path + ".repository", "", "Registry and repository.", t => fromTenant(t).Repository, required: true, pattern: ValuePatterns.Repository, maxLength: 255),
        Str(path + ".tag", "", "Optional tag, for readability only: the digest decides what runs.", t => fromTenant(t).Tag ?? "", pattern: ValuePatterns.Tag, maxLength: 128),
        Str(path + ".digest", "", "sha256 digest: sha256: followed by 64 lowercase hex characters (the bare 64 hex characters are accepted too).", t => "sha256:" + fromTenant(t).Digest, required: true, pattern: ValuePatterns.Digest, format: "sha256 digest"),
    ];

    private static IEnumerable<ChartValue> Resources(string owner, string tenantOwner, Func<Tenant, ComputeResources> fromTenant) =>
    [
        Group(owner + ".resources", "Requests and limits; all four are always set."),
        Group(owner + ".resources.requests", "Requests."),
        Qty(owner + ".resources.requests.cpu", "CPU request.", t => fromTenant(t).CpuRequest, $"spec.{tenantOwner}.resources.requests.cpu"),
        Qty(owner + ".resources.requests.memory", "Memory request.", t => fromTenant(t).MemoryRequest, $"spec.{tenantOwner}.resources.requests.memory"),
        Group(owner + ".resources.limits", "Limits."),
        Qty(owner + ".resources.limits.cpu", "CPU limit.", t => fromTenant(t).CpuLimit, $"spec.{tenantOwner}.resources.limits.cpu"),
        Qty(owner + ".resources.limits.memory", "Memory limit.", t => fromTenant(t).MemoryLimit, $"spec.{tenantOwner}.resources.limits.memory"),
    ];

    // Probe timings are chart-only knobs: the model fixes them, the defaults here equal the renderer's and
    // the parity test fails the moment either side changes alone.
    private static IEnumerable<ChartValue> Probe(string which, int initialDelay) =>
    [
        Group($"controller.probes.{which}", $"The {which} probe."),
        Int($"controller.probes.{which}.initialDelaySeconds", initialDelay, "Seconds before the first probe.", null, 0, 3600),
        Int($"controller.probes.{which}.periodSeconds", 10, "Seconds between probes.", null, 1, 3600),
        Int($"controller.probes.{which}.timeoutSeconds", 3, "Seconds before a probe times out.", null, 1, 3600),
        Int($"controller.probes.{which}.failureThreshold", 3, "Failures before the probe gives up.", null, 1, 100),
    ];

    /// <summary>A quantity as Kubernetes (and so the direct renderer) writes it: <c>1000m</c> becomes <c>1</c>.</summary>
    public static string Canonical(string quantity) => KubernetesJson.Serialize(new ResourceQuantity(quantity)).Trim('"');

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());

    private static JsonArray EnvList(IEnumerable<EnvVarSpec> env) => new(env.Select(e => (JsonNode?)(e.SecretKeyRef is { } s
        ? new JsonObject { ["name"] = e.Name, ["secretKeyRef"] = new JsonObject { ["name"] = s.Name, ["key"] = s.Key } }
        : new JsonObject { ["name"] = e.Name, ["value"] = e.Value ?? "" })).ToArray());

    private static JsonArray NameList(IEnumerable<string> names) => new(names.Select(n => (JsonNode?)new JsonObject { ["name"] = n }).ToArray());

    private static JsonArray RuleList(IEnumerable<RbacRule> rules) => new(rules.Select(r =>
    {
        var o = new JsonObject { ["apiGroups"] = Strings(r.ApiGroups), ["resources"] = Strings(r.Resources), ["verbs"] = Strings(r.Verbs) };
        if (r.ResourceNames.Count > 0) o["resourceNames"] = Strings(r.ResourceNames);
        return (JsonNode?)o;
    }).ToArray());
}
