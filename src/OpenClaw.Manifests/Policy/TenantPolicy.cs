using System.Net;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// Rules on the tenant model itself, before anything is rendered. Subjects are the tenant-file field
/// paths (<c>spec.rbac.extraRules[0]</c>), so the loader can point at the exact line and column.
/// </summary>
internal static class TenantPolicy
{
    // Namespaces a tenant must never be deployed into: shared by the cluster or by every tenant.
    private static readonly string[] ReservedNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease", "cert-manager", "flux-system", "argocd"];

    /// <summary>Variables the library sets itself; extraEnv must not override them (a plain value could replace a secret reference).</summary>
    public static readonly IReadOnlySet<string> BuiltInEnv = new HashSet<string>(StringComparer.Ordinal)
    {
        "OIDC_ISSUER_URL", "OIDC_INTERNAL_ISSUER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "LLM_BASE_URL", "LLM_API_KEY", "LLM_DEFAULT_MODEL",
        "OPENAI_API_BASE", "OPENAI_API_KEY", "KEYCLOAK_REALM_URL", "KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET",
        "NEWAPI_BASE_URL_DEFAULT", "NEWAPI_BASE_URL", "NEWAPI_KEY", "TENANT_NAME", "TENANT_NAMESPACE",
        "POD_TEMPLATE_CONFIGMAP", "POD_TEMPLATE_NAMESPACE", "PORT", "IDLE_TIMEOUT_MINUTES",
    };

    /// <summary>Checks one tenant.</summary>
    public static IEnumerable<Diagnostic> Check(Tenant tenant)
    {
        var d = new List<Diagnostic>();
        var ns = tenant.EffectiveNamespace;
        if (ReservedNamespaces.Contains(ns) || ns == tenant.Ingress.ControllerNamespace.Value)
            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, Path(Spec["namespace"]), $"Tenant '{tenant.Name.Value}'", ns, tenant.Name.Value, "a namespace of its own"));

        // Every plain value the model keeps (numbers, free strings, string lists) against its definition in the format.
        foreach (var (path, field) in TenantFields.All)
            if (field.Value?.Invoke(tenant) is { } value) CheckValue(d, path, field, value);
        if (tenant.Oidc.InternalIssuerTargetPort is not null && tenant.Oidc.InternalIssuerUrl is null)
            Invalid(d, Path(Oidc["internalIssuerTargetPort"]), "is only meaningful together with " + Path(Oidc["internalIssuerURL"]));

        ExtraEnv(d, Path(Spec["controller"]["extraEnv"]), tenant.Controller.ExtraEnv);
        ExtraEnv(d, Path(Spec["runtime"]["extraEnv"]), tenant.Runtime.ExtraEnv);

        var rules = Path(Spec["rbac"]["extraRules"]);
        for (var i = 0; i < tenant.Rbac.ExtraRules.Count; i++)
        {
            var r = tenant.Rbac.ExtraRules[i];
            var subject = $"{rules}[{i}]";
            if (r.Verbs.Count == 0) d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject + ".verbs", "at least one verb is required"), subject + ".verbs"));
            if (r.Resources.Count == 0) d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject + ".resources", "at least one resource is required"), subject + ".resources"));
            d.AddRange(RbacRuleChecks.Check(subject, r.ApiGroups, r.Resources, r.Verbs, r.ResourceNames));
        }
        return d;
    }

    /// <summary>Rules across tenants: names, namespaces and hosts are unique (OCM0106).</summary>
    /// <param name="tenants">The tenants, in a stable order.</param>
    /// <param name="origins">Where each tenant was declared, named in the message; optional.</param>
    public static IEnumerable<(int Index, Diagnostic Diagnostic)> CheckSet(IReadOnlyList<Tenant> tenants, IReadOnlyList<string>? origins = null)
        => CheckSet(tenants.Select(TenantIdentity.Of).ToList(), origins);

    /// <summary>The rules across tenants on their identities alone (what a streamed run keeps of every tenant).</summary>
    /// <param name="tenants">The tenants' identities, in a stable order.</param>
    /// <param name="origins">Where each tenant was declared, named in the message; optional.</param>
    public static IEnumerable<(int Index, Diagnostic Diagnostic)> CheckSet(IReadOnlyList<TenantIdentity> tenants, IReadOnlyList<string>? origins = null)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var namespaces = new Dictionary<string, int>(StringComparer.Ordinal);
        var hosts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i];
            foreach (var (what, subject, value, seen) in new[]
            {
                ("Tenant name", Path(TenantFields.Metadata["name"]), t.Name, names),
                ("Namespace", Path(Spec["namespace"]), t.Namespace, namespaces),
                ("Ingress host", Path(Spec["ingress"]["host"]), t.Host, hosts),
            })
            {
                if (seen.TryGetValue(value, out var other))
                    yield return (i, Diagnostic.Create(RuleCatalog.TenantCollision, subject, what, value, tenants[other].Name,
                        origins is null ? "each tenant needs its own" : "declared in " + origins[other]));
                else
                    seen[value] = i;
            }
        }

        // The controller's NetworkPolicy admits traffic from spec.ingress.controllerNamespace. Set to another
        // tenant's namespace, it opened this tenant's controller to every pod of that tenant; one file alone
        // cannot show this, only the set can.
        // The in-cluster issuer's namespace is admitted by the controller's egress policy in the same way.
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i];
            foreach (var (field, target) in new[] { (Path(Spec["ingress"]["controllerNamespace"]), t.ControllerNamespace), (Path(Oidc["internalIssuerURL"]), t.InternalIssuerNamespace) })
                if (target is not null && target != t.Namespace && namespaces.TryGetValue(target, out var owner) && owner != i)
                    yield return (i, Diagnostic.Create(RuleCatalog.CrossTenantReference, field,
                        $"{field} (the namespace of tenant '{tenants[owner].Name}')", target, t.Name, t.Namespace));
        }
    }

    private static void ExtraEnv(List<Diagnostic> d, string path, IReadOnlyList<EnvVarSpec> env)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < env.Count; i++)
        {
            var e = env[i];
            var subject = $"{path}[{i}]";
            if (BuiltInEnv.Contains(e.Name))
                Invalid(d, subject + ".name", $"'{e.Name}' is set by the library and cannot be overridden");
            if (!seen.Add(e.Name))
                Invalid(d, subject + ".name", $"'{e.Name}' is defined twice");
            if (e.Value is null) continue;
            if (SecretHeuristics.IsSecretEnvValue(e.Name, e.Value))
                d.Add(Diagnostic.Create(RuleCatalog.PlaintextSecret, subject + ".value", $"'{e.Name}' (its name says it holds a secret; use secretKeyRef)"));
            else
                PlainText(d, subject + ".value", e.Value);
        }
    }

    private static void PlainText(List<Diagnostic> d, string subject, string value)
    {
        if (SecretHeuristics.DescribeCredential(value) is { } why)
            d.Add(Diagnostic.Create(RuleCatalog.PlaintextSecret, subject, $"'{subject}' ({why})"));
    }

    private static void CheckValue(List<Diagnostic> d, string path, TenantField field, object value)
    {
        switch (value)
        {
            case int n when n < field.Minimum || n > field.Maximum:
                Invalid(d, path, $"{n} is outside {field.Minimum}..{field.Maximum}");
                break;
            case string s:
                PlainText(d, path, s);
                if (s.Length == 0 || s.Length > field.MaxLength || !field.NetPattern!.IsMatch(s))
                    Invalid(d, path, $"'{DnsLabel.Truncate(s)}' must be 1 to {field.MaxLength} characters matching {ValuePatterns.Net(field.Pattern!)}");
                break;
            // CIDRs are judged by IPNetwork (canonical form), not by the pattern an editor checks.
            case IReadOnlyList<string> cidrs when field.Pattern == ValuePatterns.Cidr:
                Cidrs(d, path, cidrs);
                break;
            case IReadOnlyList<string> items:
                for (var i = 0; i < items.Count; i++)
                    if (!field.NetPattern!.IsMatch(items[i])) Invalid(d, $"{path}[{i}]", field.Hint!);
                break;
        }
    }

    private static void Cidrs(List<Diagnostic> d, string path, IReadOnlyList<string> cidrs)
    {
        if (cidrs.Count == 0) Invalid(d, path, "at least one CIDR is required (use 0.0.0.0/0 to allow any address)");
        for (var i = 0; i < cidrs.Count; i++)
            if (!IPNetwork.TryParse(cidrs[i], out var net) || net.ToString() != cidrs[i])
                Invalid(d, $"{path}[{i}]", $"'{DnsLabel.Truncate(cidrs[i])}' is not a canonical CIDR such as 10.0.0.0/8");
    }

    private static void Invalid(List<Diagnostic> d, string subject, string why)
        => d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject, why), subject));

    private static TenantField Spec => TenantFields.Spec;
    private static TenantField Oidc => TenantFields.Spec["oidc"];
    private static string Path(TenantField field) => TenantFields.PathOf(field);
}
