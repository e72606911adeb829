using System.Text.Json.Nodes;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// OCM0201: what a Role or ClusterRole allows, before and after, as the authorizer reads it (one permission per
/// apiGroup, resource, verb and name; no resourceNames means every name; wildcards as in <see cref="RbacFacts"/>).
/// So a reviewer reads "gained pods/exec create", not which rule index moved, and a rule split in two reads as
/// nothing gained. Bindings: subjects added or removed, roleRef retargeted.
/// </summary>
internal static class RbacChanges
{
    private const string AnyName = "";
    // Non-resource URLs (ClusterRoles only) have no group: the URL takes the resource's place.
    private const string Url = "(url)";

    private sealed record Permission(string Group, string Resource, string Verb, string Name)
    {
        public bool Covers(Permission p) => (Group == Url) == (p.Group == Url) && Matches(RbacList.Verbs, Verb, p.Verb) &&
            (Group == Url
                ? Matches(RbacList.NonResourceUrls, Resource, p.Resource)
                : Matches(RbacList.ApiGroups, Group, p.Group) && Matches(RbacList.Resources, Resource, p.Resource) && (Name == AnyName || Name == p.Name));
    }

    public static void Check(ObjectReview review)
    {
        switch (review.Id.Kind)
        {
            case "Role" or "ClusterRole":
                CheckRole(review);
                break;
            case "RoleBinding" or "ClusterRoleBinding":
                CheckBinding(review);
                break;
        }
    }

    private static void CheckRole(ObjectReview review)
    {
        var before = Permissions(review.Old);
        var after = Permissions(review.New);
        var gained = after.Where(p => !before.Any(o => o.Covers(p))).ToList();
        var lost = before.Where(p => !after.Any(n => n.Covers(p))).ToList();
        var findings = new List<Finding>();
        if (gained.Count > 0) findings.Add(new Finding(ChangeRules.Rbac, Direction.Widening, $"gained {Describe(gained)}"));
        if (lost.Count > 0) findings.Add(new Finding(ChangeRules.Rbac, Direction.Tightening, $"lost {Describe(lost)}"));
        review.Add(findings, review.Leaves.Where(l => l.Path.StartsWith("rules")).Select(l => l.Path));
    }

    private static List<Permission> Permissions(JsonObject? role)
    {
        var result = new List<Permission>();
        if (role?["rules"] is not JsonArray rules) return result;
        foreach (var rule in rules)
        {
            var names = ObjectReview.Strings(rule?["resourceNames"]);
            if (names.Count == 0) names = [AnyName];
            var groups = ObjectReview.Strings(rule?["apiGroups"]);
            var resources = ObjectReview.Strings(rule?["resources"]);
            foreach (var url in ObjectReview.Strings(rule?["nonResourceURLs"]))
                foreach (var verb in ObjectReview.Strings(rule?["verbs"])) result.Add(new Permission(Url, url, verb, AnyName));
            foreach (var g in groups)
                foreach (var r in resources)
                    foreach (var verb in ObjectReview.Strings(rule?["verbs"]))
                        foreach (var n in names) result.Add(new Permission(g, r, verb, n));
        }
        return result;
    }

    private static bool Matches(RbacList list, string granted, string asked)
    {
        if (granted == asked) return true;
        if (!RbacFacts.IsWildcard(list, granted)) return false;
        return list switch
        {
            // "*/scale" grants that subresource of every resource; "/logs/*" every URL under the prefix.
            RbacList.Resources when granted != "*" => asked.EndsWith(granted[1..], StringComparison.Ordinal),
            RbacList.NonResourceUrls => asked.StartsWith(granted[..^1], StringComparison.Ordinal),
            _ => true,
        };
    }

    // "pods/exec create; configmaps (named a, b) get, list": one clause per resource and names, verbs joined.
    private static string Describe(List<Permission> permissions) => string.Join("; ", permissions
        .GroupBy(p => (p.Group, p.Resource, p.Name))
        .GroupBy(g => (g.Key.Group, g.Key.Resource, Verbs: string.Join(", ", g.Select(p => p.Verb).Distinct().Order(StringComparer.Ordinal))))
        .OrderBy(g => g.Key.Resource, StringComparer.Ordinal).ThenBy(g => g.Key.Group, StringComparer.Ordinal).ThenBy(g => g.Key.Verbs, StringComparer.Ordinal)
        .Select(g =>
        {
            var what = g.Key.Group is "" or Url ? g.Key.Resource : $"{g.Key.Resource}.{g.Key.Group}";
            var names = g.Select(x => x.Key.Name).Where(n => n != AnyName).Order(StringComparer.Ordinal).ToList();
            return $"`{what}`{(names.Count > 0 ? " (named " + string.Join(", ", names) + ")" : "")} {g.Key.Verbs}";
        }));

    private static void CheckBinding(ObjectReview review)
    {
        var findings = new List<Finding>();
        var before = Subjects(review.Old);
        var after = Subjects(review.New);
        var added = after.Except(before).ToList();
        var removed = before.Except(after).ToList();
        var roleBefore = RoleRef(review.Old);
        var roleAfter = RoleRef(review.New);
        if (added.Count > 0) findings.Add(new Finding(ChangeRules.Rbac, Direction.Widening, $"binds {string.Join(", ", added)} to {roleAfter}"));
        if (removed.Count > 0) findings.Add(new Finding(ChangeRules.Rbac, Direction.Tightening, $"no longer binds {string.Join(", ", removed)}"));
        if (roleBefore is not null && roleAfter is not null && roleBefore != roleAfter)
            findings.Add(new Finding(ChangeRules.Rbac, Direction.Neutral, $"now grants {roleAfter} (was {roleBefore})"));
        review.Add(findings, review.Leaves.Where(l => l.Path.StartsWith("subjects") || l.Path.StartsWith("roleRef")).Select(l => l.Path));
    }

    private static List<string> Subjects(JsonObject? binding) => binding?["subjects"] is JsonArray a
        ? a.Select(s => $"{ObjectReview.Text(s?["kind"])}/{(ObjectReview.Text(s?["namespace"]) is { } ns ? ns + "/" : "")}{ObjectReview.Text(s?["name"])}").ToList()
        : [];

    private static string? RoleRef(JsonObject? binding)
        => binding?["roleRef"] is JsonObject r ? $"{ObjectReview.Text(r["kind"])}/{ObjectReview.Text(r["name"])}" : null;
}
