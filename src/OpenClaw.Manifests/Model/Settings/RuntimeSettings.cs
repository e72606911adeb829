namespace OpenClaw.Manifests.Model;

/// <summary>The per-user runtime pods the controller stamps out per session.</summary>
public sealed record RuntimeSettings
{
    /// <summary>Requests 250m CPU and 512Mi memory, limits 1 CPU and 2Gi: what each per-user pod gets when the tenant sets none.</summary>
    public static readonly ComputeResources DefaultResources = new("250m", "512Mi", "1", "2Gi");

    /// <summary>Requests and limits of each per-user pod.</summary>
    public ComputeResources Resources { get; init; } = DefaultResources;

    /// <summary>Minutes of inactivity before the controller reaps a per-user pod (the range is the tenant format's, TenantFields).</summary>
    public int IdleTimeoutMinutes { get; init; } = 30;

    /// <summary>Environment variables added to every per-user runtime pod after the ones the controller sets; secret values must be Secret references (OCM0003).</summary>
    public IReadOnlyList<EnvVarSpec> ExtraEnv { get; init; } = [];
}
