using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// The few chart-only knobs the model does not have (upstream's surface): switching the Ingress or its
/// TLS off, extra annotations, probe timings; and the places where the probe tenant (which sets everything)
/// renders what other tenants do not: optional objects, optional fields, the pod template's checksum. Each
/// hook edits a derived template at a fixed place; with the knobs at their defaults the chart still renders
/// exactly the renderer's objects (the parity test).
/// </summary>
internal static class TemplateEdits
{
    // The exposure value, checked like every value (required, pattern) before it is compared.
    private static readonly string Exposure = $"({ValueCatalog.Get("exposure").Pipeline})";

    /// <summary>Applies the hooks of one object; returns the condition the whole document renders under, if any.</summary>
    public static string? Apply(string kind, string? name, TemplateObject root)
    {
        switch (kind, name)
        {
            case ("Ingress", _):
                Replace(root, "metadata.annotations", _ => new TemplateRaw("{{ include \"openclaw.ingress.annotations\" $ }}"));
                MakeOptional(root, "spec.tls", "$.Values.ingress.tls");
                return $"and $.Values.ingress.enabled (eq {Exposure} \"ingress\")";
            case ("HTTPRoute", _):
                return $"eq {Exposure} \"httpRoute\"";
            case ("NetworkPolicy", Names.ControllerEgressPolicy or Names.RuntimeEgressPolicy):
                return "not $.Values.networkPolicy.cilium";
            case ("CiliumNetworkPolicy", _):
                return "$.Values.networkPolicy.cilium";
            case ("NetworkPolicy", Names.MetricsPolicy) or ("ServiceMonitor", _):
                return "$.Values.monitoring.serviceMonitor";
            case ("ServiceAccount", Names.Controller):
                Object(root, "metadata").Entries.Add(new TemplateEntry("annotations", new TemplateRaw("{{ toJson $.Values.serviceAccount.annotations }}"), "$.Values.serviceAccount.annotations"));
                return null;
            case ("Deployment", Names.Controller):
                foreach (var which in new[] { "readiness", "liveness" })
                    foreach (var field in new[] { "initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold" })
                        Replace(root, $"spec.template.spec.containers.0.{which}Probe.{field}",
                            _ => new TemplateExpression(ValueCatalog.Get($"controller.probes.{which}.{field}").Pipeline + " | int"));
                // The same text the ConfigMap holds, hashed as the renderer hashes it.
                Replace(root, ["spec", "template", "metadata", "annotations", Names.PodTemplateChecksum],
                    _ => new TemplateRaw($"{{{{ include \"{EmbeddedYaml.PodTemplateHelper}\" $ | sha256sum | toJson }}}}"));
                MakeOptional(root, "spec.template.spec.imagePullSecrets", "$.Values.imagePullSecrets");
                return null;
            case ("PersistentVolumeClaim", Names.Data):
                return "$.Values.storage.enabled";
            case ("NetworkPolicy", Names.InternalIssuerPolicy):
                return "$.Values.oidc.internalIssuerURL";
            case ("ResourceQuota", Names.Quota):
                // Kubernetes writes a count as a canonical quantity (1000 pods is "1k"), as the renderer's ResourceQuantity does.
                Replace(root, ["spec", "hard", "pods"], _ => new TemplateRaw("{{ $pods := int (include \"openclaw.value\" (list $ \"quota.pods\")) }}{{ if and (ge $pods 1000) (eq (mod $pods 1000) 0) }}{{ printf \"%dk\" (div $pods 1000) | toJson }}{{ else }}{{ toString $pods | toJson }}{{ end }}"));
                // Without storage the namespace may claim nothing at all.
                Replace(root, ["spec", "hard", "persistentvolumeclaims"], _ => new TemplateRaw("{{ if $.Values.storage.enabled }}\"1\"{{ else }}\"0\"{{ end }}"));
                Replace(root, ["spec", "hard", "requests.storage"], size => size is TemplateExpression e
                    ? new TemplateRaw($"{{{{ if $.Values.storage.enabled }}}}{{{{ {e.Pipeline} | toJson }}}}{{{{ else }}}}\"0\"{{{{ end }}}}")
                    : throw new InvalidOperationException("hook: the storage quota is no longer bound to storage.size"));
                return null;
            default:
                return null;
        }
    }

    private static void Replace(TemplateObject root, string path, Func<TemplateNode, TemplateNode> replace) => Replace(root, path.Split('.'), replace);

    // Segments, for keys that hold a dot or a slash themselves ("requests.storage", "checksum/pod-template").
    private static void Replace(TemplateObject root, string[] segments, Func<TemplateNode, TemplateNode> replace)
    {
        var path = string.Join(".", segments);
        var (parent, key) = Parent(root, segments);
        switch (parent)
        {
            case TemplateObject o:
                var i = o.Entries.FindIndex(e => e.Key == key);
                if (i < 0) throw new InvalidOperationException($"hook: no '{path}' in the rendered object");
                o.Entries[i] = o.Entries[i] with { Value = replace(o.Entries[i].Value) };
                break;
            case TemplateArray a:
                var n = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
                a.Items[n] = replace(a.Items[n]);
                break;
        }
    }

    private static void MakeOptional(TemplateObject root, string path, string condition)
    {
        var (parent, key) = Parent(root, path.Split('.'));
        var o = (TemplateObject)parent;
        var i = o.Entries.FindIndex(e => e.Key == key);
        if (i < 0) throw new InvalidOperationException($"hook: no '{path}' in the rendered object");
        o.Entries[i] = o.Entries[i] with { Condition = condition };
    }

    private static TemplateObject Object(TemplateObject root, string path)
    {
        var (parent, key) = Parent(root, path.Split('.'));
        return (TemplateObject)((TemplateObject)parent).Entries.Single(e => e.Key == key).Value;
    }

    private static (TemplateNode Parent, string Key) Parent(TemplateObject root, string[] parts)
    {
        var path = string.Join(".", parts);
        TemplateNode node = root;
        foreach (var part in parts[..^1])
        {
            node = node switch
            {
                TemplateObject o => o.Entries.FirstOrDefault(e => e.Key == part)?.Value ?? throw new InvalidOperationException($"hook: no '{path}' in the rendered object"),
                TemplateArray a => a.Items[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)],
                _ => throw new InvalidOperationException($"hook: '{path}' runs into a scalar"),
            };
        }
        return (node, parts[^1]);
    }
}
