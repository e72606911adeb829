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
        Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
        // The controller talks to the API server (spawns and reaps pods), so it needs its token.
        AutomountServiceAccountToken = true,
    };

    public static V1ServiceAccount RuntimeAccount(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = TenantMetadata.For(tenant, Names.Runtime, Labels.Components.Runtime),
        // Identity-blind runtime: it must never hold a Kubernetes credential.
        AutomountServiceAccountToken = false,
    };

    /// <summary>
    /// Exactly the calls the controller makes, all on pods in the tenant namespace (least privilege, ADR-002), then
    /// the tenant's extra rules. It never reads Secrets (the per-user pod references them by name), never execs, never
    /// reads logs and never reads its template through the API (the template is a mounted file).
    /// </summary>
    public static IEnumerable<V1PolicyRule> Rules(Tenant tenant)
    {
        // get: GET pods/openclaw-user-<sub> (does the user's pod exist; polling until it is Running with an IP).
        // list: GET pods?labelSelector=… (the idle reaper) and GET pods?limit=1 (the API-server leg of /readyz).
        // delete: DELETE pods/<name> (reaping idle pods, and terminated pods before they are recreated).
        // patch: PATCH pods/<name> with a merge patch refreshing the last-seen annotation on reuse.
        yield return Rule([""], ["pods"], ["get", "list", "delete", "patch"]);
        // create: POST pods (a new session). create cannot be matched by name (OCM0002), so it stands alone.
        yield return Rule([""], ["pods"], ["create"]);
        foreach (var r in tenant.Rbac.ExtraRules)
            yield return Rule(r.ApiGroups, r.Resources, r.Verbs, r.ResourceNames);
    }

    public static V1Role Role(Tenant tenant) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "Role",
        Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
        Rules = Rules(tenant).ToList(),
    };

    public static V1RoleBinding RoleBinding(Tenant tenant) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "RoleBinding",
        Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
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
