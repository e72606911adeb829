using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>
/// OCM0007 at admission: the references to other namespaces that one object shows by itself. A RoleBinding's
/// subjects must be in the binding's namespace, and a NetworkPolicy peer's namespaceSelector must name exactly one
/// namespace (by <see cref="LabelSelectors.NamespaceNameLabel"/>), as <c>ObjectPolicy</c> requires at render time.
/// </summary>
internal static class NamespaceAdmission
{
    private static readonly ResourceMatch[] Resources =
    [
        new("networking.k8s.io", "v1", "networkpolicies"),
        new("rbac.authorization.k8s.io", "v1", "rolebindings"),
    ];

    // The tenant and its namespace, for OCM0007's message: the namespace the policy's selector matched on.
    private static readonly string Tenant = $"namespaceObject.metadata.labels[{Cel.Quote(Names.TenantLabel)}]";
    private const string Namespace = "namespaceObject.metadata.name";

    // A peer that selects namespaces names one by its metadata.name label; anything else selects any number of them.
    private static readonly string Named = $"!has(p.namespaceSelector) || (has(p.namespaceSelector.matchLabels) && {Cel.Quote(LabelSelectors.NamespaceNameLabel)} in p.namespaceSelector.matchLabels)";

    // One condition per direction of a NetworkPolicy: every peer of every rule names its namespace.
    private static Validation Peers(RuleInfo rule, string direction, string peers)
    {
        var rules = $"(has(object.spec.{direction}) ? object.spec.{direction} : [])";
        var holds = $"object.kind != \"NetworkPolicy\" || {rules}.all(r, !has(r.{peers}) || r.{peers}.all(p, {Named}))";
        var subject = $"\"NetworkPolicy '\" + object.metadata.name + \"' {direction} peer namespaceSelector\"";
        return new(holds, Cel.Quote(rule.Id + " ") + " + " + Cel.Format(rule, subject, "\"(any namespace)\"", Tenant, Namespace));
    }

    public static AdmissionRule CrossNamespace()
    {
        var rule = RuleCatalog.CrossTenantReference;
        const string subjects = "(has(object.subjects) ? object.subjects : [])";
        const string elsewhere = "has(s.namespace) && s.namespace != object.metadata.namespace";
        return new(rule, Resources, [],
        [
            new($"object.kind != \"RoleBinding\" || {subjects}.all(s, !({elsewhere}))",
                AdmissionRule.Each(rule, $"{subjects}.filter(s, {elsewhere})", "s",
                    Cel.Format(rule, "\"RoleBinding '\" + object.metadata.name + \"' subject '\" + s.name + \"'\"", "s.namespace", Tenant, Namespace))),
            Peers(rule, "ingress", "from"),
            Peers(rule, "egress", "to"),
        ],
            "that every `subjects[].namespace` of a RoleBinding is the binding's own namespace, and that every NetworkPolicy peer "
            + "(`ingress[].from[]`, `egress[].to[]`) with a `namespaceSelector` names exactly one namespace by `matchLabels` on `"
            + LabelSelectors.NamespaceNameLabel + "`: a selector without it (`{}`, other labels, expressions) selects any number of namespaces, "
            + "other tenants' included.",
            "which named namespace a tenant's NetworkPolicy may reach: kube-system for DNS, the tenant's ingress controller namespace and its "
            + "in-cluster OIDC issuer's are the tenant's settings, which a cluster-wide policy does not see, so render time alone checks the "
            + "name. Objects placed in another namespace are outside the policies' scope (they select tenant namespaces), and the tenant "
            + "label of an object against its namespace's is checked at render time only.");
    }
}
