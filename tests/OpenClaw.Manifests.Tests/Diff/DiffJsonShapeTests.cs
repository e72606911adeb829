using System.Text.Json.Nodes;
using NJsonSchema;
using OpenClaw.Manifests.Generation.Diff;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>The JSON output has the shape docs/diff-json.md documents: the schema is read from that page.</summary>
public class DiffJsonShapeTests
{
    private static readonly Lazy<JsonSchema> Documented = new(() =>
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diff-json.md"));
        var block = OpenClaw.Manifests.Docs.DocSnippet.Parse("docs/diff-json.md", page).Single(b => b.Language == "json");
        return JsonSchema.FromJsonAsync(block.Code).GetAwaiter().GetResult();
    });

    public static TheoryData<string> Scenarios => new(DiffScenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_output_of_every_golden_scenario_has_the_documented_shape(string scenario)
    {
        var (@base, head) = DiffScenarios.All.Single(s => s.Name == scenario).Make();
        var json = SummaryJson.Write(DiffTrees.Summary(@base, head));
        Assert.Empty(Documented.Value.Validate(json));
        Assert.NotEmpty(JsonNode.Parse(json)!["objects"]!.AsArray().Concat(JsonNode.Parse(json)!["chart"]!["files"]!.AsArray()));
    }

    [Theory]
    [InlineData("a string where a boolean belongs", "securityRelevant", "\"yes\"")]
    [InlineData("a number where an object belongs", "tenants", "3")]
    [InlineData("an undocumented field", "extra", "1")]
    public void The_documented_shape_refuses_a_document_that_is_not_it(string broken, string field, string value)
    {
        var (@base, head) = DiffScenarios.RbacWidened();
        var json = JsonNode.Parse(SummaryJson.Write(DiffTrees.Summary(@base, head)))!.AsObject();
        json[field] = JsonNode.Parse(value);
        Assert.True(Documented.Value.Validate(json.ToJsonString()).Count > 0, broken);
    }
}
