using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>Go's JSON escaping for every special character, which the chart's <c>toJson</c> output must match byte for byte.</summary>
public class CanonicalJsonTests
{
    // ---- CanonicalJson: what Go's encoding/json (Helm's toJson) prints ----

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("a\rb", "\"a\\rb\"")]
    [InlineData("a\tb", "\"a\\tb\"")]
    [InlineData("<", "\"\\u003c\"")]
    [InlineData(">", "\"\\u003e\"")]
    [InlineData("&", "\"\\u0026\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    [InlineData("\u2029", "\"\\u2029\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("\u001f", "\"\\u001f\"")]
    [InlineData("\b\f", "\"\\u0008\\u000c\"")]
    [InlineData(" ~", "\" ~\"")]
    [InlineData("'/", "\"'/\"")]
    [InlineData("\u007f", "\"\u007f\"")]
    [InlineData("é€", "\"é€\"")]
    [InlineData("${USER_UUID}", "\"${USER_UUID}\"")]
    public void Strings_are_escaped_like_go(string input, string expected) => Assert.Equal(expected, CanonicalJson.Quote(input));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Objects_have_ordinal_key_order_and_no_whitespace()
    {
        var node = JsonNode.Parse("""{ "b": 1, "B": [true, false, null], "a": { "z": "<", "_": {} }, "c": [], "d": null }""");
        Assert.Equal("""{"B":[true,false,null],"a":{"_":{},"z":"\u003c"},"b":1,"c":[],"d":null}""", CanonicalJson.Write(node));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Integral_numbers_have_no_fraction_and_others_keep_their_text()
    {
        Assert.Equal("[0,-7,9007199254740993,1.5,1e+300]", CanonicalJson.Write(JsonNode.Parse("[0, -7, 9007199254740993, 1.5, 1e+300]")));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Null_and_scalars_at_the_top()
    {
        Assert.Equal("null", CanonicalJson.Write(null));
        Assert.Equal("\"x\"", CanonicalJson.Write(JsonNode.Parse("\"x\"")));
        Assert.Equal("true", CanonicalJson.Write(JsonNode.Parse("true")));
        Assert.Equal("false", CanonicalJson.Write(JsonNode.Parse("false")));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Objects_are_written_with_sorted_keys_and_go_escaping()
        => Assert.Equal(
            """{"apiVersion":"v1","data":{"a":"x\u0026y","b":"2"},"kind":"ConfigMap","metadata":{"name":"n"}}""",
            CanonicalJson.Write(JsonNode.Parse("""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"n"},"data":{"b":"2","a":"x&y"}}""")));

}
