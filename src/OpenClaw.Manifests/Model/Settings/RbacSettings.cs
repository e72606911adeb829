namespace OpenClaw.Manifests.Model;

/// <summary>Extra namespaced RBAC for the controller, on top of what it always needs.</summary>
public sealed record RbacSettings
{
    /// <summary>Extra rules appended to the controller's Role.</summary>
    public IReadOnlyList<RbacRule> ExtraRules { get; init; } = [];
}
