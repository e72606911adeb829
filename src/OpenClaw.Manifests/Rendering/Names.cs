namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Object names. Every tenant has its own namespace, so names are fixed and never derived from a Helm
/// release name: the chart and the direct render cannot disagree on them.
/// </summary>
public static class Names
{
    /// <summary>Application name used in labels.</summary>
    public const string App = "openclaw";
    /// <summary>Controller Deployment, Service, Role, RoleBinding, ServiceAccount.</summary>
    public const string Controller = "openclaw-controller";
    /// <summary>ServiceAccount of the per-user pods (no token mounted).</summary>
    public const string Runtime = "openclaw-runtime";
    /// <summary>ConfigMap holding the per-user pod template.</summary>
    public const string PodTemplate = "openclaw-pod-template";
    /// <summary>Key of the pod template inside the ConfigMap.</summary>
    public const string PodTemplateKey = "pod-template.json";
    /// <summary>Tenant-wide default-deny NetworkPolicy.</summary>
    public const string DefaultDeny = "default-deny-all";
    /// <summary>Ingress of the controller.</summary>
    public const string Ingress = "openclaw";
    /// <summary>TLS Secret that cert-manager issues for the ingress.</summary>
    public const string TlsSecret = "openclaw-tls";
    /// <summary>PersistentVolumeClaim for the tenant's working state.</summary>
    public const string Data = "openclaw-data";
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
    /// <summary>Per-user Secret name pattern; the controller substitutes the user's UUID at session start.</summary>
    public const string PerUserSecret = "newapi-key-${USER_UUID}";
    /// <summary>Chart name.</summary>
    public const string Chart = "bp-openclaw";
    /// <summary>Chart version (the upstream 0.2.0 chart's successor).</summary>
    public const string ChartVersion = "0.3.0";
}
