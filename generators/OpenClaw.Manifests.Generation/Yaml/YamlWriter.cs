using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Yaml;

/// <summary>
/// Block-style YAML for values files and GitOps objects, in the JSON object's own key order, with comments. Keys and
/// strings follow the one quoting policy (<see cref="YamlScalars"/>): plain only where no reader can misread them.
/// Output is LF-only and deterministic.
/// </summary>
internal static class YamlWriter
{
    /// <summary>Writes a mapping; <paramref name="comment"/> returns the comment lines above a dotted key path, if any.</summary>
    public static string Write(JsonObject root, Func<string, string?>? comment = null)
    {
        var sb = new StringBuilder();
        WriteMapping(sb, root, 0, "", comment, blankBetweenTopLevel: comment is not null);
        return sb.ToString();
    }

    private static void WriteMapping(StringBuilder sb, JsonObject o, int indent, string path, Func<string, string?>? comment, bool blankBetweenTopLevel)
    {
        var first = true;
        foreach (var (key, value) in o)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            if (blankBetweenTopLevel && indent == 0 && !first) sb.Append('\n');
            first = false;
            if (comment?.Invoke(childPath) is { } text)
                foreach (var line in text.Split('\n'))
                    sb.Append(' ', indent).Append("# ").Append(line).Append('\n');
            sb.Append(' ', indent).Append(Key(key)).Append(':');
            WriteValue(sb, value, indent, childPath, comment);
        }
    }

    private static void WriteValue(StringBuilder sb, JsonNode? value, int indent, string path, Func<string, string?>? comment)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                sb.Append(" {}\n");
                break;
            case JsonObject child:
                sb.Append('\n');
                WriteMapping(sb, child, indent + 2, path, comment, false);
                break;
            case JsonArray { Count: 0 }:
                sb.Append(" []\n");
                break;
            case JsonArray items:
                sb.Append('\n');
                foreach (var item in items) WriteItem(sb, item, indent + 2, path, comment);
                break;
            default:
                sb.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteItem(StringBuilder sb, JsonNode? item, int indent, string path, Func<string, string?>? comment)
    {
        sb.Append(' ', indent).Append("- ");
        switch (item)
        {
            case JsonObject { Count: > 0 } o:
                // The first key shares the dash's line; the rest align under it.
                var inner = new StringBuilder();
                WriteMapping(inner, o, indent + 2, path, null, false);
                sb.Append(inner.ToString(indent + 2, inner.Length - indent - 2));
                break;
            case JsonArray { Count: > 0 }:
                throw new InvalidOperationException("nested lists are not used in values");
            default:
                var tmp = new StringBuilder();
                WriteValue(tmp, item, indent, path, comment);
                sb.Append(tmp.ToString().TrimStart(' '));
                break;
        }
    }

    /// <summary>A scalar as YAML: strings by the quoting policy, numbers and booleans plain.</summary>
    public static string Scalar(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => YamlScalars.Write(v.GetValue<string>()),
        JsonValue v => v.ToJsonString(),
        _ => throw new InvalidOperationException("not a scalar"),
    };

    private static string Key(string key) => YamlScalars.Write(key);
}
