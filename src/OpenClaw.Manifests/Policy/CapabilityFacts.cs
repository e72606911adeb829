// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// The capability facts behind OCM0005, from the Pod Security Standards' "restricted" profile
/// (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/check_capabilities_restricted.go):
/// containers must drop "ALL" and may add back only "NET_BIND_SERVICE". Both compare exactly, so
/// "net_bind_service" or "CAP_NET_BIND_SERVICE" is refused like any other added capability.
/// </summary>
internal static class CapabilityFacts
{
    /// <summary>What <c>capabilities.drop</c> must contain.</summary>
    public const string DropAll = "ALL";

    /// <summary>The one capability the restricted profile lets a container add.</summary>
    public const string AllowedToAdd = "NET_BIND_SERVICE";

    /// <summary>True when adding <paramref name="capability"/> leaves the restricted profile.</summary>
    public static bool IsForbiddenToAdd(string? capability) => capability != AllowedToAdd;
}
