using System.Text.Json;
using k8s;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Builds every Kubernetes object deployed for a tenant, in Helm's install order.</summary>
public static class TenantRenderer
{
    /// <summary>All objects of <paramref name="tenant"/>, without policy checks.</summary>
    public static IReadOnlyList<IKubernetesObject<k8s.Models.V1ObjectMeta>> BuildObjects(Tenant tenant)
    {
        var podTemplate = PodTemplateBuilder.Text(tenant);
        IKubernetesObject<k8s.Models.V1ObjectMeta>?[] objects =
        [
            NamespaceBuilder.Build(tenant),
            NetworkPolicyBuilder.DefaultDeny(tenant),
            NetworkPolicyBuilder.Controller(tenant),
            NetworkPolicyBuilder.ControllerEgress(tenant),
            NetworkPolicyBuilder.InternalIssuer(tenant),
            NetworkPolicyBuilder.Metrics(tenant),
            NetworkPolicyBuilder.Runtime(tenant),
            NetworkPolicyBuilder.RuntimeEgress(tenant),
            CiliumPolicyBuilder.Controller(tenant),
            CiliumPolicyBuilder.Runtime(tenant),
            NamespaceLimitsBuilder.Quota(tenant),
            NamespaceLimitsBuilder.LimitRange(tenant),
            RbacBuilder.ControllerAccount(tenant),
            RbacBuilder.RuntimeAccount(tenant),
            PodTemplateBuilder.ConfigMap(tenant, podTemplate),
            NamespaceLimitsBuilder.Storage(tenant),
            RbacBuilder.Role(tenant),
            RbacBuilder.RoleBinding(tenant),
            ControllerBuilder.Service(tenant),
            ControllerBuilder.Deployment(tenant, podTemplate),
            IngressBuilder.Build(tenant),
            HttpRouteBuilder.Build(tenant),
            ServiceMonitorBuilder.Build(tenant),
        ];
        // Optional objects (storage, the in-cluster issuer's policy, the options' objects) are null when the tenant does not ask for them.
        return InstallOrder.Sort(objects.OfType<IKubernetesObject<k8s.Models.V1ObjectMeta>>().ToArray());
    }

    /// <summary>
    /// Renders <paramref name="tenant"/> after checking the tenant and the rendered objects against every
    /// policy rule; throws <see cref="PolicyViolationException"/> instead of returning unsafe objects.
    /// With <paramref name="severities"/>, findings of a lowered rule are returned as
    /// <see cref="RenderedTenant.Warnings"/> instead (or dropped, for <see cref="RuleSeverity.None"/>).
    /// </summary>
    public static RenderedTenant Render(Tenant tenant, RuleSeverities? severities = null)
    {
        severities ??= RuleSeverities.Default;
        var diagnostics = TenantPolicy.Check(tenant).ToList();
        var rendered = diagnostics.Any(severities.Blocks) ? null : RenderObjects(tenant, severities, diagnostics, yaml: true);
        if (rendered is null) throw new PolicyViolationException(diagnostics.Where(severities.Blocks).ToList());
        return rendered;
    }

    /// <summary>
    /// The render after the tenant policy: builds the objects, checks them (findings are added to
    /// <paramref name="findings"/>) and, with <paramref name="yaml"/>, writes them. Null when a finding blocks, or when
    /// <paramref name="yaml"/> is false (a check needs no manifests).
    /// </summary>
    internal static RenderedTenant? RenderObjects(Tenant tenant, RuleSeverities severities, List<Diagnostic> findings, bool yaml)
    {
        var objects = BuildObjects(tenant);
        // Serialized and parsed once: the policy scan and the YAML output read the same JSON document.
        var docs = objects.Select(o => JsonDocument.Parse(ObjectJson.Serialize(o))).ToList();
        try
        {
            var roots = docs.Select(d => d.RootElement).ToList();
            findings.AddRange(ObjectPolicy.Check(tenant, objects, roots));
            if (!yaml || findings.Any(severities.Blocks)) return null;
            var warnings = findings.Where(d => severities.Of(d.Rule) == RuleSeverity.Warning).ToList();
            return new RenderedTenant(tenant, objects, ManifestYaml.Write(objects, roots)) { Warnings = warnings };
        }
        finally
        {
            docs.ForEach(d => d.Dispose());
        }
    }
}
