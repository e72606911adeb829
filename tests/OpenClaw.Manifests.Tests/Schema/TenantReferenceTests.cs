using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Schema;

/// <summary>
/// The README's tenant-format reference is the field table's (<see cref="TenantReference"/>): a field, default or range
/// changed in the table changes the README, and a README edited by hand fails here. Run with OPENCLAW_WRITE_DOCS=1 to
/// rewrite it.
/// </summary>
public sealed class TenantReferenceTests
{
    private static readonly string Readme = Path.Combine(RepoPaths.Root, "README.md");

    [Fact]
    public void The_readme_reference_is_the_field_table()
    {
        var text = File.ReadAllText(Readme).ReplaceLineEndings("\n");
        var start = text.IndexOf(TenantReference.Marker + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md lacks the line " + TenantReference.Marker);
        start += TenantReference.Marker.Length + 1;
        // The table runs to the first line that is not a table row.
        var end = start;
        while (end < text.Length && text[end] == '|') end = text.IndexOf('\n', end) + 1;
        var expected = text[..start] + TenantReference.Markdown() + text[end..];
        if (Environment.GetEnvironmentVariable("OPENCLAW_WRITE_DOCS") == "1") File.WriteAllText(Readme, expected);
        Assert.True(expected == text, "README.md's tenant reference is not the field table's; run the tests with OPENCLAW_WRITE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void The_reference_states_each_default_and_range_from_the_table()
    {
        var md = TenantReference.Markdown();
        Assert.Contains($"| `spec.llm.defaultModel` | string (at most 128) |  | Model name the gateway maps to a backing channel; default {LlmSettings.DefaultModelName}. |", md);
        Assert.Contains("| `spec.controller.replicas` | integer 1..10 |  | Replicas; default 1. |", md);
        Assert.Contains("| `spec.rbac.extraRules.apiGroups` | list of strings |  | API groups (\"\" is the core group); default [\"\"]. |", md);
        // One row per field of the table, nothing else.
        Assert.Equal(TenantFields.All.Count + 2, md.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>The model's defaults are the table's: a default changed in the model changes the schema, chart and docs.</summary>
    [Fact]
    public void The_table_defaults_are_the_models()
    {
        Assert.Equal(OidcSettings.DefaultClientId, TenantFields.At("spec.oidc.clientId").Default);
        Assert.Equal(new ControllerSettings().Replicas, TenantFields.At("spec.controller.replicas").Default);
        Assert.Equal(new QuotaSettings().Pods, TenantFields.At("spec.quota.pods").Default);
        Assert.Equal(RuntimeSettings.DefaultResources.MemoryLimit, TenantFields.At("spec.runtime.resources.limits.memory").Default);
        Assert.Equal(RbacRule.DefaultApiGroups, TenantFields.At("spec.rbac.extraRules.apiGroups").Default);
        // A rule built in C# without API groups gets the same default a tenant file's does (Kubernetes refuses none).
        Assert.Equal([""], RbacRule.For("", "pods").ApiGroups);
        Assert.Equal([""], new RbacRule { Resources = ["pods"], Verbs = ["get"] }.ApiGroups);
    }
}
