using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Yaml;
using OpenClaw.Manifests.Rendering;
using Scriban.Runtime;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>The chart README: what it deploys and the values table, from the same value table as values.yaml and the schema.</summary>
internal static class ChartReadme
{
    // Why each object exists; keyed by kind and (fixed) name. The Namespace's name is a value.
    private static readonly Dictionary<string, string> Why = new(StringComparer.Ordinal)
    {
        ["Namespace"] = "the tenant's own namespace, Pod Security \"restricted\"",
        ["NetworkPolicy/" + Names.DefaultDeny] = "default-deny ingress and egress for the whole namespace",
        ["NetworkPolicy/" + Names.Controller] = "controller: in from the front door only (the ingress controller's or the Gateway's namespace); out to DNS and the per-user pods",
        ["NetworkPolicy/" + Names.ControllerEgressPolicy] = "without networkPolicy.cilium: controller out to the API server and OIDC CIDRs",
        ["NetworkPolicy/" + Names.MetricsPolicy] = "only with monitoring.serviceMonitor: Prometheus' namespace in to the controller's port",
        ["NetworkPolicy/" + Names.Runtime] = "per-user pods: in from the controller only; out to DNS",
        ["NetworkPolicy/" + Names.RuntimeEgressPolicy] = "without networkPolicy.cilium: per-user pods out to the LLM gateway CIDRs only",
        ["CiliumNetworkPolicy/" + Names.Controller] = "only with networkPolicy.cilium: controller in from Cilium's ingress and the node; out to the issuer's host by name, the API server, the per-user pods",
        ["CiliumNetworkPolicy/" + Names.Runtime] = "only with networkPolicy.cilium: per-user pods out to the LLM gateway's host on 443 and DNS only",
        ["HTTPRoute/" + Names.Ingress] = "only with exposure httpRoute: the public host on the platform's Gateway",
        ["ServiceMonitor/" + Names.Controller] = "only with monitoring.serviceMonitor: Prometheus scrapes the controller's /metrics",
        ["ResourceQuota/" + Names.Quota] = "fences the namespace (no LoadBalancer or NodePort Services)",
        ["LimitRange/" + Names.Limits] = "default requests and limits",
        ["ServiceAccount/" + Names.Controller] = "the controller talks to the API server",
        ["ServiceAccount/" + Names.Runtime] = "per-user pods, no token mounted",
        ["ConfigMap/" + Names.PodTemplate] = "the per-user pod template, block YAML under key pod-template.yaml, mounted read-only at /etc/openclaw",
        ["NetworkPolicy/" + Names.InternalIssuerPolicy] = "only with oidc.internalIssuerURL: controller out to the in-cluster issuer's namespace and port",
        ["PersistentVolumeClaim/" + Names.Data] = "only with storage.enabled: the tenant's ReadWriteMany volume at /data, never shared",
        ["Role/" + Names.Controller] = "exactly the controller's calls: pods get, list, delete, patch, and create in a rule of its own",
        ["RoleBinding/" + Names.Controller] = "binds the Role to the controller's ServiceAccount",
        ["Service/" + Names.Controller] = "ClusterIP in front of the controller",
        ["Deployment/" + Names.Controller] = "the workspace controller",
        ["Ingress/" + Names.Ingress] = "only with exposure ingress: public host with a cert-manager certificate",
    };

    public static string Write(IEnumerable<(string Kind, string? Name)> objects)
    {
        var rows = objects.Select(o => Row(("kind", o.Kind), ("name", o.Name is null ? "`tenant.namespace`" : "`" + o.Name + "`"),
            ("why", Why.TryGetValue(o.Name is null ? o.Kind : o.Kind + "/" + o.Name, out var why) ? why : throw new InvalidOperationException($"README: say why {o.Kind} {o.Name} exists")))).ToList();
        var values = ValueCatalog.Leaves.Where(v => v.Kind != ValueKind.Image).Select(v => Row(
            ("path", v.Path), ("type", Type(v)), ("default", Default(v)), ("required", v.Required ? "yes" : ""), ("description", Cell(Description(v))))).ToList();
        var retired = RetiredValues.All.Select(r => Row(("path", r.Path), ("upgrade", Cell(r.Upgrade)))).ToList();
        return ChartAssets.Render("README.md", ChartAssets.Model(
            ("chart_name", Names.Chart), ("chart_version", Names.ChartVersion), ("objects", rows), ("values", values), ("retired", retired),
            ("placeholder_convention", ValueCatalog.PlaceholderConvention)));
    }

    private static ScriptObject Row(params (string, object?)[] cells) => ChartAssets.Model(cells);

    private static string Type(ChartValue v) => v.Kind switch
    {
        ValueKind.String => v.Format ?? "string",
        ValueKind.Integer => $"integer {v.Minimum}..{v.Maximum}",
        ValueKind.Boolean => "boolean",
        ValueKind.StringList => $"list of {v.Format ?? "strings"}",
        ValueKind.StringMap => "map of strings",
        ValueKind.EnvList => "list of env vars",
        ValueKind.RuleList => "list of Role rules",
        ValueKind.NameList => "list of {name}",
        _ => v.Kind.ToString(),
    };

    private static string Default(ChartValue v) => v.Default switch
    {
        JsonValue s when s.GetValueKind() == System.Text.Json.JsonValueKind.String && s.GetValue<string>() == "" => "",
        JsonArray a => "`[" + string.Join(", ", a.Select(YamlWriter.Scalar)) + "]`",
        JsonObject => "`{}`",
        var d => "`" + YamlWriter.Scalar(d) + "`",
    };

    private static string Description(ChartValue v)
        => v.Legacy is not null ? $"{v.Description} Legacy alias: `{v.Legacy}`." : v.Description;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
