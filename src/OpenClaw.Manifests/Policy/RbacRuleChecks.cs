namespace OpenClaw.Manifests.Policy;

/// <summary>OCM0002 and OCM0004 on one RBAC rule, whatever type it came from.</summary>
internal static class RbacRuleChecks
{
    /// <summary>Checks one rule; <paramref name="subject"/> names it in diagnostics.</summary>
    public static IEnumerable<Diagnostic> Check(string subject, IEnumerable<string>? apiGroups, IEnumerable<string>? resources, IEnumerable<string>? verbs, IEnumerable<string>? resourceNames)
    {
        var verbList = verbs?.ToList() ?? [];
        var names = resourceNames?.ToList() ?? [];
        var blind = verbList.Where(RbacFacts.IsNameBlindVerb).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count > 0 && blind.Count > 0)
            yield return Diagnostic.Create(RuleCatalog.CreateWithResourceNames, subject, string.Join(", ", blind.Select(v => $"'{v}'")));
        var wild = new[] { (RbacList.ApiGroups, apiGroups), (RbacList.Resources, resources), (RbacList.Verbs, verbList), (RbacList.ResourceNames, names) }
            .Where(l => l.Item2?.Any(v => RbacFacts.IsWildcard(l.Item1, v)) == true)
            .Select(l => RbacFacts.YamlName(l.Item1))
            .ToList();
        if (wild.Count > 0)
            yield return Diagnostic.Create(RuleCatalog.WildcardRbac, subject, string.Join(", ", wild));
    }
}
