using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Admission;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// Each rule page's "At admission" section is generated from the admission policy definitions (or the stated reason a
/// rule has none). Run with OPENCLAW_WRITE_DOCS=1 to rewrite the pages; otherwise a page that says anything else fails.
/// </summary>
public sealed class AdmissionDocsTests
{
    private const string Heading = "## At admission";

    public static TheoryData<string> Rules() => new(Enumerable.Range(1, 12).Select(n => $"OCM{n:0000}"));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_says_what_admission_checks(string rule)
    {
        var page = Path.Combine(RepoPaths.Root, "docs", "rules", rule + ".md");
        var text = File.ReadAllText(page).ReplaceLineEndings("\n");
        var start = text.IndexOf(Heading + "\n", StringComparison.Ordinal);
        string expected;
        if (start < 0)
        {
            var before = text.IndexOf("## Equivalent checks elsewhere", StringComparison.Ordinal);
            Assert.True(before >= 0, $"{page}: no '## Equivalent checks elsewhere' to put the admission section before");
            expected = text[..before] + AdmissionDocs.Section(rule) + "\n" + text[before..];
        }
        else
        {
            var end = text.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
            expected = text[..start] + AdmissionDocs.Section(rule) + (end < 0 ? "" : text[(end + 1)..].Insert(0, "\n"));
        }
        if (Environment.GetEnvironmentVariable("OPENCLAW_WRITE_DOCS") == "1") File.WriteAllText(page, expected);
        else Assert.True(expected == text, $"{page}: the '{Heading}' section is not what the policy definitions say; run the tests with OPENCLAW_WRITE_DOCS=1");
    }

    [Fact]
    public void Every_rule_is_either_enforced_or_says_why_not()
    {
        var enforced = AdmissionPolicies.Rules.Select(r => r.Rule.Id).ToList();
        Assert.Empty(enforced.Intersect(AdmissionDocs.NotEnforced.Keys));
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"OCM{n:0000}"), enforced.Concat(AdmissionDocs.NotEnforced.Keys).Order(StringComparer.Ordinal));
    }
}
