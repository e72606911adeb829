using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// The per-user pod template as the controller needs it: block-style YAML with the Pod's <c>metadata:</c> on a
/// line of its own (the controller inserts its last-seen annotation after that line, as text) and one line per
/// scalar, so a one-line tenant change is a one-line diff. The chart's <c>openclaw.blockYaml</c> helper prints the
/// same text from the same object, byte for byte, so the chart's checksum annotation equals the direct render's:
/// <list type="bullet">
/// <item>keys in ordinal order (what Go's <c>sortAlpha</c> gives); entries whose value is null or an empty list are
/// left out, as the Kubernetes serializer leaves out unset fields;</item>
/// <item>a sequence's items at its key's indentation, a mapping's entries two spaces deeper;</item>
/// <item>every scalar as JSON (Go's <c>toJson</c>, see <see cref="CanonicalJson"/>): quoting can never go wrong,
/// and <c>${USER_UUID}</c> inside a double-quoted string is still replaced as text.</item>
/// </list>
/// Written by hand because no YAML library prints this fixed form (and Helm's toYaml cannot be matched byte for byte).
/// Deliberately not <see cref="YamlEmitter"/>: that one prints objects for review (plain scalars by the one quoting
/// policy, literal blocks for multi-line text), while every scalar here is JSON so the chart's helper can match it.
/// The two share the shape of a scalar arm (duplicates lists it), not a rule.
/// </summary>
internal static class PodTemplateText
{
    /// <summary>The template text of a Kubernetes object given as JSON.</summary>
    public static string Write(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException("a pod template is a JSON object", nameof(root));
        var sb = new StringBuilder(4096);
        WriteMapping(sb, root, 0);
        return sb.ToString();
    }

    /// <summary>SHA-256 of the text, lowercase hex: what Helm's <c>sha256sum</c> prints for the same text.</summary>
    public static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void WriteMapping(StringBuilder sb, JsonElement obj, int indent)
    {
        var entries = new List<(string Key, JsonElement Value)>();
        foreach (var p in obj.EnumerateObject())
            if (p.Value.ValueKind != JsonValueKind.Null && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
                entries.Add((p.Name, p.Value));
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, value) in entries)
        {
            if (!YamlScalars.IsPlain(key)) throw new InvalidOperationException($"key '{key}' cannot be written unquoted");
            sb.Append(' ', indent).Append(key).Append(':');
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    // A mapping that prints nothing is written as {} on the key's line.
                    var inner = new StringBuilder();
                    WriteMapping(inner, value, indent + 2);
                    if (inner.Length == 0) sb.Append(" {}\n");
                    else sb.Append('\n').Append(inner);
                    break;
                case JsonValueKind.Array:
                    sb.Append('\n');
                    WriteSequence(sb, value, indent);
                    break;
                default:
                    sb.Append(' ');
                    WriteScalar(sb, value);
                    sb.Append('\n');
                    break;
            }
        }
    }

    private static void WriteSequence(StringBuilder sb, JsonElement array, int indent)
    {
        foreach (var item in array.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                    var inner = new StringBuilder();
                    WriteMapping(inner, item, indent + 2);
                    // The item's first key follows "- " on the dash's line.
                    if (inner.Length == 0) sb.Append(' ', indent).Append("- {}\n");
                    else sb.Append(' ', indent).Append("- ").Append(inner, indent + 2, inner.Length - indent - 2);
                    break;
                case JsonValueKind.Array when item.GetArrayLength() == 0:
                    sb.Append(' ', indent).Append("- []\n");
                    break;
                case JsonValueKind.Array:
                    sb.Append(' ', indent).Append("-\n");
                    WriteSequence(sb, item, indent + 2);
                    break;
                default:
                    sb.Append(' ', indent).Append("- ");
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
            case JsonValueKind.String: sb.Append(CanonicalJson.Quote(v.GetString()!)); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            case JsonValueKind.Number: sb.Append(v.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.GetRawText()); break;
            default: throw new InvalidOperationException("null scalars are never written");
        }
    }

}
