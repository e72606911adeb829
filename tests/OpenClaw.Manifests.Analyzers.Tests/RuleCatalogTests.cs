using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenClaw.Manifests.Analyzers.Tests.Verifiers;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Analyzers.Tests;

/// <summary>The analyzers, the catalog the library ships, the release files and the doc pages agree.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> AnalyzerRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in AnalyzerAssembly.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct())
            data.Add(id);
        return data;
    }

    [Fact]
    public void The_analyzers_export_no_type_of_the_shared_rule_files()
    {
        // The library's Policy files are compiled into the analyzers as internal copies (OCM_ANALYZERS): an exported
        // RuleCatalog would be a second public one beside the library's, colliding wherever both are referenced.
        var exported = typeof(DiagnosticIds).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(RuleCatalog).Namespace);
        Assert.Empty(exported);
    }

    [Fact]
    public void Every_constant_ID_matches_the_catalog_entry_of_the_same_name()
    {
        foreach (var field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var rule = (RuleInfo?)typeof(RuleCatalog).GetField(field.Name)?.GetValue(null);
            Assert.True(rule is not null, $"RuleCatalog has no rule named {field.Name}");
            Assert.Equal(rule!.Id, (string)field.GetValue(null)!);
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerRuleIds))]
    public void Descriptor_says_what_the_catalog_says(string id)
    {
        var descriptor = AnalyzerAssembly.All.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var rule = RuleCatalog.All.Single(r => r.Id == id);
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        Assert.Equal(rule.Category.ToString(), descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(AnalyzerRuleIds))]
    public void Rule_is_tracked_in_the_unshipped_release(string id)
    {
        var unshipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "analyzers", "OpenClaw.Manifests.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " |", unshipped, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_rule_has_a_doc_page_that_names_it()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var page = Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"missing {page}");
            Assert.StartsWith("# " + rule.Id, File.ReadAllText(page), StringComparison.Ordinal);
            Assert.EndsWith("docs/rules/" + rule.Id + ".md", rule.HelpLink, StringComparison.Ordinal);
        }
    }
}
