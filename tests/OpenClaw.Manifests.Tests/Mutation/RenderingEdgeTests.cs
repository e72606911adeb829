using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Mutation;

/// <summary>
/// Rendering details the sample snapshots cannot reach: Go's JSON escaping for every special character,
/// Helm's full install order and its tie-breaks, line-ending normalisation, and the render-time refusal.
/// </summary>
public class RenderingEdgeTests
{
    // ---- CanonicalJson: what Go's encoding/json (Helm's toJson) prints ----

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("a\rb", "\"a\\rb\"")]
    [InlineData("a\tb", "\"a\\tb\"")]
    [InlineData("<", "\"\\u003c\"")]
    [InlineData(">", "\"\\u003e\"")]
    [InlineData("&", "\"\\u0026\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    [InlineData("\u2029", "\"\\u2029\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("\u001f", "\"\\u001f\"")]
    [InlineData("\b\f", "\"\\u0008\\u000c\"")]
    [InlineData(" ~", "\" ~\"")]
    [InlineData("'/", "\"'/\"")]
    [InlineData("\u007f", "\"\u007f\"")]
    [InlineData("é€", "\"é€\"")]
    [InlineData("${USER_UUID}", "\"${USER_UUID}\"")]
    public void Strings_are_escaped_like_go(string input, string expected) => Assert.Equal(expected, CanonicalJson.Quote(input));

    [Fact]
    public void Objects_have_ordinal_key_order_and_no_whitespace()
    {
        var node = JsonNode.Parse("""{ "b": 1, "B": [true, false, null], "a": { "z": "<", "_": {} }, "c": [], "d": null }""");
        Assert.Equal("""{"B":[true,false,null],"a":{"_":{},"z":"\u003c"},"b":1,"c":[],"d":null}""", CanonicalJson.Write(node));
    }

    [Fact]
    public void Integral_numbers_have_no_fraction_and_others_keep_their_text()
    {
        Assert.Equal("[0,-7,9007199254740993,1.5,1e+300]", CanonicalJson.Write(JsonNode.Parse("[0, -7, 9007199254740993, 1.5, 1e+300]")));
    }

    [Fact]
    public void Null_and_scalars_at_the_top()
    {
        Assert.Equal("null", CanonicalJson.Write(null));
        Assert.Equal("\"x\"", CanonicalJson.Write(JsonNode.Parse("\"x\"")));
        Assert.Equal("true", CanonicalJson.Write(JsonNode.Parse("true")));
        Assert.Equal("false", CanonicalJson.Write(JsonNode.Parse("false")));
    }

    [Fact]
    public void Objects_are_written_with_sorted_keys_and_go_escaping()
        => Assert.Equal(
            """{"apiVersion":"v1","data":{"a":"x\u0026y","b":"2"},"kind":"ConfigMap","metadata":{"name":"n"}}""",
            CanonicalJson.Write(JsonNode.Parse("""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"n"},"data":{"b":"2","a":"x&y"}}""")));

    // ---- InstallOrder: Helm's pkg/releaseutil/kind_sorter.go InstallOrder ----
    // Written out again on purpose, from Helm's source rather than from InstallOrder.Kinds: an oracle read from the
    // code under test could not fail when an entry there is dropped or moved.

    private static readonly string[] HelmInstallOrder =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
    ];

    [Fact]
    public void Every_kind_has_helms_rank_and_unknown_kinds_come_last()
    {
        Assert.Equal(Enumerable.Range(0, HelmInstallOrder.Length), HelmInstallOrder.Select(InstallOrder.Rank));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank("Certificate"));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank(null));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank("namespace")); // kinds are case-sensitive
    }

    private sealed class Custom : IKubernetesObject<V1ObjectMeta>
    {
        public string ApiVersion { get; set; } = "example.org/v1";
        public string Kind { get; set; } = "";
        public V1ObjectMeta Metadata { get; set; } = new();
    }

    private static IKubernetesObject<V1ObjectMeta> Obj(string kind, string name)
        => new Custom { Kind = kind, Metadata = new V1ObjectMeta { Name = name } };

    [Fact]
    public void Sort_is_by_rank_then_kind_then_name_ordinally()
    {
        var sorted = InstallOrder.Sort(
        [
            Obj("Zeta", "b"), Obj("Deployment", "b"), Obj("Alpha", "a"), Obj("Deployment", "B"), Obj("Alpha", "0"),
            Obj("Namespace", "x"), Obj("APIService", "s"), Obj("PriorityClass", "p"),
        ]);
        Assert.Equal(
            ["PriorityClass/p", "Namespace/x", "Deployment/B", "Deployment/b", "APIService/s", "Alpha/0", "Alpha/a", "Zeta/b"],
            sorted.Select(o => $"{o.Kind}/{o.Metadata.Name}"));
    }

    // ---- ManifestYaml ----

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb", "a\nb\n")]
    [InlineData("a\n\n\n", "a\n")]
    [InlineData("a", "a\n")]
    [InlineData("", "\n")]
    [InlineData("\n a \n", "\n a \n")]
    public void Normalize_gives_lf_and_exactly_one_final_newline(string input, string expected)
        => Assert.Equal(expected, ManifestYaml.Normalize(input));

    [Fact]
    public void Each_document_starts_with_a_separator_and_a_kind_name_comment()
    {
        var yaml = ManifestYaml.Write(
        [
            new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "a" } },
            new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "b" } },
        ]);
        Assert.Equal("---\n# ConfigMap/a\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# ConfigMap/b\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n", yaml);
        Assert.Equal("", ManifestYaml.Write([]));
    }

    // ---- TenantRenderer: the second gate, on the rendered objects ----

    [Fact]
    public void Render_refuses_objects_that_break_policy_even_when_the_tenant_model_passes()
    {
        // The domain is not a free-text field (TenantPolicy has nothing to say about it), but it ends up in
        // the ingress host, where the object scan finds a key-shaped label.
        var t = TestTenants.Minimal() with { Domain = DnsName.Parse("sk-abcdefghijklmnopqrstu.example.org") };
        Assert.Empty(TenantPolicy.Check(t));
        var e = Assert.Throws<PolicyViolationException>(() => TenantRenderer.Render(t));
        Assert.NotEmpty(e.Diagnostics);
        Assert.All(e.Diagnostics, d => Assert.Equal("OCM0003", d.Rule.Id));
        Assert.Equal(string.Join(Environment.NewLine, e.Diagnostics.Select(d => d.ToString())), e.Message);
    }

    [Fact]
    public void Render_returns_the_tenant_and_the_sorted_objects()
    {
        var t = TestTenants.Minimal();
        var r = TenantRenderer.Render(t);
        Assert.Same(t, r.Tenant);
        Assert.Equal(TenantRenderer.BuildObjects(t).Select(o => $"{o.Kind}/{o.Metadata.Name}"), r.Objects.Select(o => $"{o.Kind}/{o.Metadata.Name}"));
        Assert.Equal(ManifestYaml.Write(r.Objects), r.ToYaml());
    }

    // ---- Builders: branches none of the samples take ----

    [Fact]
    public void Storage_without_a_class_leaves_the_cluster_default()
    {
        var pvc = TenantRenderer.BuildObjects(TestTenants.Minimal() with { Storage = new StorageSettings() }).OfType<V1PersistentVolumeClaim>().Single();
        Assert.Null(pvc.Spec.StorageClassName);
        Assert.Equal("10Gi", pvc.Spec.Resources.Requests["storage"].ToString());
        Assert.Equal(["ReadWriteMany"], pvc.Spec.AccessModes);
    }

    [Fact]
    public void Extra_env_keeps_plain_values_and_secret_references_apart()
    {
        var t = TestTenants.Minimal() with
        {
            Controller = new ControllerSettings
            {
                ExtraEnv = [EnvVarSpec.Plain("FEATURE", "on"), EnvVarSpec.FromSecret("HOOK_TOKEN", new SecretKeyRef("hooks", "token")), EnvVarSpec.Plain("EMPTY", "")],
            },
        };
        var env = TenantRenderer.BuildObjects(t).OfType<V1Deployment>().Single().Spec.Template.Spec.Containers[0].Env;
        var extra = env.Skip(env.Count - 3).ToList();
        Assert.Equal(("FEATURE", "on"), (extra[0].Name, extra[0].Value));
        Assert.Null(extra[0].ValueFrom);
        Assert.Equal(("HOOK_TOKEN", null, "hooks", "token"), (extra[1].Name, extra[1].Value, extra[1].ValueFrom.SecretKeyRef.Name, extra[1].ValueFrom.SecretKeyRef.Key));
        Assert.Equal(("EMPTY", ""), (extra[2].Name, extra[2].Value));
    }

    [Fact]
    public void An_optional_variable_without_a_value_has_no_value_field()
    {
        Assert.Null(EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", null).Value);
        Assert.Null(EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", "").Value);
        Assert.Equal("http://kc.kc.svc", EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", "http://kc.kc.svc").Value);
    }

    [Fact]
    public void Namespace_labels_are_sorted_and_enforce_restricted_in_all_three_modes()
    {
        var ns = TenantRenderer.BuildObjects(TestTenants.Minimal()).OfType<V1Namespace>().Single();
        Assert.Equal(ns.Metadata.Labels.Keys.Order(StringComparer.Ordinal), ns.Metadata.Labels.Keys);
        foreach (var mode in new[] { "audit", "enforce", "warn" })
            Assert.Equal("restricted", ns.Metadata.Labels[$"pod-security.kubernetes.io/{mode}"]);
        Assert.Equal("org-acme", ns.Metadata.Name);
        Assert.Null(ns.Metadata.NamespaceProperty);
    }
}
