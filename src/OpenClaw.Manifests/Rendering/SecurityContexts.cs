using k8s.Models;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Pod Security Admission "restricted" settings. They are set per container on purpose: Kubernetes
/// ignores readOnlyRootFilesystem, allowPrivilegeEscalation and capabilities at pod level (the
/// upstream chart put them there, where they had no effect).
/// </summary>
internal static class SecurityContexts
{
    public const long NonRootUid = 65532;

    public static V1PodSecurityContext Pod() => new()
    {
        RunAsNonRoot = true,
        RunAsUser = NonRootUid,
        RunAsGroup = NonRootUid,
        FsGroup = NonRootUid,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    public static V1SecurityContext Container() => new()
    {
        RunAsNonRoot = true,
        ReadOnlyRootFilesystem = true,
        AllowPrivilegeEscalation = false,
        Privileged = false,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };
}
