using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>
/// The one writer of the JSON Schemas (values.schema.json, tenant.schema.json): its exact text, so that a schema change
/// diffs minimally in a pull request and two runs write the same bytes.
/// </summary>
public class SchemaJsonTests
{
    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_schema_is_written_indented_with_LF_keys_in_ordinal_order_at_every_depth_and_unescaped_text()
    {
        var schema = new JsonObject
        {
            ["b"] = 1,
            ["a"] = new JsonObject { ["d"] = null, ["c"] = "<é>" },
            ["B"] = new JsonArray(new JsonObject { ["z"] = 1, ["y"] = true }),
        };
        const string expected = "{\n  \"B\": [\n    {\n      \"y\": true,\n      \"z\": 1\n    }\n  ],\n  \"a\": {\n    \"c\": \"<é>\",\n    \"d\": null\n  },\n  \"b\": 1\n}\n";
        Assert.Equal(expected, SchemaJson.Write(schema));
        // The input is left as it was, and can be written again.
        Assert.Equal(["b", "a", "B"], schema.Select(p => p.Key));
        Assert.Equal(expected, SchemaJson.Write(schema));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void String_lists_are_sorted_ordinally_and_unset_keywords_are_dropped()
    {
        Assert.Equal("[\"B\",\"a\",\"b\"]", SchemaJson.Strings(["b", "a", "B"]).ToJsonString());
        var o = new JsonObject { ["type"] = "string", ["pattern"] = null, ["maxLength"] = null, ["minLength"] = 1 };
        Assert.Same(o, SchemaJson.Compact(o));
        Assert.Equal(["type", "minLength"], o.Select(p => p.Key));
    }
}
