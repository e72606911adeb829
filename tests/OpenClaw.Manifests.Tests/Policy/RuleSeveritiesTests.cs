using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// The severities a platform sets (<c>dotnet_diagnostic.OCMxxxx.severity</c>): which rules may be lowered, what the
/// shared default refuses, and the report of lowered rules the CLI prints.
/// </summary>
public class RuleSeveritiesTests
{
    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_fixed_rule_can_be_raised_but_not_lowered()
    {
        var s = new RuleSeverities();
        Assert.False(s.TrySet("OCM0001", RuleSeverity.Warning));
        Assert.False(s.TrySet("OCM0101", RuleSeverity.None));
        Assert.Equal(RuleSeverity.Error, s.Of(RuleCatalog.ImageNotPinned));
        Assert.True(s.TrySet("OCM0001", RuleSeverity.Error));
        Assert.True(s.TrySet("OCM0004", RuleSeverity.None));
        Assert.Equal(RuleSeverity.None, s.Of(RuleCatalog.WildcardRbac));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_shared_default_cannot_be_changed()
    {
        Assert.Throws<InvalidOperationException>(() => RuleSeverities.Default.TrySet("OCM0004", RuleSeverity.Warning));
        // A refused lowering of a fixed rule says false before it gets that far, and changes nothing either.
        Assert.False(RuleSeverities.Default.TrySet("OCM0001", RuleSeverity.None));
        Assert.Equal(RuleSeverity.Error, RuleSeverities.Default.Of(RuleCatalog.WildcardRbac));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Lowered_lists_the_rules_below_error_in_id_order()
    {
        var s = new RuleSeverities();
        Assert.True(s.TrySet("OCM0012", RuleSeverity.Error));
        Assert.True(s.TrySet("OCM0007", RuleSeverity.None));
        Assert.True(s.TrySet("OCM0004", RuleSeverity.Warning));
        Assert.True(s.TrySet("OCM0005", RuleSeverity.Error));
        Assert.Equal([new("OCM0004", RuleSeverity.Warning), new KeyValuePair<string, RuleSeverity>("OCM0007", RuleSeverity.None)], s.Lowered);
        Assert.Empty(new RuleSeverities().Lowered);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Only_the_listed_warnings_ship_as_warnings()
    {
        Assert.Equal(RuleSeverity.Warning, RuleSeverities.Shipped("OCM0012"));
        Assert.Equal(RuleSeverity.Error, RuleSeverities.Shipped("OCM0004"));
        var d = Diagnostic.Create(RuleCatalog.UnrestrictedEgress, "s", "NetworkPolicy/x", "0.0.0.0/0");
        Assert.False(RuleSeverities.Default.Blocks(d));
        var strict = new RuleSeverities();
        Assert.True(strict.TrySet("OCM0012", RuleSeverity.Error));
        Assert.True(strict.Blocks(d));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_fixed_rules_are_the_unpinned_image_the_silent_grant_the_secret_and_the_structural_errors_each_with_a_reason()
    {
        Assert.Equal(["OCM0001", "OCM0002", "OCM0003", "OCM0100", "OCM0101", "OCM0102", "OCM0103", "OCM0104", "OCM0105", "OCM0106"],
            RuleSeverities.Fixed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["OCM0012"], RuleSeverities.Warnings.Keys);
        // The reasons are printed when a platform's .editorconfig tries to lower a fixed rule.
        Assert.All(RuleSeverities.Fixed.Values.Concat(RuleSeverities.Warnings.Values), reason => Assert.True(reason.Length > 20, reason));
        var s = new RuleSeverities();
        Assert.All(RuleSeverities.Fixed.Keys, id => Assert.False(s.TrySet(id, RuleSeverity.Warning)));
    }
}
