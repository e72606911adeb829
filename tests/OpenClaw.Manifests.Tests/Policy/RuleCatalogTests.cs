using System.Globalization;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// The rule catalog is a public contract shared by the library, the loader and the analyzers: IDs never
/// change, every rule is documented, and diagnostics print in the compiler's form.
/// </summary>
public partial class RuleCatalogTests
{
    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_catalog_lists_every_rule_once_in_id_order_with_its_category()
        => Assert.Equal(
            [
                ("OCM0001", RuleCategory.Security), ("OCM0002", RuleCategory.Security), ("OCM0003", RuleCategory.Security),
                ("OCM0004", RuleCategory.Security), ("OCM0005", RuleCategory.Security),
                ("OCM0006", RuleCategory.Isolation), ("OCM0007", RuleCategory.Isolation), ("OCM0008", RuleCategory.Isolation),
                ("OCM0009", RuleCategory.Isolation), ("OCM0010", RuleCategory.Isolation), ("OCM0011", RuleCategory.Isolation), ("OCM0012", RuleCategory.Isolation),
                ("OCM0100", RuleCategory.TenantFile), ("OCM0101", RuleCategory.TenantFile), ("OCM0102", RuleCategory.TenantFile),
                ("OCM0103", RuleCategory.TenantFile), ("OCM0104", RuleCategory.TenantFile), ("OCM0105", RuleCategory.TenantFile),
                ("OCM0106", RuleCategory.Isolation),
            ],
            RuleCatalog.All.Select(r => (r.Id, r.Category)));

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("OCM0001", 1)]
    [InlineData("OCM0002", 1)]
    [InlineData("OCM0003", 1)]
    [InlineData("OCM0004", 1)]
    [InlineData("OCM0005", 2)]
    [InlineData("OCM0006", 2)]
    [InlineData("OCM0007", 4)]
    [InlineData("OCM0008", 2)]
    [InlineData("OCM0009", 2)]
    [InlineData("OCM0010", 2)]
    [InlineData("OCM0011", 3)]
    [InlineData("OCM0012", 2)]
    [InlineData("OCM0100", 1)]
    [InlineData("OCM0101", 3)]
    [InlineData("OCM0102", 2)]
    [InlineData("OCM0103", 1)]
    [InlineData("OCM0104", 2)]
    [InlineData("OCM0105", 2)]
    [InlineData("OCM0106", 4)]
    public void Every_rule_is_documented_and_its_message_takes_its_arguments(string id, int arguments)
    {
        var rule = Assert.Single(RuleCatalog.All, r => r.Id == id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title), id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Description), id);
        Assert.EndsWith(".", rule.Description);
        var used = Placeholder().Matches(rule.MessageFormat).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order();
        Assert.Equal(Enumerable.Range(0, arguments), used);
        // Words around the placeholders, except OCM0100, which carries the parser's own text.
        Assert.Equal(id == "OCM0100", Placeholder().Replace(rule.MessageFormat, "").Trim().Length == 0);
        Assert.Equal($"https://github.com/openclaw-manifests/openclaw-manifests/blob/main/docs/rules/{id}.md", rule.HelpLink);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Titles_are_distinct() => Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Title).Distinct().Count());

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Format_uses_the_invariant_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("'x': 1.5", RuleCatalog.InvalidValue.Format("x", 1.5));
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Diagnostics_print_in_the_compilers_form()
    {
        var d = Diagnostic.Create(RuleCatalog.MissingField, "spec.domain", "spec.domain");
        Assert.Equal("Required field 'spec.domain' is missing", d.Message);
        Assert.Equal("spec.domain: error OCM0103: Required field 'spec.domain' is missing", d.ToString());
        var located = d with { Location = new SourceLocation("tenants/acme.yaml", 3, 5) };
        Assert.Equal("tenants/acme.yaml(3,5)", located.Location.ToString());
        Assert.Equal("tenants/acme.yaml(3,5): error OCM0103: Required field 'spec.domain' is missing", located.ToString());
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_policy_violation_lists_every_diagnostic_one_per_line()
    {
        var a = Diagnostic.Create(RuleCatalog.MissingField, "spec.domain", "spec.domain");
        var b = Diagnostic.Create(RuleCatalog.WrongType, "spec.quota", "spec.quota", "a mapping");
        var e = new PolicyViolationException([a, b]);
        Assert.Equal([a, b], e.Diagnostics);
        Assert.Equal(a + Environment.NewLine + b, e.Message);
    }
}
