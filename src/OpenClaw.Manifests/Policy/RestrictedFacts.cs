namespace OpenClaw.Manifests.Policy;

/// <summary>
/// What OCM0005 says about a container that is not restricted, one reason per condition of the Pod Security
/// Standards' "restricted" profile. The render-time check and the admission policy's messages both use these words.
/// </summary>
internal static class RestrictedFacts
{
    public const string NoSecurityContext = "no securityContext";
    public const string Privileged = "privileged";
    public const string PrivilegeEscalation = "allowPrivilegeEscalation is not false";
    public const string WritableRoot = "readOnlyRootFilesystem is not true";
    public const string MayRunAsRoot = "runAsNonRoot is not true";
    public const string RootUid = "runs as UID 0";
    public const string KeepsCapabilities = "capabilities do not drop ALL";

    /// <summary>Followed by the forbidden capabilities the container adds.</summary>
    public const string AddsCapabilities = "adds capabilities ";

    public const string NoSeccomp = "seccomp profile is not RuntimeDefault";

    /// <summary>The seccomp profile types the restricted profile accepts (Unconfined, or none, is refused).</summary>
    public static readonly string[] SeccompTypes = ["RuntimeDefault", "Localhost"];
}
