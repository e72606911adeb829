namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// A kind of change a reviewer must see first, because it can weaken a tenant's isolation. The IDs (OCM02xx, the
/// change-review range) are documented in docs/diff.md beside the policy rule each one guards.
/// </summary>
internal sealed record ChangeRule(string Id, string Title, string Related);

internal static class ChangeRules
{
    public static readonly ChangeRule Rbac = new("OCM0201", "RBAC permissions changed", "OCM0002, OCM0004, OCM0008");
    public static readonly ChangeRule Network = new("OCM0202", "NetworkPolicy allow-list changed", "OCM0009");
    public static readonly ChangeRule Image = new("OCM0203", "container image changed", "OCM0001");
    public static readonly ChangeRule SecurityContext = new("OCM0204", "securityContext or token mount changed", "OCM0005");
    public static readonly ChangeRule SecretReference = new("OCM0205", "Secret reference added, removed or retargeted", "OCM0003, OCM0007");
    public static readonly ChangeRule HostAccess = new("OCM0206", "host access changed", "OCM0006");
    public static readonly ChangeRule QuotaAndLimits = new("OCM0207", "quota or limits changed", "OCM0010");
    public static readonly ChangeRule Tenants = new("OCM0208", "tenant added or removed", "");

    public static readonly IReadOnlyList<ChangeRule> All = [Rbac, Network, Image, SecurityContext, SecretReference, HostAccess, QuotaAndLimits, Tenants];
}

/// <summary>Which way a security-relevant change moves a tenant's isolation.</summary>
internal enum Direction
{
    /// <summary>More access, fewer restrictions: needs the second look <c>--fail-on security</c> asks for.</summary>
    Widening,
    /// <summary>Neither wider nor narrower, but security-relevant (an image digest, a retargeted Secret).</summary>
    Neutral,
    /// <summary>Less access or more restrictions; shown, marked as tightening, and no reason to fail.</summary>
    Tightening,
}

/// <summary>One security-relevant change of one object, in words.</summary>
internal sealed record Finding(ChangeRule Rule, Direction Direction, string Message);
