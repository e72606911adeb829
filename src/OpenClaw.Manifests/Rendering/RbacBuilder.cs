using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>ServiceAccounts, the controller's namespaced Role and its RoleBinding.</summary>
internal static class RbacBuilder
{
    public static V1ServiceAccount ControllerAccount(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = Meta.Of(tenant, Names.Controller, Labels.Components.Controller),
        // The controller talks to the API server (spawns and reaps pods), so it needs its token.
        AutomountServiceAccountToken = true,
    };

    public static V1ServiceAccount RuntimeAccount(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = Meta.Of(tenant, Names.Runtime, Labels.Components.Runtime),
        // Identity-blind runtime: it must never hold a Kubernetes credential.
        AutomountServiceAccountToken = false,
    };

    /// <summary>The rules the controller always needs, then the tenant's extra rules.</summary>
    public static IEnumerable<V1PolicyRule> Rules(Tenant tenant)
    {
        // Per-user key Secrets are created by the user-create hook with unpredictable names.
        yield return Rule([""], ["secrets"], ["get", "list", "watch"]);
        // Reaping idle pods needs delete; marking activity needs patch.
        yield return Rule([""], ["pods"], ["get", "list", "watch", "delete", "patch"]);
        // create cannot be matched by name (OCM0002), so it stands alone without resourceNames.
        yield return Rule([""], ["pods"], ["create"]);
        yield return Rule([""], ["pods/exec"], ["create"]);
        yield return Rule([""], ["pods/log"], ["get"]);
        yield return Rule([""], ["configmaps"], ["get", "watch"], [Names.PodTemplate]);
        foreach (var r in tenant.Rbac.ExtraRules)
            yield return Rule(r.ApiGroups, r.Resources, r.Verbs, r.ResourceNames);
    }

    public static V1Role Role(Tenant tenant) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "Role",
        Metadata = Meta.Of(tenant, Names.Controller, Labels.Components.Controller),
        Rules = Rules(tenant).ToList(),
    };

    public static V1RoleBinding RoleBinding(Tenant tenant) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "RoleBinding",
        Metadata = Meta.Of(tenant, Names.Controller, Labels.Components.Controller),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = Names.Controller },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = Names.Controller, NamespaceProperty = tenant.EffectiveNamespace }],
    };

    private static V1PolicyRule Rule(IReadOnlyList<string> groups, IReadOnlyList<string> resources, IReadOnlyList<string> verbs, IReadOnlyList<string>? names = null) => new()
    {
        ApiGroups = groups.ToList(),
        Resources = resources.ToList(),
        Verbs = verbs.ToList(),
        ResourceNames = names is { Count: > 0 } ? names.ToList() : null,
    };
}
