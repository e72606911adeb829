using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Block-style YAML from a JSON document: keys in ordinal order (apiVersion, kind and metadata first,
/// as kubectl shows them), strings plain only when no YAML 1.1 or 1.2 reader can take them for
/// anything else, otherwise double-quoted with JSON escapes (which YAML's double-quoted style
/// accepts). Written by hand because KubernetesClient's YAML serializer (reflection over the model
/// through YamlDotNet) cost about 2 ms per object, by far the largest share of a render.
/// </summary>
internal static class YamlEmitter
{
    private static readonly string[] LeadingKeys = ["apiVersion", "kind", "metadata"];

    /// <summary>Writes one document (without the <c>---</c> separator) for a JSON object.</summary>
    public static void WriteDocument(StringBuilder sb, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException("a Kubernetes object is a JSON object", nameof(root));
        WriteMapping(sb, root, 0, topLevel: true);
    }

    // Properties once, names read once (JsonProperty.Name allocates a new string on every read),
    // sorted only when not already in order: KubernetesClient serializes models in JSON-name order
    // and every map the renderer builds is filled in ordinal order, so sorting is rarely needed.
    private static List<(string Name, JsonElement Value)> Ordered(JsonElement obj, bool topLevel)
    {
        var props = new List<(string Name, JsonElement Value)>();
        foreach (var p in obj.EnumerateObject())
            if (p.Value.ValueKind != JsonValueKind.Null) props.Add((p.Name, p.Value));
        var order = topLevel ? TopLevelOrder : NameOrder;
        for (var i = 1; i < props.Count; i++)
        {
            if (order(props[i - 1], props[i]) <= 0) continue;
            props.Sort(order);
            break;
        }
        return props;
    }

    private static readonly Comparison<(string Name, JsonElement Value)> NameOrder = (a, b) => string.CompareOrdinal(a.Name, b.Name);

    private static readonly Comparison<(string Name, JsonElement Value)> TopLevelOrder = (a, b) =>
    {
        var ra = Rank(a.Name);
        var rb = Rank(b.Name);
        return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a.Name, b.Name);
    };

    private static int Rank(string name) => Array.IndexOf(LeadingKeys, name) is var i && i >= 0 ? i : LeadingKeys.Length;

    // Writes "key: value" lines at <indent>; the caller has positioned the cursor at the line start,
    // except for the first key of a sequence item, which follows "- " on the same line.
    private static void WriteMapping(StringBuilder sb, JsonElement obj, int indent, bool topLevel = false, bool firstInline = false)
    {
        var first = true;
        foreach (var (name, value) in Ordered(obj, topLevel))
        {
            if (!(first && firstInline)) sb.Append(' ', indent);
            first = false;
            WriteScalarString(sb, name);
            sb.Append(':');
            WriteValue(sb, value, indent);
        }
        if (first) // an empty mapping as a sequence item
        {
            if (!firstInline) sb.Append(' ', indent);
            sb.Append("{}\n");
        }
    }

    private static void WriteValue(StringBuilder sb, JsonElement value, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when !value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null):
                sb.Append(" {}\n");
                break;
            case JsonValueKind.Object:
                sb.Append('\n');
                WriteMapping(sb, value, indent + 2);
                break;
            case JsonValueKind.Array when value.GetArrayLength() == 0:
                sb.Append(" []\n");
                break;
            case JsonValueKind.Array:
                sb.Append('\n');
                WriteSequence(sb, value, indent + 2);
                break;
            case JsonValueKind.String when LiteralChomping(value.GetString()!) is { } indicator:
                // Multi-line text (the per-user pod template) as a literal block: reviewable, and a one-line change
                // stays a one-line diff.
                var text = value.GetString()!;
                sb.Append(' ').Append(indicator).Append('\n');
                foreach (var line in text.TrimEnd('\n').Split('\n'))
                {
                    if (line.Length > 0) sb.Append(' ', indent + 2).Append(line);
                    sb.Append('\n');
                }
                break;
            default:
                sb.Append(' ');
                WriteScalar(sb, value);
                sb.Append('\n');
                break;
        }
    }

    // "|" (one final line break) or "|-" (none) when the text reads back exactly from a literal block; null otherwise.
    // A leading space would need an indentation indicator, other control characters and a line break at the end of
    // an empty line would change meaning or be invisible, so such text stays double-quoted.
    private static string? LiteralChomping(string s)
    {
        if (!s.Contains('\n') || s.Length > 1 << 20 || s[0] is ' ' or '\n' || s.EndsWith("\n\n", StringComparison.Ordinal)) return null;
        foreach (var c in s)
            if (c != '\n' && (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u2028' or '\u2029' or '\u0085')) return null;
        foreach (var line in s.Split('\n'))
            if (line.EndsWith(' ')) return null;
        return s[^1] == '\n' ? "|" : "|-";
    }

    private static void WriteSequence(StringBuilder sb, JsonElement arr, int indent)
    {
        foreach (var item in arr.EnumerateArray())
        {
            sb.Append(' ', indent).Append("- ");
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    WriteMapping(sb, item, indent + 2, firstInline: true);
                    break;
                case JsonValueKind.Array when item.GetArrayLength() == 0:
                    sb.Append("[]\n");
                    break;
                case JsonValueKind.Array:
                    // Nested sequences do not occur in Kubernetes objects; flow style keeps them correct anyway.
                    sb.Append(item.GetRawText()).Append('\n');
                    break;
                default:
                    WriteScalar(sb, item);
                    sb.Append('\n');
                    break;
            }
        }
    }

    private static void WriteScalar(StringBuilder sb, JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String: WriteScalarString(sb, v.GetString()!); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Number: sb.Append(v.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.GetRawText()); break;
            default: sb.Append("null"); break;
        }
    }

    /// <summary>A string as a YAML scalar, by the one quoting policy (<see cref="YamlScalars"/>).</summary>
    public static void WriteScalarString(StringBuilder sb, string s) => YamlScalars.Write(sb, s);
}
