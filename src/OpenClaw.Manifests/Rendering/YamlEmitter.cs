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
public static class YamlEmitter
{
    private static readonly string[] LeadingKeys = ["apiVersion", "kind", "metadata"];

    /// <summary>Writes one document (without the <c>---</c> separator) for a JSON object.</summary>
    public static void WriteDocument(StringBuilder sb, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException("a Kubernetes object is a JSON object", nameof(root));
        WriteMapping(sb, root, 0, topLevel: true);
    }

    private static IEnumerable<JsonProperty> Ordered(JsonElement obj, bool topLevel)
    {
        var props = obj.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null);
        if (!topLevel) return props.OrderBy(p => p.Name, StringComparer.Ordinal);
        return props.OrderBy(p => Array.IndexOf(LeadingKeys, p.Name) is var i && i >= 0 ? i : LeadingKeys.Length)
            .ThenBy(p => p.Name, StringComparer.Ordinal);
    }

    // Writes "key: value" lines at <indent>; the caller has positioned the cursor at the line start,
    // except for the first key of a sequence item, which follows "- " on the same line.
    private static void WriteMapping(StringBuilder sb, JsonElement obj, int indent, bool topLevel = false, bool firstInline = false)
    {
        var first = true;
        foreach (var p in Ordered(obj, topLevel))
        {
            if (!(first && firstInline)) sb.Append(' ', indent);
            first = false;
            WriteScalarString(sb, p.Name);
            sb.Append(':');
            WriteValue(sb, p.Value, indent);
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
            default:
                sb.Append(' ');
                WriteScalar(sb, value);
                sb.Append('\n');
                break;
        }
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

    /// <summary>A string as a YAML scalar: plain when unambiguous, else double-quoted.</summary>
    public static void WriteScalarString(StringBuilder sb, string s)
    {
        if (IsPlainSafe(s)) sb.Append(s);
        else sb.Append(CanonicalJson.Quote(s));
    }

    // Conservative: a letter, '_' or '/' first, then letters, digits and . _ / - @ : = +, not ending in ':',
    // and never a word that YAML 1.1 reads as a boolean or null. Digits first would risk numbers,
    // octals, sexagesimals and timestamps, so such strings are always quoted.
    private static bool IsPlainSafe(string s)
    {
        if (s.Length == 0 || s.Length > 512) return false;
        var c0 = s[0];
        if (!(char.IsAsciiLetter(c0) || c0 == '_' || c0 == '/')) return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '-' or '@' or ':' or '=' or '+')) return false;
        if (s[^1] == ':') return false;
        return !Reserved.Contains(s);
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity",
    };
}
