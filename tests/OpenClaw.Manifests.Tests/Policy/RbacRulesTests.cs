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
}
