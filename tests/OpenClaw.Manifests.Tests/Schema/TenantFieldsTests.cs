using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Schema;

/// <summary>
/// The field table (the schema's source) and the reader agree: every field of the table is read by the loader,
/// every field the loader reads is in the table, and the table's required fields are exactly the ones the loader
/// insists on.
/// </summary>
public sealed partial class TenantFieldsTests
{
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    // Every field of the format set once (JSON is YAML, so the loader reads it as a tenant file).
    private static JsonObject Full() => (JsonObject)JsonNode.Parse($$$"""
        {"apiVersion": "openclaw.io/v1alpha1", "kind": "Tenant",
         "metadata": {"name": "full", "labels": {"team": "platform"}, "annotations": {"owner": "platform team"}},
         "spec": {
           "namespace": "org-full", "domain": "full.example.org",
           "oidc": {"issuerURL": "https://sso.full.example.org/realms/full", "clientId": "openclaw",
                    "clientSecret": {"name": "full-oidc", "key": "client-secret"},
                    "internalIssuerURL": "http://keycloak.keycloak.svc.cluster.local/realms/full", "internalIssuerTargetPort": 8080},
           "llm": {"baseURL": "https://llm.full.example.org/v1", "apiKey": {"name": "full-llm", "key": "api-key"}, "defaultModel": "qwen3.6"},
           "images": {"controller": "registry.example.org/openclaw/controller@sha256:{{{Digest}}}",
                      "runtime": "registry.example.org/openclaw/runtime:1.0@sha256:{{{Digest}}}"},
           "exposure": "httpRoute",
           "ingress": {"host": "agents.full.example.org", "className": "nginx", "clusterIssuer": "letsencrypt-prod", "controllerNamespace": "ingress-nginx"},
           "gateway": {"name": "public", "namespace": "gateway-system", "sectionName": "https"},
           "monitoring": {"serviceMonitor": true, "prometheusNamespace": "monitoring"},
           "controller": {"replicas": 2, "resources": {"requests": {"cpu": "200m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                          "extraEnv": [{"name": "LOG_LEVEL", "value": "debug"}, {"name": "AUDIT_TOKEN", "secretKeyRef": {"name": "full-audit", "key": "token"}}]},
           "runtime": {"resources": {"requests": {"cpu": "250m", "memory": "512Mi"}, "limits": {"cpu": "1", "memory": "2Gi"}}, "idleTimeoutMinutes": 20,
                       "extraEnv": [{"name": "MODE", "value": "fast"}, {"name": "TOKEN", "secretKeyRef": {"name": "full-token", "key": "token"}}]},
           "rbac": {"extraRules": [{"apiGroups": [""], "resources": ["events"], "verbs": ["get"], "resourceNames": ["a"]}]},
           "quota": {"cpu": "12", "memory": "24Gi", "pods": 60},
           "storage": {"size": "50Gi", "storageClassName": "cephfs"},
           "sops": {"pgp": ["FBC7B9E2A4FCA5B2D0E0D7A1C3E4F5A6B7C8D9E0"], "age": ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"]},
           "network": {"apiServerCIDRs": ["10.0.0.1/32"], "oidcCIDRs": ["192.0.2.10/32"], "llmCIDRs": ["192.0.2.20/32"], "cilium": true, "allowAnyEgress": false},
           "imagePullSecrets": ["regcred"]}}
        """)!.AsObject();

    /// <summary>Every field path of the table (list items under the list's path), with the field.</summary>
    private static IEnumerable<(string Path, TenantField Field)> TablePaths(TenantField f, string prefix)
    {
        foreach (var c in f.Fields)
        {
            var path = prefix.Length == 0 ? c.Name : prefix + "." + c.Name;
            yield return (path, c);
            foreach (var inner in TablePaths(c, path)) yield return inner;
        }
    }

    private static (TenantSource? Tenant, IReadOnlyList<Diagnostic> Diagnostics) Load(JsonObject doc)
        => TenantLoader.LoadText("full.yaml", doc.ToJsonString());

    [Fact]
    public void The_full_tenant_sets_every_field_of_the_table()
    {
        var set = new HashSet<string>(Paths(Full(), ""), StringComparer.Ordinal);
        var missing = TablePaths(TenantFields.Root, "").Where(p => p.Field.Kind != FieldKind.Refused && !set.Contains(p.Path)).Select(p => p.Path).ToList();
        Assert.True(missing.Count == 0, "the fixture lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_loader_reads_exactly_the_fields_of_the_table()
    {
        var (tenant, diagnostics) = Load(Full());
        Assert.Empty(diagnostics);
        var table = TablePaths(TenantFields.Root, "").Where(p => p.Field.Kind != FieldKind.Refused).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var maps = TablePaths(TenantFields.Root, "").Where(p => p.Field.Kind == FieldKind.StringMap).Select(p => p.Path + ".").ToList();
        // What the reader looked at: list items under their list, a label or annotation under its map.
        var read = tenant!.Locations.Keys.Where(k => k.Length > 0).Select(k => Index().Replace(k, ""))
            .Select(k => maps.FirstOrDefault(m => k.StartsWith(m, StringComparison.Ordinal)) is { } m ? m.TrimEnd('.') : k)
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(table.SetEquals(read), $"in the table, not read: {string.Join(", ", table.Except(read))}; read, not in the table: {string.Join(", ", read.Except(table))}");
    }

    public static TheoryData<string> FieldPaths() => new(TablePaths(TenantFields.Root, "").Where(p => p.Field.Kind != FieldKind.Refused).Select(p => p.Path));

    [Theory]
    [MemberData(nameof(FieldPaths))]
    public void A_field_is_required_by_the_loader_exactly_when_the_table_says(string path)
    {
        var field = TenantFields.At(path);
        var keys = path.Split('.');
        var doc = Full();
        // In a list, the field is removed from the first item that has it.
        JsonNode parent = doc;
        for (var i = 0; i < keys.Length - 1; i++)
        {
            parent = parent[keys[i]]!;
            if (parent is JsonArray items) parent = items.First(item => item is JsonObject o && o.ContainsKey(keys[i + 1]))!;
        }
        var parentShape = TenantFields.At(string.Join('.', keys[..^1]));
        parent.AsObject().Remove(field.Name);
        // The target port means nothing without the issuer it points behind (the loader says so).
        if (path == "spec.oidc.internalIssuerURL") parent.AsObject().Remove("internalIssuerTargetPort");
        var (_, diagnostics) = Load(doc);
        var at = diagnostics.Select(d => Index().Replace(d.Subject, "")).ToList();
        // Required: reported at the field (OCM0103, or OCM0105 "at least one" for the RBAC lists); one of an
        // exactly-one-of pair: reported at the item; optional: the file still loads.
        if (parentShape.ExactlyOneOf.Contains(field.Name)) Assert.Contains(string.Join('.', keys[..^1]), at);
        else if (field.Required) Assert.Contains(path, at);
        else Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    private static IEnumerable<string> Paths(JsonNode? node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Paths(p.Value, prefix.Length == 0 ? p.Key : prefix + "." + p.Key).Prepend(prefix.Length == 0 ? p.Key : prefix + "." + p.Key)),
        JsonArray a => a.SelectMany(i => Paths(i, prefix)),
        _ => [],
    };

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
