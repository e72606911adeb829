namespace OpenClaw.Manifests.Analyzers;

/// <summary>
/// Descriptors built from the library's <see cref="RuleCatalog"/>, so that the compiler, the tenant-file
/// loader and the render-time checks show the same title, message and help link for one ID.
/// </summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor ImageNotPinned = Create(DiagnosticIds.ImageNotPinned, RuleCatalog.ImageNotPinned);
    public static readonly DiagnosticDescriptor CreateWithResourceNames = Create(DiagnosticIds.CreateWithResourceNames, RuleCatalog.CreateWithResourceNames);
    public static readonly DiagnosticDescriptor PlaintextSecret = Create(DiagnosticIds.PlaintextSecret, RuleCatalog.PlaintextSecret);
    public static readonly DiagnosticDescriptor WildcardRbac = Create(DiagnosticIds.WildcardRbac, RuleCatalog.WildcardRbac);
    public static readonly DiagnosticDescriptor PrivilegedContainer = Create(DiagnosticIds.PrivilegedContainer, RuleCatalog.PrivilegedContainer);
    public static readonly DiagnosticDescriptor HostAccess = Create(DiagnosticIds.HostAccess, RuleCatalog.HostAccess);

    // The ID is passed as a constant (release tracking reads it from here); the rest comes from the catalog.
    private static DiagnosticDescriptor Create(string id, RuleInfo rule) => new(
        id,
        rule.Title,
        rule.MessageFormat,
        rule.Category.ToString(),
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpLink);
}
