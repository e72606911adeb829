using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Tests.Schema.Cilium;

/// <summary>
/// The trimmed CiliumNetworkPolicy schema accepts the object the renderer will emit and refuses each kind of
/// mistake the CRD itself refuses (unknown field, entity or protocol outside the enum, a port or DNS name outside
/// the pattern, a missing required field, a wrong type), with an error that names the field.
/// </summary>
public sealed class CiliumSchemaTests
{
    /// <summary>The shape the renderer will emit for one tenant's runtime pods.</summary>
    private const string Valid = """
        {"apiVersion":"cilium.io/v2","kind":"CiliumNetworkPolicy","metadata":{"name":"openclaw-runtime-egress","namespace":"org-acme","labels":{"openclaw.io/tenant":"acme"}},
         "spec":{"endpointSelector":{"matchLabels":{"app.kubernetes.io/component":"per-user-pod"}},
           "egress":[
             {"toEndpoints":[{"matchLabels":{"k8s:io.kubernetes.pod.namespace":"kube-system","k8s:k8s-app":"kube-dns"}}],
              "toPorts":[{"ports":[{"port":"53","protocol":"ANY"}],"rules":{"dns":[{"matchName":"api.acme.example.org"}]}}]},
             {"toFQDNs":[{"matchName":"api.acme.example.org"}],"toPorts":[{"ports":[{"port":"443","protocol":"TCP"}]}]},
             {"toEntities":["kube-apiserver"]},
             {"toEndpoints":[{"matchLabels":{"app.kubernetes.io/component":"per-user-pod"}}],"toPorts":[{"ports":[{"port":"8080","protocol":"TCP"}]}]}],
           "ingress":[{"fromEntities":["ingress","host"],"toPorts":[{"ports":[{"port":"8080","protocol":"TCP"}]}]},
                      {"fromEndpoints":[{"matchLabels":{"k8s:io.kubernetes.pod.namespace":"monitoring"}}],"toPorts":[{"ports":[{"port":"8080","protocol":"TCP"}]}]}]}}
        """;

    /// <summary>The valid object with one change made to it.</summary>
    private static string With(Action<JsonObject> change)
    {
        var policy = JsonNode.Parse(Valid)!.AsObject();
        change(policy);
        return policy.ToJsonString();
    }

    private static JsonObject Spec(JsonObject policy) => policy["spec"]!.AsObject();

    private static JsonObject Egress(JsonObject policy, int i) => Spec(policy)["egress"]![i]!.AsObject();

    private static JsonObject FirstPort(JsonObject rule) => rule["toPorts"]![0]!["ports"]![0]!.AsObject();

    /// <summary>The object fails, and one of its errors is at <paramref name="path"/> with <paramref name="kind"/>.</summary>
    private static void AssertFails(string json, string path, string kind)
    {
        var errors = CiliumSchema.Errors(json);
        var expected = $"{path}: {kind}";
        Assert.True(errors.Any(e => e.Trim() == expected), $"expected \"{expected}\" among:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void The_rendered_shape_passes()
    {
        var errors = CiliumSchema.Errors(Valid);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_misspelt_field_in_a_rule_fails()
    {
        var json = With(p =>
        {
            var rule = Egress(p, 1);
            var fqdns = rule["toFQDNs"];
            rule.Remove("toFQDNs");
            rule["toFQDN"] = fqdns;
        });
        AssertFails(json, "#/spec.egress[1].toFQDN", "NoAdditionalPropertiesAllowed");
    }

    [Fact]
    public void A_field_the_schema_trimmed_fails_even_where_the_crd_has_it()
    {
        // nodeSelector is in the CRD (for clusterwide policies) but not among the fields we emit.
        var json = With(p => Spec(p)["nodeSelector"] = new JsonObject());
        AssertFails(json, "#/spec.nodeSelector", "NoAdditionalPropertiesAllowed");
    }

    [Fact]
    public void An_entity_outside_the_enum_fails()
    {
        AssertFails(With(p => Egress(p, 2)["toEntities"] = new JsonArray("world-ish")), "#/spec.egress[2].toEntities[0]", "NotInEnumeration");
        AssertFails(With(p => Spec(p)["ingress"]![0]!["fromEntities"]![1] = "nodes"), "#/spec.ingress[0].fromEntities[1]", "NotInEnumeration");
    }

    [Fact]
    public void A_protocol_outside_the_enum_fails()
    {
        // The enum is upper case, and ICMP is matched with icmps, not toPorts.
        foreach (var protocol in new[] { "tcp", "ICMP", "HTTP" })
            AssertFails(With(p => FirstPort(Egress(p, 1))["protocol"] = protocol), "#/spec.egress[1].toPorts[0].ports[0].protocol", "NotInEnumeration");
    }

    [Fact]
    public void A_port_outside_the_pattern_fails()
    {
        AssertFails(With(p => FirstPort(Egress(p, 1))["port"] = "http-port!"), "#/spec.egress[1].toPorts[0].ports[0].port", "PatternMismatch");
    }

    [Fact]
    public void A_port_over_65535_passes_because_the_crd_pattern_is_anchored_at_one_end_only()
    {
        // The CRD's port pattern is "^(numbers up to 65535)|(name)$": the first alternative has no "$", so any
        // string starting with one to four digits matches it. The API server checks the same pattern the same way
        // (a regex search), so it admits these too; the schema stays as the CRD states it. The renderer must
        // keep ports in range itself.
        foreach (var port in new[] { "99999", "65536" })
        {
            var errors = CiliumSchema.Errors(With(p => FirstPort(Egress(p, 1))["port"] = port));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void An_endPort_out_of_range_fails()
    {
        AssertFails(With(p => FirstPort(Egress(p, 1))["endPort"] = 65536), "#/spec.egress[1].toPorts[0].ports[0].endPort", "NumberTooBig");
    }

    [Fact]
    public void A_dns_name_outside_the_pattern_fails()
    {
        // A wildcard belongs in matchPattern; matchName takes literal names only.
        AssertFails(With(p => Egress(p, 1)["toFQDNs"]![0]!["matchName"] = "*.acme.example.org"), "#/spec.egress[1].toFQDNs[0].matchName", "PatternMismatch");
        AssertFails(
            With(p => Egress(p, 0)["toPorts"]![0]!["rules"]!["dns"]![0]!["matchName"] = "*.acme.example.org"),
            "#/spec.egress[0].toPorts[0].rules.dns[0].matchName",
            "PatternMismatch");
    }

    [Fact]
    public void A_dns_pattern_with_a_wildcard_passes()
    {
        var errors = CiliumSchema.Errors(With(p => Egress(p, 1)["toFQDNs"] = new JsonArray(new JsonObject { ["matchPattern"] = "*.acme.example.org" })));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_match_expression_without_its_operator_fails()
    {
        var json = With(p => Spec(p)["endpointSelector"]!["matchExpressions"] = new JsonArray(new JsonObject { ["key"] = "app" }));
        AssertFails(json, "#/spec.endpointSelector.matchExpressions[0].operator", "PropertyRequired");
    }

    [Fact]
    public void A_spec_without_endpointSelector_fails()
    {
        var json = With(p => Spec(p).Remove("endpointSelector"));
        AssertFails(json, "#/spec", "NotOneOf");
        AssertFails(json, "#/spec.endpointSelector", "PropertyRequired");
    }

    [Fact]
    public void A_spec_without_ingress_or_egress_fails()
    {
        var json = With(p =>
        {
            Spec(p).Remove("ingress");
            Spec(p).Remove("egress");
        });
        AssertFails(json, "#/spec", "NotAnyOf");
    }

    [Fact]
    public void A_dns_selector_with_neither_name_nor_pattern_fails()
    {
        AssertFails(With(p => Egress(p, 1)["toFQDNs"] = new JsonArray(new JsonObject())), "#/spec.egress[1].toFQDNs[0]", "NotOneOf");
    }

    [Fact]
    public void A_port_of_the_wrong_type_fails()
    {
        AssertFails(With(p => FirstPort(Egress(p, 1))["port"] = new JsonArray("443")), "#/spec.egress[1].toPorts[0].ports[0].port", "StringExpected");
    }

    [Fact]
    public void A_policy_without_metadata_fails()
    {
        AssertFails(With(p => p.Remove("metadata")), "#/metadata", "PropertyRequired");
    }
}
