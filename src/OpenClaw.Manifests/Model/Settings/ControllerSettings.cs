namespace OpenClaw.Manifests.Model;

/// <summary>The tenant's workspace controller Deployment: replicas, resources and extra environment.</summary>
public sealed record ControllerSettings
{
    /// <summary>Requests 100m CPU and 128Mi memory, limits 500m and 512Mi: what a tenant file that sets none gets.</summary>
    public static readonly ComputeResources DefaultResources = new("100m", "128Mi", "500m", "512Mi");

    /// <summary>Replica count (the range is the tenant format's, TenantFields).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>The controller container's requests and limits.</summary>
    public ComputeResources Resources { get; init; } = DefaultResources;

    /// <summary>Environment variables added to the controller container after the ones the library sets; secret values must be Secret references (OCM0003).</summary>
    public IReadOnlyList<EnvVarSpec> ExtraEnv { get; init; } = [];
}
