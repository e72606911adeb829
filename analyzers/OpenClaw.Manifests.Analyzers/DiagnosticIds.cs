namespace OpenClaw.Manifests.Analyzers;

/// <summary>
/// The rule IDs the analyzers report. They repeat <c>RuleCatalog</c>'s IDs as constants because the
/// release-tracking analyzers (RS2000 series) only read constant IDs; a test keeps both in step.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Image not pinned by sha256 digest.</summary>
    public const string ImageNotPinned = "OCM0001";

    /// <summary>RBAC rule with create or deletecollection and resourceNames.</summary>
    public const string CreateWithResourceNames = "OCM0002";

    /// <summary>Plaintext secret.</summary>
    public const string PlaintextSecret = "OCM0003";

    /// <summary>Wildcard in an RBAC rule.</summary>
    public const string WildcardRbac = "OCM0004";

    /// <summary>Privileged or unrestricted container.</summary>
    public const string PrivilegedContainer = "OCM0005";

    /// <summary>Host namespaces, hostPath volumes, container-runtime sockets.</summary>
    public const string HostAccess = "OCM0006";
}
