using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Policy;

/// <summary>OCM0007 on the custom resources: the namespaces a CiliumNetworkPolicy, an HTTPRoute and a ServiceMonitor name.</summary>
internal static class CustomResourceChecks
{
    // Cilium reads an endpoint's namespace from this label, with or without the k8s: source prefix; a selector without
    // it stays in the policy's own namespace, so only a selector naming one can reach out of it.
    private static readonly string[] NamespaceLabels = ["k8s:io.kubernetes.pod.namespace", "io.kubernetes.pod.namespace", "any:io.kubernetes.pod.namespace"];

    public static void Peers(List<Diagnostic> d, Tenant tenant, CiliumNetworkPolicy cnp, string subject)
    {
        var allowed = ObjectPolicy.AllowedNamespaces(tenant);
        var selectors = (cnp.Spec?.Ingress ?? []).SelectMany(r => r.FromEndpoints ?? [])
            .Concat((cnp.Spec?.Egress ?? []).SelectMany(r => r.ToEndpoints ?? []));
        foreach (var s in selectors)
        {
            if (s.MatchExpressions is { Count: > 0 })
                d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, "(namespaces by expression)", tenant.Name.Value, tenant.EffectiveNamespace));
            foreach (var key in NamespaceLabels)
                if (s.MatchLabels?.TryGetValue(key, out var ns) == true && !allowed.Contains(ns))
                    d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, ns, tenant.Name.Value, tenant.EffectiveNamespace));
        }
    }

    // A route may attach only to the platform's Gateway, and only when the tenant is exposed through one.
    public static void Parents(List<Diagnostic> d, Tenant tenant, HttpRoute route, string subject)
    {
        var gateway = tenant.Exposure == Exposure.HttpRoute ? tenant.Gateway.Namespace.Value : null;
        foreach (var p in route.Spec?.ParentRefs ?? [])
        {
            var ns = p.Namespace ?? tenant.EffectiveNamespace;
            if (ns != tenant.EffectiveNamespace && ns != gateway)
                d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, ns, tenant.Name.Value, tenant.EffectiveNamespace));
        }
    }

    // A ServiceMonitor in the tenant's namespace scrapes Services of the namespaces it lists: only its own.
    public static void Namespaces(List<Diagnostic> d, Tenant tenant, ServiceMonitor monitor, string subject)
    {
        foreach (var ns in monitor.Spec?.NamespaceSelector?.MatchNames ?? [])
            if (ns != tenant.EffectiveNamespace)
                d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, ns, tenant.Name.Value, tenant.EffectiveNamespace));
    }
}
