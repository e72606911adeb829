using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// One tenant (organisation): everything needed to deploy its isolated OpenClaw workspace controller
/// and per-user runtime pods into its own namespace. Required parts are value types that cannot hold
/// an unsafe state; everything else has a safe default.
/// </summary>
public sealed record Tenant
{
    /// <summary>Longest tenant name: leaves room for prefixes such as <c>org-</c> within a 63-character label.</summary>
    public const int MaxNameLength = 40;

    private readonly DnsLabel _name;

    /// <summary>The tenant's unique name, a DNS-1123 label of at most 40 characters.</summary>
    public required DnsLabel Name
    {
        get => _name;
        init
        {
            if (value.Value is null) throw new ModelValidationException(RuleCatalog.MissingField, "tenant name is required");
            if (value.Value.Length > MaxNameLength) throw new ModelValidationException(RuleCatalog.InvalidValue, $"tenant name '{value.Value}' is longer than {MaxNameLength} characters");
            _name = value;
        }
    }

    /// <summary>The tenant's namespace; defaults to <c>org-&lt;name&gt;</c>.</summary>
    public DnsLabel? Namespace { get; init; }

    /// <summary>The namespace everything of this tenant lives in.</summary>
    public string EffectiveNamespace => Namespace?.Value ?? "org-" + Name.Value;

    /// <summary>The tenant's DNS domain; the public host defaults to <c>openclaw.&lt;domain&gt;</c>.</summary>
    public required DnsName Domain { get; init; }

    /// <summary>The tenant's OIDC provider (its own realm).</summary>
    public required OidcSettings Oidc { get; init; }

    /// <summary>The tenant's OpenAI-compatible LLM gateway.</summary>
    public required LlmSettings Llm { get; init; }

    /// <summary>Digest-pinned controller and runtime images.</summary>
    public required TenantImages Images { get; init; }

    /// <summary>How the controller is reached from outside: an Ingress (the default) or a Gateway API HTTPRoute.</summary>
    public Exposure Exposure { get; init; } = Exposure.Ingress;

    /// <summary>The public host override, and with <see cref="Exposure.Ingress"/> the IngressClass, TLS issuer and ingress controller namespace.</summary>
    public IngressSettings Ingress { get; init; } = new();

    /// <summary>The platform Gateway the HTTPRoute attaches to, with <see cref="Exposure.HttpRoute"/>.</summary>
    public GatewaySettings Gateway { get; init; } = new();

    /// <summary>Prometheus scraping of the controller's metrics (off by default).</summary>
    public MonitoringSettings Monitoring { get; init; } = new();

    /// <summary>The controller Deployment's replicas, resources and extra environment.</summary>
    public ControllerSettings Controller { get; init; } = new();

    /// <summary>The per-user runtime pods' resources, idle timeout and extra environment.</summary>
    public RuntimeSettings Runtime { get; init; } = new();

    /// <summary>Extra RBAC for the controller.</summary>
    public RbacSettings Rbac { get; init; } = new();

    /// <summary>The ResourceQuota of the tenant namespace: total CPU, memory and pods.</summary>
    public QuotaSettings Quota { get; init; } = new();

    /// <summary>
    /// The tenant's own ReadWriteMany volume, mounted at <c>/data</c> in every controller replica; null (the default)
    /// renders none. The controller keeps no state on disk, so this exists only for platforms that ask for it.
    /// </summary>
    public StorageSettings? Storage { get; init; }

    /// <summary>Secrets (in the tenant namespace) the kubelet uses to pull the controller and runtime images from a private registry.</summary>
    public IReadOnlyList<DnsName> ImagePullSecrets { get; init; } = [];

    /// <summary>SOPS recipients allowed to decrypt this tenant's secrets.</summary>
    public SopsSettings Sops { get; init; } = new();

    /// <summary>The tenant's egress: CIDR allow-lists (API server, OIDC provider, LLM gateway), or Cilium's egress by name.</summary>
    public NetworkSettings Network { get; init; } = new();

    /// <summary>The public host: the ingress override, else <c>openclaw.&lt;domain&gt;</c>.</summary>
    public string EffectiveHost => Ingress.Host?.Value ?? "openclaw." + Domain.Value;

    /// <summary>
    /// The namespace whose pods forward public traffic to the controller: the Gateway's with <see cref="Exposure.HttpRoute"/>,
    /// else the ingress controller's. The controller's NetworkPolicy admits it, and OCM0007 allows it to be named.
    /// </summary>
    public string FrontDoorNamespace => Exposure == Exposure.HttpRoute ? Gateway.Namespace.Value : Ingress.ControllerNamespace.Value;
}
