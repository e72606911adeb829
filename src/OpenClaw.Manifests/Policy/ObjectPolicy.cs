using System.Runtime.InteropServices;
using System.Text.Json;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// Rules on the final objects, the last line of defence: whatever produced them (the renderer, a
/// future template, a bug), unsafe or cross-tenant objects never leave the library.
/// </summary>
internal static class ObjectPolicy
{
    private static readonly string[] RequiredLabels =
        ["app.kubernetes.io/component", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by", "app.kubernetes.io/name", Names.TenantLabel];

    /// <summary>Checks every object of one tenant.</summary>
    public static IEnumerable<Diagnostic> Check(Tenant tenant, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects)
    {
        var docs = objects.Select(o => JsonDocument.Parse(ObjectJson.Serialize(o))).ToList();
        try { return Check(tenant, objects, docs.Select(doc => doc.RootElement).ToList()); }
        finally { docs.ForEach(doc => doc.Dispose()); }
    }

    /// <summary>Checks the objects, given each one's JSON (parsed once by the renderer and reused for output).</summary>
    internal static List<Diagnostic> Check(Tenant tenant, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects, IReadOnlyList<JsonElement> json)
    {
        var ns = tenant.EffectiveNamespace;
        var d = new List<Diagnostic>();
        var policies = objects.OfType<V1NetworkPolicy>().ToList();
        for (var index = 0; index < objects.Count; index++)
        {
            var o = objects[index];
            var subject = $"{o.Kind}/{o.Metadata?.Name}";
            Scope(d, tenant, o, subject);
            Labels(d, tenant, o, subject);
            switch (o)
            {
                case V1ClusterRole or V1ClusterRoleBinding:
                    d.Add(Diagnostic.Create(RuleCatalog.ClusterScopedRbac, subject, o.Kind, o.Metadata?.Name ?? ""));
                    break;
                case V1Role role:
                    for (var i = 0; i < (role.Rules?.Count ?? 0); i++)
                    {
                        var r = role.Rules![i];
                        d.AddRange(RbacRuleChecks.Check($"{subject} rule {i}", r.ApiGroups, r.Resources, r.Verbs, r.ResourceNames));
                    }
                    break;
                case V1RoleBinding rb:
                    if (rb.RoleRef?.Kind != RbacFacts.NamespacedRoleKind)
                        d.Add(Diagnostic.Create(RuleCatalog.ClusterScopedRbac, subject, rb.RoleRef?.Kind ?? "RoleRef", rb.RoleRef?.Name ?? ""));
                    foreach (var s in rb.Subjects ?? [])
                        if (s.NamespaceProperty is { } sns && sns != ns)
                            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, sns, tenant.Name.Value, ns));
                    break;
                case V1Deployment dep when dep.Spec?.Template?.Spec is { } spec:
                    d.AddRange(PodChecks.Check(subject, spec));
                    Coverage(d, subject, dep.Spec.Template.Metadata?.Labels, policies);
                    break;
                // A pod as the controller creates it from the template: checked like the template, so a stamped pod can
                // be checked after the fact (the runtime-contract tests, admission).
                case V1Pod pod when pod.Spec is { } podSpec:
                    d.AddRange(PodChecks.Check(subject, podSpec));
                    if (podSpec.AutomountServiceAccountToken != false)
                        d.Add(Diagnostic.Create(RuleCatalog.PrivilegedContainer, subject, "runtime", "per-user pods must not mount a service-account token"));
                    Coverage(d, subject, pod.Metadata?.Labels, policies);
                    break;
                case V1ConfigMap cm when cm.Metadata?.Name == Names.PodTemplate:
                    PodTemplate(d, tenant, cm, subject, policies);
                    break;
                case V1NetworkPolicy np:
                    Peers(d, tenant, np, subject);
                    EgressChecks.Check(d, tenant, np, subject);
                    break;
                case CiliumNetworkPolicy cnp:
                    CustomResourceChecks.Peers(d, tenant, cnp, subject);
                    EgressChecks.Check(d, tenant, cnp, subject);
                    break;
                case HttpRoute route:
                    CustomResourceChecks.Parents(d, tenant, route, subject);
                    break;
                case ServiceMonitor monitor:
                    CustomResourceChecks.Namespaces(d, tenant, monitor, subject);
                    break;
            }
            Strings(d, json[index], subject);
        }
        return d;
    }

    private static void Scope(List<Diagnostic> d, Tenant tenant, IKubernetesObject<V1ObjectMeta> o, string subject)
    {
        // Cluster-scoped RBAC has no namespace to compare; OCM0008 already refuses it.
        if (o is V1ClusterRole or V1ClusterRoleBinding) return;
        var ns = tenant.EffectiveNamespace;
        var actual = o is V1Namespace ? o.Metadata?.Name : o.Metadata?.NamespaceProperty;
        if (actual != ns)
            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, actual ?? "(none)", tenant.Name.Value, ns));
    }

    private static void Labels(List<Diagnostic> d, Tenant tenant, IKubernetesObject<V1ObjectMeta> o, string subject)
    {
        var labels = o.Metadata?.Labels;
        foreach (var key in RequiredLabels)
            if (labels is null || !labels.TryGetValue(key, out var v) || string.IsNullOrEmpty(v))
                d.Add(Diagnostic.Create(RuleCatalog.MissingTenantLabel, subject, o.Kind, o.Metadata?.Name ?? "", key));
        if (labels is not null && labels.TryGetValue(Names.TenantLabel, out var t) && t != tenant.Name.Value)
            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject + " (tenant label)", t, tenant.Name.Value, tenant.EffectiveNamespace));
    }

    private static void PodTemplate(List<Diagnostic> d, Tenant tenant, V1ConfigMap cm, string subject, List<V1NetworkPolicy> policies)
    {
        if (cm.Data is null || !cm.Data.TryGetValue(Names.PodTemplateKey, out var text))
        {
            d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject, $"missing key {Names.PodTemplateKey}"), subject));
            return;
        }
        V1Pod? pod;
        // Strict: a field the Pod type does not know would be dropped or refused by the API server.
        try { pod = StrictPodYaml.Read(text); }
        catch (FormatException e)
        {
            d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject, "pod template is not a valid Pod in YAML: " + e.Message), subject));
            return;
        }
        var podSubject = subject + " pod template";
        if (pod?.Spec is null) return;
        Contract(d, pod, text, podSubject);
        if (pod.Spec.AutomountServiceAccountToken != false)
            d.Add(Diagnostic.Create(RuleCatalog.PrivilegedContainer, podSubject, "runtime", "per-user pods must not mount a service-account token"));
        if (pod.Metadata?.NamespaceProperty is { } pns && pns != tenant.EffectiveNamespace)
            d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, podSubject, podSubject, pns, tenant.Name.Value, tenant.EffectiveNamespace));
        d.AddRange(PodChecks.Check(podSubject, pod.Spec));
        Coverage(d, podSubject, pod.Metadata?.Labels, policies);
    }

    // What the controller needs of the text it stamps (README "Runtime contract"): a "metadata:" line to insert its
    // annotations block after, no annotations of its own (a duplicate key), the name it polls and the reaper's labels.
    private static void Contract(List<Diagnostic> d, V1Pod pod, string text, string subject)
    {
        void Refuse(string why) => d.Add(new Diagnostic(RuleCatalog.InvalidValue, RuleCatalog.InvalidValue.Format(subject, why), subject));
        if (!text.Split('\n').Any(line => line.Trim() == "metadata:"))
            Refuse("the controller inserts its last-seen annotation after a line that is exactly 'metadata:'; the template has none");
        // Even an empty map: the controller inserts its own "annotations:" block, so any such key is a duplicate.
        if (pod.Metadata?.Annotations is not null)
            Refuse("the template must not carry metadata.annotations: the controller adds its own annotations block");
        if (pod.Metadata?.Name != Names.PerUserPod)
            Refuse($"the pod must be named {Names.PerUserPod}: the controller polls that name after creating the pod");
        string? Label(string key) => pod.Metadata?.Labels is { } labels && labels.TryGetValue(key, out var v) ? v : null;
        if (Label(Names.BlueprintLabel) != Names.Chart || Label("app.kubernetes.io/component") != Rendering.Labels.Components.Runtime)
            Refuse($"the pod must carry {Names.BlueprintLabel}={Names.Chart} and app.kubernetes.io/component={Rendering.Labels.Components.Runtime}: the idle reaper selects pods by them");
    }

    private static void Coverage(List<Diagnostic> d, string subject, IDictionary<string, string>? podLabels, List<V1NetworkPolicy> policies)
    {
        foreach (var direction in new[] { "Ingress", "Egress" })
            if (!policies.Any(p => p.Spec?.PolicyTypes?.Contains(direction) == true && LabelSelectors.Matches(p.Spec.PodSelector, podLabels)))
                d.Add(Diagnostic.Create(RuleCatalog.PodWithoutNetworkPolicy, subject, subject, direction.ToLowerInvariant()));
    }

    /// <summary>
    /// The namespaces a tenant's policies may name: its own, DNS (kube-system), the front door's (the ingress controller's
    /// or the Gateway's, whichever exposes it), the in-cluster OIDC issuer's when it names one, and Prometheus' when it
    /// asks for a ServiceMonitor.
    /// </summary>
    internal static string?[] AllowedNamespaces(Tenant tenant) =>
    [
        Rendering.NetworkPolicyBuilder.DnsNamespace, tenant.FrontDoorNamespace, tenant.EffectiveNamespace, tenant.Oidc.InternalIssuerUrl?.Namespace,
        tenant.Monitoring.ServiceMonitor ? tenant.Monitoring.PrometheusNamespace.Value : null,
    ];

    private static void Peers(List<Diagnostic> d, Tenant tenant, V1NetworkPolicy np, string subject)
    {
        var allowed = AllowedNamespaces(tenant);
        var peers = (np.Spec?.Ingress ?? []).SelectMany(r => r.FromProperty ?? [])
            .Concat((np.Spec?.Egress ?? []).SelectMany(r => r.To ?? []));
        foreach (var p in peers)
        {
            if (p.NamespaceSelector is null) continue;
            var named = p.NamespaceSelector.MatchLabels?.TryGetValue(LabelSelectors.NamespaceNameLabel, out var n) == true ? n : null;
            if (named is null || !allowed.Contains(named))
                d.Add(Diagnostic.Create(RuleCatalog.CrossTenantReference, subject, subject, named ?? "(any namespace)", tenant.Name.Value, tenant.EffectiveNamespace));
        }
    }

    // A checksum/* annotation holding a SHA-256 (Helm's convention for rolling a workload when its configuration
    // changes) is a hash of other output, not a credential, though it is as random-looking as one.
    private static bool IsChecksumAnnotation(List<string> path, JsonElement value)
        => path.Count >= 2 && path[^2] == ".annotations" && path[^1].StartsWith(".checksum/", StringComparison.Ordinal)
            && value.GetString() is { Length: 64 } hex && hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    // No secret value in generated output, ever: scan every string the object would serialize.
    private static void Strings(List<Diagnostic> d, JsonElement root, string subject)
    {
        var path = new List<string>();
        Scan(root);

        // Recursive walk; the path is only turned into text when something is found.
        void Scan(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        path.Add("." + p.Name);
                        Scan(p.Value);
                        path.RemoveAt(path.Count - 1);
                    }
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        path.Add($"[{i++}]");
                        Scan(item);
                        path.RemoveAt(path.Count - 1);
                    }
                    break;
                case JsonValueKind.String:
                    // Most values (names, labels, ports) are too short to be a credential: skip them
                    // without allocating (the raw value includes its two quotes).
                    if (JsonMarshal.GetRawUtf8Value(e).Length < 14) break;
                    if (IsChecksumAnnotation(path, e)) break;
                    if (SecretHeuristics.DescribeCredential(e.GetString()) is { } why)
                        d.Add(Diagnostic.Create(RuleCatalog.PlaintextSecret, subject, $"{subject} {string.Concat(path)} ({why})"));
                    break;
            }
        }
    }
}
