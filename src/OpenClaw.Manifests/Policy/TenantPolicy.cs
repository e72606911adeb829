using System.Net;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// Rules on the tenant model itself, before anything is rendered. Subjects are the tenant-file field
/// paths (<c>spec.rbac.extraRules[0]</c>), so the loader can point at the exact line and column.
/// </summary>
public static partial class TenantPolicy
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
            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, "spec.namespace", $"Tenant '{tenant.Name.Value}'", ns, tenant.Name.Value, "a namespace of its own"));

        Range(d, "spec.controller.replicas", tenant.Controller.Replicas);
        Range(d, "spec.runtime.idleTimeoutMinutes", tenant.Runtime.IdleTimeoutMinutes);
        Range(d, "spec.quota.pods", tenant.Quota.Pods);
        if (tenant.Oidc.InternalIssuerTargetPort is { } targetPort)
        {
            Range(d, "spec.oidc.internalIssuerTargetPort", targetPort);
            if (tenant.Oidc.InternalIssuerUrl is null)
                Invalid(d, "spec.oidc.internalIssuerTargetPort", "is only meaningful together with spec.oidc.internalIssuerURL");
        }

        PlainText(d, "spec.oidc.clientId", tenant.Oidc.ClientId);
        PlainText(d, "spec.llm.defaultModel", tenant.Llm.DefaultModel);
        PlainText(d, "spec.ingress.className", tenant.Ingress.ClassName);
        PlainText(d, "spec.ingress.clusterIssuer", tenant.Ingress.ClusterIssuer);
        // '\z' rather than '$' throughout: '$' also matches before a final newline ("openclaw\n" passed).
        Label(d, "spec.oidc.clientId", tenant.Oidc.ClientId, 253, "^" + ValuePatterns.ClientIdBody + "\\z");
        Label(d, "spec.llm.defaultModel", tenant.Llm.DefaultModel, 128, "^" + ValuePatterns.ModelBody + "\\z");
        Label(d, "spec.ingress.className", tenant.Ingress.ClassName, 253, "^" + ValuePatterns.ClassNameBody + "\\z");
        Label(d, "spec.ingress.clusterIssuer", tenant.Ingress.ClusterIssuer, 253, "^" + ValuePatterns.ClassNameBody + "\\z");

        ExtraEnv(d, "spec.controller.extraEnv", tenant.Controller.ExtraEnv);
        ExtraEnv(d, "spec.runtime.extraEnv", tenant.Runtime.ExtraEnv);

        for (var i = 0; i < tenant.Rbac.ExtraRules.Count; i++)
        {
            var r = tenant.Rbac.ExtraRules[i];
            var subject = $"spec.rbac.extraRules[{i}]";
            if (r.Verbs.Count == 0) d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject + ".verbs", "at least one verb is required"), subject + ".verbs"));
            if (r.Resources.Count == 0) d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject + ".resources", "at least one resource is required"), subject + ".resources"));
            d.AddRange(RbacRules.Check(subject, r.ApiGroups, r.Resources, r.Verbs, r.ResourceNames));
        }

        for (var i = 0; i < tenant.Sops.Pgp.Count; i++)
            if (!PgpFingerprint().IsMatch(tenant.Sops.Pgp[i]))
                Invalid(d, $"spec.sops.pgp[{i}]", "a PGP fingerprint is 40 hexadecimal characters");
        for (var i = 0; i < tenant.Sops.Age.Count; i++)
            if (!AgeRecipient().IsMatch(tenant.Sops.Age[i]))
                Invalid(d, $"spec.sops.age[{i}]", "an age recipient is 'age1' followed by 58 bech32 characters");

        Cidrs(d, "spec.network.apiServerCIDRs", tenant.Network.ApiServerCidrs);
        Cidrs(d, "spec.network.oidcCIDRs", tenant.Network.OidcCidrs);
        Cidrs(d, "spec.network.llmCIDRs", tenant.Network.LlmCidrs);
        return d;
    }

    /// <summary>Rules across tenants: names, namespaces and hosts are unique (OCM0106).</summary>
    /// <param name="tenants">The tenants, in a stable order.</param>
    /// <param name="origins">Where each tenant was declared, named in the message; optional.</param>
    public static IEnumerable<(int Index, Diagnostic Diagnostic)> CheckSet(IReadOnlyList<Tenant> tenants, IReadOnlyList<string>? origins = null)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var namespaces = new Dictionary<string, int>(StringComparer.Ordinal);
        var hosts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i];
            foreach (var (what, subject, value, seen) in new[]
            {
                ("Tenant name", "metadata.name", t.Name.Value, names),
                ("Namespace", "spec.namespace", t.EffectiveNamespace, namespaces),
                ("Ingress host", "spec.ingress.host", t.EffectiveHost, hosts),
            })
            {
                if (seen.TryGetValue(value, out var other))
                    yield return (i, Diagnostic.Create(RuleCatalog.TenantCollision, subject, what, value, tenants[other].Name.Value,
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
            foreach (var (field, target) in new[] { ("spec.ingress.controllerNamespace", t.Ingress.ControllerNamespace.Value), ("spec.oidc.internalIssuerURL", t.Oidc.InternalIssuerUrl?.Namespace) })
                if (target is not null && target != t.EffectiveNamespace && namespaces.TryGetValue(target, out var owner) && owner != i)
                    yield return (i, Diagnostic.Create(RuleCatalog.CrossTenantReference, field,
                        $"{field} (the namespace of tenant '{tenants[owner].Name.Value}')", target, t.Name.Value, t.EffectiveNamespace));
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

    private static void Label(List<Diagnostic> d, string subject, string value, int max, string pattern)
    {
        if (value.Length == 0 || value.Length > max || !Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant))
            Invalid(d, subject, $"'{DnsLabel.Truncate(value)}' must be 1 to {max} characters matching {pattern}");
    }

    // The range is the tenant format's (tenant.schema.json states the same one).
    private static void Range(List<Diagnostic> d, string subject, int value)
    {
        var field = Loading.TenantFields.At(subject);
        int min = field.Minimum!.Value, max = field.Maximum!.Value;
        if (value < min || value > max) Invalid(d, subject, $"{value} is outside {min}..{max}");
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

    [GeneratedRegex("^" + ValuePatterns.PgpFingerprintBody + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PgpFingerprint();

    [GeneratedRegex("^" + ValuePatterns.AgeRecipientBody + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgeRecipient();
}
