namespace OpenClaw.Manifests.Model;

/// <summary>The two images deployed for a tenant, both digest-pinned.</summary>
public sealed record TenantImages
{
    /// <summary>The workspace controller's image, pinned by digest (OCM0001).</summary>
    public required ImageReference Controller { get; init; }

    /// <summary>The identity-blind per-user runtime image.</summary>
    public required ImageReference Runtime { get; init; }
}
