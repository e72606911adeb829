using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.Tests.Schema;

/// <summary>
/// A YAML file as the JSON document an editor's schema check sees (YAML 1.2 core schema for plain scalars),
/// read with YamlDotNet rather than the loader's own reader. Null with a reason when the file is no single
/// JSON-shaped document at all (a syntax error, a duplicate key, an alias or custom tag, several documents,
/// invalid UTF-8): then the YAML layer refuses it before any schema.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonNode? Read(string path, out string? notJson)
    {
        notJson = null;
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1) { notJson = $"{stream.Documents.Count} documents"; return null; }
            return Convert(stream.Documents[0].RootNode);
        }
        // YamlDotNet 18.1.0 also throws InvalidOperationException (and ArgumentException) on some malformed input,
        // as the loader fuzzing found (corpus fuzz-*-crash): a YAML-layer refusal like any syntax error.
        catch (Exception e) when (e is YamlException or DecoderFallbackException or NotJsonException or ArgumentException or InvalidOperationException)
        {
            notJson = e.Message;
            return null;
        }
    }

    private sealed class NotJsonException(string message) : Exception(message);

    private static JsonNode? Convert(YamlNode node)
    {
        // YamlStream resolves an alias to its anchored node, so the anchor is where both show.
        if (!node.Anchor.IsEmpty) throw new NotJsonException("anchor or alias");
        if (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) && node.Tag.Value != "!")
            throw new NotJsonException("custom tag " + node.Tag.Value);
        switch (node)
        {
            case YamlMappingNode m:
                var o = new JsonObject();
                foreach (var (k, v) in m.Children)
                {
                    if (k is not YamlScalarNode key) throw new NotJsonException("complex key");
                    if (o.ContainsKey(key.Value!)) throw new NotJsonException("duplicate key " + key.Value);
                    o[key.Value!] = Convert(v);
                }
                return o;
            case YamlSequenceNode s:
                return new JsonArray(s.Children.Select(Convert).ToArray());
            case YamlScalarNode sc:
                return Scalar(sc);
            default:
                throw new NotJsonException(node.NodeType.ToString());
        }
    }

    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? "";
        if (s.Style != ScalarStyle.Plain) return JsonValue.Create(v);
        if (v is "" or "~" or "null" or "Null" or "NULL") return null;
        if (v is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (v is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Int().IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return JsonValue.Create(n);
        if (Float().IsMatch(v)) return JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture));
        return JsonValue.Create(v);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+\z")]
    private static partial Regex Int();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z")]
    private static partial Regex Float();
}
