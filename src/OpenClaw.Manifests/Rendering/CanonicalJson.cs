using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// Compact JSON with object keys in ordinal order and Go's encoding/json string escaping. This is
/// exactly what Helm's <c>toJson</c> prints, so the chart's scalars and the pod template's text reproduce
/// the renderer's byte for byte.
/// Written by hand because System.Text.Json's encoders escape a different character set than Go.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>Writes a JSON node canonically.</summary>
    public static string Write(JsonNode? node)
    {
        var sb = new StringBuilder();
        WriteNode(sb, node);
        return sb.ToString();
    }

    /// <summary>A string as Go's json.Marshal writes it (HTML-safe escaping of &lt;, &gt;, &amp;).</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        WriteString(sb, s);
        return sb.ToString();
    }

    private static void WriteNode(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    WriteNode(sb, value);
                }
                sb.Append('}');
                break;
            case JsonArray arr:
                sb.Append('[');
                for (var i = 0; i < arr.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteNode(sb, arr[i]);
                }
                sb.Append(']');
                break;
            case JsonValue v:
                WriteValue(sb, v);
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonValue v)
    {
        var element = v.GetValue<JsonElement>();
        switch (element.ValueKind)
        {
            case JsonValueKind.String: WriteString(sb, element.GetString()!); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Number:
                // Go prints integral float64 values without a fraction; every number we emit is an integer.
                sb.Append(element.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : element.GetRawText());
                break;
            default: sb.Append("null"); break;
        }
    }

    private static void WriteString(StringBuilder sb, string s) => WriteString(sb, s, alsoEscape: null);

    /// <summary>
    /// As Go writes a string, and also <c>\u</c>-escaping every character <paramref name="alsoEscape"/> names (the YAML
    /// writer's characters that JSON may leave raw but YAML may not); null escapes nothing more.
    /// </summary>
    internal static void WriteString(StringBuilder sb, string s, Func<char, bool>? alsoEscape)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    Escape(sb, c);
                    break;
                default:
                    if (c < 0x20 || alsoEscape?.Invoke(c) == true) Escape(sb, c);
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    private static void Escape(StringBuilder sb, char c) => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
