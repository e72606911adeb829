using k8s.Models;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// Label selector semantics as Kubernetes defines them, which OCM0009 relies on: a selector that matched
/// too much would hide an uncovered pod, one that matched too little would flag a covered one.
/// </summary>
public class LabelSelectorsTests
{
    private static readonly Dictionary<string, string> Pod = new() { ["app"] = "web", ["tier"] = "front" };

    private static V1LabelSelector Expr(string op, params string[]? values)
        => new() { MatchExpressions = [new V1LabelSelectorRequirement { Key = "app", OperatorProperty = op, Values = values }] };

    [Fact]
    [Trait("Provenance", "mutation")]
    public void No_selector_selects_nothing() => Assert.False(LabelSelectors.Matches(null, Pod));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_empty_selector_selects_everything()
    {
        Assert.True(LabelSelectors.Matches(new V1LabelSelector(), Pod));
        Assert.True(LabelSelectors.Matches(new V1LabelSelector(), null));
        Assert.True(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string>(), MatchExpressions = [] }, Pod));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Match_labels_need_every_key_with_the_same_value()
    {
        Assert.True(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } }, Pod));
        Assert.True(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string>(Pod) }, Pod));
        Assert.False(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "db" } }, Pod));
        Assert.False(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web", ["zone"] = "a" } }, Pod));
        Assert.False(LabelSelectors.Matches(new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } }, null));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void In()
    {
        Assert.True(LabelSelectors.Matches(Expr("In", "db", "web"), Pod));
        Assert.False(LabelSelectors.Matches(Expr("In", "db"), Pod));
        Assert.False(LabelSelectors.Matches(Expr("In", "web"), new Dictionary<string, string> { ["tier"] = "front" }));
        Assert.False(LabelSelectors.Matches(Expr("In", null), Pod));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void NotIn()
    {
        Assert.True(LabelSelectors.Matches(Expr("NotIn", "db"), Pod));
        Assert.False(LabelSelectors.Matches(Expr("NotIn", "db", "web"), Pod));
        Assert.True(LabelSelectors.Matches(Expr("NotIn", "web"), new Dictionary<string, string> { ["tier"] = "front" }));
        Assert.True(LabelSelectors.Matches(Expr("NotIn", null), Pod));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Exists_and_DoesNotExist()
    {
        Assert.True(LabelSelectors.Matches(Expr("Exists"), Pod));
        Assert.False(LabelSelectors.Matches(Expr("Exists"), new Dictionary<string, string> { ["tier"] = "front" }));
        Assert.False(LabelSelectors.Matches(Expr("DoesNotExist"), Pod));
        Assert.True(LabelSelectors.Matches(Expr("DoesNotExist"), new Dictionary<string, string> { ["tier"] = "front" }));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_unknown_operator_selects_nothing()
    {
        Assert.False(LabelSelectors.Matches(Expr("in", "web"), Pod));
        Assert.False(LabelSelectors.Matches(Expr("Gt", "1"), Pod));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_expression_and_every_label_must_hold()
    {
        var both = new V1LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["tier"] = "front" },
            MatchExpressions =
            [
                new V1LabelSelectorRequirement { Key = "app", OperatorProperty = "Exists" },
                new V1LabelSelectorRequirement { Key = "zone", OperatorProperty = "DoesNotExist" },
            ],
        };
        Assert.True(LabelSelectors.Matches(both, Pod));
        both.MatchExpressions.Add(new V1LabelSelectorRequirement { Key = "tier", OperatorProperty = "In", Values = ["back"] });
        Assert.False(LabelSelectors.Matches(both, Pod));
    }
}
