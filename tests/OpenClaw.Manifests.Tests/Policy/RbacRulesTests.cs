using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

public class RbacRulesTests
{
    private static List<string> Ids(string[] groups, string[] resources, string[] verbs, string[] names)
        => RbacRuleChecks.Check("rule", groups, resources, verbs, names).Select(d => d.Rule.Id).ToList();

    [Theory]
    [InlineData("create")]
    [InlineData("deletecollection")]
    public void Name_blind_verbs_with_resourceNames_are_OCM0002(string verb)
        => Assert.Equal(["OCM0002"], Ids([""], ["pods"], ["get", verb], ["p1"]));

    [Fact]
    public void Create_alone_and_resourceNames_on_get_are_fine()
    {
        Assert.Empty(Ids([""], ["pods"], ["create"], []));
        Assert.Empty(Ids([""], ["configmaps"], ["get", "update"], ["cm"]));
    }

    [Fact]
    public void The_message_names_the_offending_verbs()
    {
        var d = Assert.Single(RbacRuleChecks.Check("rule", [""], ["pods"], ["create", "get", "deletecollection"], ["x"]));
        Assert.Contains("'create', 'deletecollection'", d.Message);
    }

    [Theory]
    [InlineData(new[] { "*" }, new[] { "pods" }, new[] { "get" })]
    [InlineData(new[] { "" }, new[] { "*" }, new[] { "get" })]
    [InlineData(new[] { "" }, new[] { "*/exec" }, new[] { "get" })]
    [InlineData(new[] { "" }, new[] { "pods" }, new[] { "*" })]
    public void Wildcards_are_OCM0004(string[] groups, string[] resources, string[] verbs)
        => Assert.Equal(["OCM0004"], Ids(groups, resources, verbs, []));

    // ---- Found by mutation testing (each test carries Provenance=mutation); from RbacRulesEdgeTests:
    // OCM0002 and OCM0004 on one rule: every wildcard position named, duplicates once, nulls tolerated.

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_wildcard_position_is_named_in_one_OCM0004()
    {
        var d = Assert.Single(RbacRuleChecks.Check("spec.rbac.extraRules[3]", ["*"], ["*"], ["*"], ["*"]));
        Assert.Equal(("OCM0004", "spec.rbac.extraRules[3]"), (d.Rule.Id, d.Subject));
        Assert.Equal(
            "RBAC rule uses '*' in apiGroups, resources, verbs: list the exact API groups, resources and verbs the controller needs",
            d.Message);
    }

    // ResourceNameMatches compares names exactly: ["*"] allows only an object named "*", which cannot exist.
    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_star_resource_name_is_not_a_wildcard()
        => Assert.Empty(RbacRuleChecks.Check("r", [""], ["configmaps"], ["get"], ["*"]));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("pods/*", false)]   // compared as the literal string: no resource is named that
    [InlineData("*/scale", true)]    // the authorizer matches "*/<subresource>" against that subresource of every resource
    [InlineData("*/exec", true)]
    [InlineData("pods*", false)]
    [InlineData("x*/scale", false)]
    [InlineData("pods/log", false)]
    public void Only_a_whole_resource_or_subresource_wildcard_counts(string resource, bool wild)
        => Assert.Equal(wild ? 1 : 0, RbacRuleChecks.Check("r", [""], [resource], ["get"], []).Count());

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_api_group_and_verb_wildcards_need_an_exact_star()
    {
        Assert.Empty(RbacRuleChecks.Check("r", ["*.example.org"], ["pods"], ["get*"], []));
        Assert.Equal("RBAC rule uses '*' in apiGroups: list the exact API groups, resources and verbs the controller needs",
            Assert.Single(RbacRuleChecks.Check("r", ["", "*"], ["pods"], ["get"], [])).Message);
        Assert.Equal("RBAC rule uses '*' in verbs: list the exact API groups, resources and verbs the controller needs",
            Assert.Single(RbacRuleChecks.Check("r", [""], ["pods"], ["get", "*"], [])).Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_repeated_name_blind_verb_is_named_once_in_order()
    {
        var d = Assert.Single(RbacRuleChecks.Check("r", [""], ["pods"], ["deletecollection", "get", "create", "deletecollection"], ["p"]));
        Assert.Equal("OCM0002", d.Rule.Id);
        Assert.StartsWith("RBAC rule with verb(s) 'deletecollection', 'create' must not carry resourceNames", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Verbs_are_compared_exactly()
        => Assert.Empty(RbacRuleChecks.Check("r", [""], ["pods"], ["Create", "deleteCollection"], ["p"]));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Both_rules_can_fire_on_one_rule_in_id_order()
        => Assert.Equal(["OCM0002", "OCM0004"], RbacRuleChecks.Check("r", [""], ["*"], ["create"], ["p"]).Select(d => d.Rule.Id));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Missing_lists_are_no_grant_at_all()
        => Assert.Empty(RbacRuleChecks.Check("r", null, null, null, null));

    // The analyzer and the admission policy ask RbacFacts about lists RbacRuleChecks never sees (a Role has no
    // nonResourceURLs); the authorizer matches a non-resource URL ending in "*" as a prefix.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(nameof(RbacList.NonResourceUrls), "/api/*", true)]
    [InlineData(nameof(RbacList.NonResourceUrls), "*", true)]
    [InlineData(nameof(RbacList.NonResourceUrls), "/healthz", false)]
    [InlineData(nameof(RbacList.NonResourceUrls), "/a*b", false)]
    [InlineData(nameof(RbacList.ResourceNames), "*", false)]
    [InlineData(nameof(RbacList.Verbs), null, false)]
    // (The list is passed by name: RbacList is internal, a public test method cannot take it.)
    public void The_wildcard_forms_per_list(string list, string? value, bool wild)
        => Assert.Equal(wild, RbacFacts.IsWildcard(Enum.Parse<RbacList>(list), value));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(nameof(RbacList.ApiGroups), "apiGroups")]
    [InlineData(nameof(RbacList.Resources), "resources")]
    [InlineData(nameof(RbacList.Verbs), "verbs")]
    [InlineData(nameof(RbacList.ResourceNames), "resourceNames")]
    [InlineData(nameof(RbacList.NonResourceUrls), "nonResourceURLs")]
    public void Each_list_has_its_yaml_name(string list, string name) => Assert.Equal(name, RbacFacts.YamlName(Enum.Parse<RbacList>(list)));
}
