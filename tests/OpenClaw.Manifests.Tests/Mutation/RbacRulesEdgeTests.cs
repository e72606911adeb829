using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Mutation;

/// <summary>OCM0002 and OCM0004 on one rule: every wildcard position named, duplicates once, nulls tolerated.</summary>
public class RbacRulesEdgeTests
{
    [Fact]
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
    public void A_star_resource_name_is_not_a_wildcard()
        => Assert.Empty(RbacRuleChecks.Check("r", [""], ["configmaps"], ["get"], ["*"]));

    [Theory]
    [InlineData("pods/*", false)]   // compared as the literal string: no resource is named that
    [InlineData("*/scale", true)]    // the authorizer matches "*/<subresource>" against that subresource of every resource
    [InlineData("*/exec", true)]
    [InlineData("pods*", false)]
    [InlineData("x*/scale", false)]
    [InlineData("pods/log", false)]
    public void Only_a_whole_resource_or_subresource_wildcard_counts(string resource, bool wild)
        => Assert.Equal(wild ? 1 : 0, RbacRuleChecks.Check("r", [""], [resource], ["get"], []).Count());

    [Fact]
    public void The_api_group_and_verb_wildcards_need_an_exact_star()
    {
        Assert.Empty(RbacRuleChecks.Check("r", ["*.example.org"], ["pods"], ["get*"], []));
        Assert.Equal("RBAC rule uses '*' in apiGroups: list the exact API groups, resources and verbs the controller needs",
            Assert.Single(RbacRuleChecks.Check("r", ["", "*"], ["pods"], ["get"], [])).Message);
        Assert.Equal("RBAC rule uses '*' in verbs: list the exact API groups, resources and verbs the controller needs",
            Assert.Single(RbacRuleChecks.Check("r", [""], ["pods"], ["get", "*"], [])).Message);
    }

    [Fact]
    public void A_repeated_name_blind_verb_is_named_once_in_order()
    {
        var d = Assert.Single(RbacRuleChecks.Check("r", [""], ["pods"], ["deletecollection", "get", "create", "deletecollection"], ["p"]));
        Assert.Equal("OCM0002", d.Rule.Id);
        Assert.StartsWith("RBAC rule with verb(s) 'deletecollection', 'create' must not carry resourceNames", d.Message);
    }

    [Fact]
    public void Verbs_are_compared_exactly()
        => Assert.Empty(RbacRuleChecks.Check("r", [""], ["pods"], ["Create", "deleteCollection"], ["p"]));

    [Fact]
    public void Both_rules_can_fire_on_one_rule_in_id_order()
        => Assert.Equal(["OCM0002", "OCM0004"], RbacRuleChecks.Check("r", [""], ["*"], ["create"], ["p"]).Select(d => d.Rule.Id));

    [Fact]
    public void Missing_lists_are_no_grant_at_all()
        => Assert.Empty(RbacRuleChecks.Check("r", null, null, null, null));
}
