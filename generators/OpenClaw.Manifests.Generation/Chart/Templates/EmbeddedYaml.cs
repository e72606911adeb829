using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// Reads back a string the renderer wrote with <see cref="PodTemplateText"/> (the pod template): block YAML whose
/// every scalar is JSON. Accepted only when writing the result again gives the very same text, so nothing the
/// chart rebuilds from it can differ from what the renderer printed.
/// </summary>
internal static class EmbeddedYaml
{
    /// <summary>The named template that prints the pod template in the chart.</summary>
    public const string PodTemplateHelper = "openclaw.podTemplate";

    public static JsonNode? TryRead(string text)
    {
        if (YamlTreeReader.ReadAll("pod template", text, [], Input) is not [var top] || Node(top) is not JsonObject root) return null;
        using var doc = JsonDocument.Parse(root.ToJsonString());
        return PodTemplateText.Write(doc.RootElement) == text ? root : null;
    }

    // Written by PodTemplateText, read back through the one strict reader (the round trip above is the judge).
    private static readonly YamlInput Input = new("embedded templates");

    private static JsonNode? Node(YamlNode node) => node switch
    {
        { Kind: YamlKind.Mapping } m => new JsonObject(m.Entries.Select(c => KeyValuePair.Create(c.Key.Value, Node(c.Value)))),
        { Kind: YamlKind.Sequence } s => new JsonArray(s.Items.Select(Node).ToArray()),
        // Strings are double-quoted (JSON); plain scalars are the numbers and booleans.
        { Plain: false } q => JsonValue.Create(q.Value),
        { Value: "true" } => JsonValue.Create(true),
        { Value: "false" } => JsonValue.Create(false),
        var p when long.TryParse(p.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        _ => throw new InvalidOperationException($"unexpected YAML in an embedded template: {node.Value}"),
    };
}
