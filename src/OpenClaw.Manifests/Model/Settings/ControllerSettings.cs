namespace OpenClaw.Manifests.Model;

/// <summary>The workspace controller Deployment.</summary>
public sealed record ControllerSettings
{
    /// <summary>Default controller resources.</summary>
    public static readonly ComputeResources DefaultResources = new("100m", "128Mi", "500m", "512Mi");

    /// <summary>Replica count (the range is the tenant format's, TenantFields).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Requests and limits.</summary>
    public ComputeResources Resources { get; init; } = DefaultResources;

    /// <summary>Extra environment variables.</summary>
    public IReadOnlyList<EnvVarSpec> ExtraEnv { get; init; } = [];
}
