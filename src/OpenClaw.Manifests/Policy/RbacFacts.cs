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
        switch (list)
        {
            case RbacList.ApiGroups:
            case RbacList.Verbs:
                return value == "*";
            case RbacList.Resources:
                return value == "*" || value.StartsWith("*/", StringComparison.Ordinal);
            case RbacList.NonResourceUrls:
                return value.EndsWith("*", StringComparison.Ordinal);
            default:
                return false;
        }
    }

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
