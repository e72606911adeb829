namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Object names. Every tenant has its own namespace, so names are fixed and never derived from a Helm
/// release name: the chart and the direct render cannot disagree on them.
/// </summary>
internal static class Names
{
    /// <summary>Application name used in labels.</summary>
    public const string App = "openclaw";
    /// <summary>Controller Deployment, Service, Role, RoleBinding, ServiceAccount.</summary>
    public const string Controller = "openclaw-controller";
    /// <summary>ServiceAccount of the per-user pods (no token mounted).</summary>
    public const string Runtime = "openclaw-runtime";
    /// <summary>ConfigMap holding the per-user pod template.</summary>
    public const string PodTemplate = "openclaw-pod-template";
    /// <summary>
    /// Key of the pod template inside the ConfigMap: the controller reads the file of this name from
    /// <see cref="PodTemplateMountPath"/> once, at start-up.
    /// </summary>
    public const string PodTemplateKey = "pod-template.yaml";
    /// <summary>Where the controller's Deployment mounts the pod-template ConfigMap (read-only).</summary>
    public const string PodTemplateMountPath = "/etc/openclaw";
    /// <summary>Annotation on the controller's pod template: a template change rolls the controller, which reads the file only at start-up.</summary>
    public const string PodTemplateChecksum = "checksum/pod-template";
    /// <summary>Tenant-wide default-deny NetworkPolicy.</summary>
    public const string DefaultDeny = "default-deny-all";
    /// <summary>NetworkPolicy letting the controller reach the in-cluster OIDC issuer, when the tenant names one.</summary>
    public const string InternalIssuerPolicy = "openclaw-controller-internal-issuer";
    /// <summary>NetworkPolicy of the controller's egress by CIDR (API server, OIDC provider), without Cilium.</summary>
    public const string ControllerEgressPolicy = "openclaw-controller-egress";
    /// <summary>NetworkPolicy of the per-user pods' egress by CIDR (LLM gateway), without Cilium.</summary>
    public const string RuntimeEgressPolicy = "openclaw-runtime-egress";
    /// <summary>NetworkPolicy admitting Prometheus to the controller's port, with a ServiceMonitor.</summary>
    public const string MetricsPolicy = "openclaw-controller-metrics";
    /// <summary>Ingress, or HTTPRoute, of the controller.</summary>
    public const string Ingress = "openclaw";
    /// <summary>The controller Service's port name, which the Ingress and the ServiceMonitor name.</summary>
    public const string ServicePortName = "http";
    /// <summary>The controller Service's port, which an HTTPRoute's backendRef names (a Gateway resolves it to the pod's).</summary>
    public const int ServicePort = 80;
    /// <summary>Where the controller serves Prometheus metrics, on <see cref="ControllerPort"/>.</summary>
    public const string MetricsPath = "/metrics";
    /// <summary>TLS Secret that cert-manager issues for the ingress.</summary>
    public const string TlsSecret = "openclaw-tls";
    /// <summary>PersistentVolumeClaim for the tenant's working state, when the tenant asks for one.</summary>
    public const string Data = "openclaw-data";
    /// <summary>The controller's volume (and mount) of <see cref="Data"/>.</summary>
    public const string DataVolume = "data";
    /// <summary>ResourceQuota and LimitRange.</summary>
    public const string Quota = "openclaw-quota";
    /// <summary>LimitRange.</summary>
    public const string Limits = "openclaw-limits";
    /// <summary>Label carrying the tenant name on every object.</summary>
    public const string TenantLabel = "openclaw.io/tenant";
    /// <summary>Port the controller listens on.</summary>
    public const int ControllerPort = 8080;
    /// <summary>Port the per-user runtime listens on.</summary>
    public const int RuntimePort = 8080;
    /// <summary>Placeholder the controller replaces, as text, by the user's OIDC <c>sub</c>.</summary>
    public const string UserUuid = "${USER_UUID}";
    /// <summary>Placeholder the controller replaces, as text, by the per-user Secret's name, <c>newapi-key-&lt;sub&gt;</c>.</summary>
    public const string PerUserSecret = "${SECRET_NAME}";
    /// <summary>The per-user pod's name: the controller polls <c>pods/openclaw-user-&lt;sub&gt;</c> after creating it.</summary>
    public const string PerUserPod = "openclaw-user-" + UserUuid;
    /// <summary>Label naming the pod's owner (the user's <c>sub</c>), as the upstream template sets it.</summary>
    public const string OwnerLabel = "catalyst.openova.io/openclaw-user";
    /// <summary>Label the controller's idle reaper selects per-user pods by, with <c>app.kubernetes.io/component</c>.</summary>
    public const string BlueprintLabel = "catalyst.openova.io/blueprint";
    /// <summary>Chart name.</summary>
    public const string Chart = "bp-openclaw";
    /// <summary>
    /// Chart version, the one place it is set. Bump it whenever the chart's content changes: the GitOps objects pin it,
    /// so a changed chart under an old version never reaches a cluster.
    /// </summary>
    public const string ChartVersion = "0.5.0";
}
