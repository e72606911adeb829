// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable
using System;

namespace OpenClaw.Manifests.Policy;

/// <summary>The lists of an RBAC rule, by the name Kubernetes gives them in YAML.</summary>
internal enum RbacList
{
    ApiGroups,
    Resources,
    Verbs,
    ResourceNames,
    NonResourceUrls,
}

/// <summary>How a wildcard entry is compared with a list value: the whole value, or how it starts or ends.</summary>
internal enum WildcardForm
{
    Whole,
    Prefix,
    Suffix,
}

/// <summary>One form of wildcard the authorizer honours in one list of an RBAC rule.</summary>
internal sealed class RbacWildcard
{
    public RbacWildcard(RbacList list, WildcardForm form, string text)
    {
        List = list;
        Form = form;
        Text = text;
    }

    public RbacList List { get; }
    public WildcardForm Form { get; }
    public string Text { get; }
}

/// <summary>
/// What the Kubernetes RBAC authorizer does with one RBAC rule, the facts behind OCM0002 and OCM0004. Every layer
/// (analyzers, tenant files, rendered Roles) asks these predicates; only where the strings come from differs.
/// Source: kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, APIGroupMatches,
/// ResourceMatches, ResourceNameMatches, NonResourceURLMatches).
/// </summary>
internal static class RbacFacts
{
    /// <summary>
    /// Verbs whose requests carry no object name: a create names no existing object and a deletecollection acts on
    /// the collection, so ResourceNameMatches sees an empty name and a rule with resourceNames never allows them.
    /// (list and watch do carry one when the client sends a metadata.name field selector.)
    /// </summary>
    public static readonly string[] NameBlindVerbs = { "create", "deletecollection" };

    /// <summary>True for <c>create</c> and <c>deletecollection</c>; verbs compare exactly, as in VerbMatches.</summary>
    public static bool IsNameBlindVerb(string? verb) => Array.IndexOf(NameBlindVerbs, verb) >= 0;

    /// <summary>
    /// True when the authorizer matches <paramref name="value"/> in <paramref name="list"/> against more than the
    /// literal string:
    /// <list type="bullet">
    /// <item>"*" in apiGroups, resources, verbs and nonResourceURLs matches everything;</item>
    /// <item>"*/scale" in resources matches that subresource of every resource;</item>
    /// <item>"/logs/*" in nonResourceURLs matches every URL under the prefix.</item>
    /// </list>
    /// Everything else matches only itself: "pods/*" is compared as the literal string (no resource is named
    /// that, so it grants nothing), and resourceNames are compared exactly, so ["*"] allows only an object named
    /// "*" (which no DNS-1123 name can be).
    /// </summary>
    public static bool IsWildcard(RbacList list, string? value)
    {
        if (value is null) return false;
        foreach (var w in Wildcards)
        {
            if (w.List != list) continue;
            var hit = w.Form switch
            {
                WildcardForm.Whole => value == w.Text,
                WildcardForm.Prefix => value.StartsWith(w.Text, StringComparison.Ordinal),
                _ => value.EndsWith(w.Text, StringComparison.Ordinal),
            };
            if (hit) return true;
        }
        return false;
    }

    /// <summary>
    /// The forms <see cref="IsWildcard"/> matches, as data: the admission policy of OCM0004 writes its CEL from this
    /// table, so a form added here is refused at compile, load, render and admission time alike. A list without an
    /// entry (resourceNames) has no wildcard.
    /// </summary>
    public static readonly RbacWildcard[] Wildcards =
    {
        new RbacWildcard(RbacList.ApiGroups, WildcardForm.Whole, "*"),
        new RbacWildcard(RbacList.Resources, WildcardForm.Whole, "*"),
        new RbacWildcard(RbacList.Resources, WildcardForm.Prefix, "*/"),
        new RbacWildcard(RbacList.Verbs, WildcardForm.Whole, "*"),
        new RbacWildcard(RbacList.NonResourceUrls, WildcardForm.Suffix, "*"),
    };

    /// <summary>
    /// The only roleRef kind a tenant's RoleBinding may name (OCM0008): a RoleBinding to a ClusterRole grants the
    /// ClusterRole's rules in the namespace, rules the tenant's own Role does not show.
    /// </summary>
    public const string NamespacedRoleKind = "Role";

    /// <summary>The list's name in YAML, as OCM0004's message gives it.</summary>
    public static string YamlName(RbacList list) => list switch
    {
        RbacList.ApiGroups => "apiGroups",
        RbacList.Resources => "resources",
        RbacList.Verbs => "verbs",
        RbacList.ResourceNames => "resourceNames",
        _ => "nonResourceURLs",
    };
}
