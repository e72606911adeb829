using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>
/// The RBAC rules at admission (OCM0002, OCM0004, OCM0008) on Roles and RoleBindings in tenant namespaces. Each
/// condition is written from <see cref="RbacFacts"/>, the definition the analyzers, the loader and the render-time
/// check (<c>RbacRuleChecks</c>, <c>ObjectPolicy</c>) ask. ClusterRoles and ClusterRoleBindings are cluster-scoped: a
/// namespaceSelector does not narrow a policy on them, so a policy there would judge every binding of the cluster;
/// the render-time check alone refuses them for tenants.
/// </summary>
internal static class RbacAdmission
{
    private const string RbacGroup = "rbac.authorization.k8s.io";

    private static readonly ResourceMatch[] Roles = [new(RbacGroup, "v1", "roles")];
    private static readonly ResourceMatch[] RoleBindings = [new(RbacGroup, "v1", "rolebindings")];

    private static readonly (string, string)[] RuleVariables = [("rules", "has(object.rules) ? object.rules : []")];
    private const string Rules = "variables.rules";

    // "Role 'name' rule on configmaps": the rule by what it is about, as CEL has no index in map().
    private const string RuleSubject = "\"Role '\" + object.metadata.name + \"' rule on \" + (has(r.resources) ? r.resources.join(\", \") : \"no resources\")";

    /// <summary>One condition on every rule of the Role: none <paramref name="violates"/> (over <c>r</c>); the message names each that does.</summary>
    private static Validation NoRule(RuleInfo rule, string violates, string message)
        => new($"{Rules}.all(r, !({violates}))", AdmissionRule.Each(rule, $"{Rules}.filter(r, {violates})", "r", RuleSubject + " + \": \" + " + message));

    public static AdmissionRule CreateWithResourceNames()
    {
        var rule = RuleCatalog.CreateWithResourceNames;
        var blind = Cel.List(RbacFacts.NameBlindVerbs);
        return new(rule, Roles, RuleVariables,
            [NoRule(rule, $"has(r.resourceNames) && size(r.resourceNames) > 0 && r.verbs.exists(v, v in {blind})",
                Cel.Format(rule, $"{blind}.filter(b, b in r.verbs).map(b, \"'\" + b + \"'\").join(\", \")"))],
            "every rule of a Role: when it has `resourceNames`, no verb of `RbacFacts.NameBlindVerbs` ("
            + string.Join(", ", RbacFacts.NameBlindVerbs.Select(v => "`" + v + "`")) + "), compared exactly as the authorizer does.");
    }

    /// <summary>The CEL test of one list value <c>v</c> against one wildcard form.</summary>
    private static string Form(RbacWildcard w) => w.Form switch
    {
        WildcardForm.Whole => "v == " + Cel.Quote(w.Text),
        WildcardForm.Prefix => "v.startsWith(" + Cel.Quote(w.Text) + ")",
        _ => "v.endsWith(" + Cel.Quote(w.Text) + ")",
    };

    public static AdmissionRule Wildcard()
    {
        var rule = RuleCatalog.WildcardRbac;
        // One test per list that has wildcard forms, in the order of RbacList (the order OCM0004's message names them).
        var lists = RbacFacts.Wildcards.GroupBy(w => w.List).OrderBy(g => g.Key)
            .Select(g => (Name: RbacFacts.YamlName(g.Key), Test: $"has(r.{RbacFacts.YamlName(g.Key)}) && r.{RbacFacts.YamlName(g.Key)}.exists(v, {string.Join(" || ", g.Select(Form))})"))
            .ToList();
        var named = string.Join(" + ", lists.Select(l => $"({l.Test} ? [{Cel.Quote(l.Name)}] : [])"));
        return new(rule, Roles, RuleVariables,
            [NoRule(rule, string.Join(" || ", lists.Select(l => "(" + l.Test + ")")), Cel.Format(rule, $"({named}).join(\", \")"))],
            "every rule of a Role for the wildcard forms of `RbacFacts.Wildcards`, as the authorizer expands them: "
            + string.Join("; ", RbacFacts.Wildcards.Select(w => $"`{w.Text}` {(w.Form == WildcardForm.Whole ? "as the whole entry" : w.Form == WildcardForm.Prefix ? "at the start" : "at the end")} of `{RbacFacts.YamlName(w.List)}`"))
            + ". `resourceNames` are compared exactly, so `*` there is no wildcard.");
    }

    public static AdmissionRule ClusterRoleBinding()
    {
        var rule = RuleCatalog.ClusterScopedRbac;
        return new(rule, RoleBindings, [],
            [new($"object.roleRef.kind == {Cel.Quote(RbacFacts.NamespacedRoleKind)}",
                "\"" + rule.Id + " RoleBinding '\" + object.metadata.name + \"' roleRef: \" + " + Cel.Format(rule, "object.roleRef.kind", "object.roleRef.name"))],
            $"that a RoleBinding's `roleRef.kind` is `{RbacFacts.NamespacedRoleKind}`: a RoleBinding to a ClusterRole grants the ClusterRole's rules in the tenant namespace.",
            "ClusterRoles and ClusterRoleBindings themselves: they are cluster-scoped, so the `openclaw.io/tenant` namespaceSelector "
            + "cannot narrow a policy on them and it would judge every binding of the cluster. Render time refuses them for tenants, and "
            + "creating them needs cluster-wide RBAC that tenants do not have.");
    }
}
