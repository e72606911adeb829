namespace OpenClaw.Manifests.Policy;

/// <summary>OCM0002 and OCM0004 on one RBAC rule, whatever type it came from.</summary>
public static class RbacRules
{
    private static readonly string[] NameBlindVerbs = ["create", "deletecollection"];

    /// <summary>Checks one rule; <paramref name="subject"/> names it in diagnostics.</summary>
    public static IEnumerable<Diagnostic> Check(string subject, IEnumerable<string>? apiGroups, IEnumerable<string>? resources, IEnumerable<string>? verbs, IEnumerable<string>? resourceNames)
    {
        var verbList = verbs?.ToList() ?? [];
        var names = resourceNames?.ToList() ?? [];
        var blind = verbList.Where(v => NameBlindVerbs.Contains(v, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0 && blind.Count > 0)
            yield return Diagnostic.Create(RuleCatalog.CreateWithResourceNames, subject, string.Join(", ", blind.Select(v => $"'{v}'")));
        var wild = new List<string>();
        if (apiGroups?.Contains("*") == true) wild.Add("apiGroups");
        // "*/scale" grants that subresource of every resource (the Kubernetes authorizer matches "*/<sub>");
        // "pods/*" matches nothing in Kubernetes but is refused as a wildcard meant for every subresource.
        if (resources?.Any(r => r == "*" || r.StartsWith("*/", StringComparison.Ordinal) || r.EndsWith("/*", StringComparison.Ordinal)) == true) wild.Add("resources");
        if (verbList.Contains("*")) wild.Add("verbs");
        if (names.Contains("*")) wild.Add("resourceNames");
        if (wild.Count > 0)
            yield return Diagnostic.Create(RuleCatalog.WildcardRbac, subject, string.Join(", ", wild));
    }
}
