using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// A stub of Kubernetes' RBAC authorizer for namespaced requests, after its rule matching
/// (plugin/pkg/auth/authorizer/rbac: VerbMatches, APIGroupMatches, ResourceMatches, ResourceNameMatches): '*' matches
/// every verb, group or resource; '*/sub' matches that subresource of any resource; resourceNames, when present,
/// match only requests that name an object, which create and list requests never do. Only Roles bound by a
/// RoleBinding to the ServiceAccount count.
/// </summary>
internal static class RbacOracle
{
    public static bool Allows(IEnumerable<V1PolicyRule> rules, string verb, string group, string resource, string? subresource = null, string? name = null)
        => rules.Any(r => Has(r.Verbs, verb) && Has(r.ApiGroups, group) && ResourceMatches(r.Resources, resource, subresource)
            && (r.ResourceNames is null || r.ResourceNames.Count == 0 || (name is not null && r.ResourceNames.Contains(name))));

    private static bool Has(IList<string>? values, string value) => values is not null && (values.Contains("*") || values.Contains(value));

    private static bool ResourceMatches(IList<string>? ruleResources, string resource, string? subresource)
    {
        var combined = subresource is null ? resource : resource + "/" + subresource;
        foreach (var r in ruleResources ?? [])
        {
            if (r == "*" || r == combined) return true;
            if (subresource is not null && r == "*/" + subresource) return true;
        }
        return false;
    }

    /// <summary>The rules of every Role bound to ServiceAccount <paramref name="account"/> in <paramref name="ns"/>.</summary>
    public static List<V1PolicyRule> RulesFor(IEnumerable<V1Role> roles, IEnumerable<V1RoleBinding> bindings, string ns, string account)
    {
        var bound = bindings.Where(b => b.Metadata.NamespaceProperty == ns && b.RoleRef.Kind == "Role"
                && (b.Subjects ?? []).Any(s => s.Kind == "ServiceAccount" && s.Name == account && (s.NamespaceProperty ?? ns) == ns))
            .Select(b => b.RoleRef.Name).ToHashSet(StringComparer.Ordinal);
        return roles.Where(r => r.Metadata.NamespaceProperty == ns && bound.Contains(r.Metadata.Name)).SelectMany(r => r.Rules ?? []).ToList();
    }
}
