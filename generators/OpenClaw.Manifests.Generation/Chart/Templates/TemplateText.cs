using System.Text;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// Prints <see cref="TemplateNode"/>s. JSON-flow YAML is valid YAML whatever a value holds: quoting,
/// indentation, numbers, booleans and the "Norway problem" cannot break it (the helmtk technique).
/// Helm's toJson is Go's encoding/json, the same canonical JSON as <see cref="CanonicalJson"/>.
/// </summary>
internal static class TemplateText
{
    private const int InlineWidth = 100;

    /// <summary>The node as JSON-flow template text starting at <paramref name="indent"/>.</summary>
    public static string JsonFlow(TemplateNode node, int indent = 0)
    {
        var sb = new StringBuilder();
        WriteFlow(sb, node, indent);
        return sb.ToString();
    }

    private static void WriteFlow(StringBuilder sb, TemplateNode node, int indent)
    {
        switch (node)
        {
            case TemplateLiteral l:
                sb.Append(Literal(l));
                break;
            case TemplateExpression e:
                sb.Append("{{ ").Append(e.Pipeline).Append(" | toJson }}");
                break;
            case TemplateRaw r:
                sb.Append(r.JsonFlow);
                break;
            case TemplateEncodedYaml y:
                // The text is built once, in a named template, so the checksum annotation can hash the same text.
                sb.Append("{{ include ").Append(CanonicalJson.Quote(y.Helper)).Append(" $ | toJson }}");
                break;
            case TemplateArray { Items.Count: 0, Tail: { } tail, Optional: null }:
                sb.Append("{{ toJson (").Append(tail).Append(") }}");
                break;
            case TemplateArray a when IsConstant(a) && Inline(a) is { } inline:
                sb.Append(inline);
                break;
            case TemplateArray a:
                if (a.Items.Count == 0 && a.Optional is not null) throw new InvalidOperationException("optional items need a fixed item before them to carry their commas");
                if (a.Items.Count == 0) { sb.Append("[]"); break; }
                sb.Append("[\n");
                for (var i = 0; i < a.Items.Count; i++)
                {
                    Pad(sb, indent + 2);
                    WriteFlow(sb, a.Items[i], indent + 2);
                    if (i < a.Items.Count - 1) sb.Append(',');
                    sb.Append('\n');
                }
                foreach (var item in a.Optional ?? [])
                {
                    // Like optional entries: after the fixed items, each bringing its own leading comma.
                    sb.Length--;
                    sb.Append("{{- if ").Append(item.Condition).Append(" }},\n");
                    Pad(sb, indent + 2);
                    WriteFlow(sb, item.Item, indent + 2);
                    sb.Append('\n');
                    Pad(sb, indent + 2);
                    sb.Append("{{- end }}\n");
                }
                if (a.Tail is not null)
                {
                    // Leading commas: the fixed items come first, so each tail item appends ",\n item".
                    sb.Length--;
                    sb.Append("{{- range (").Append(a.Tail).Append(") }},\n");
                    Pad(sb, indent + 2);
                    sb.Append("{{ toJson . }}\n");
                    Pad(sb, indent + 2);
                    sb.Append("{{- end }}\n");
                }
                Pad(sb, indent);
                sb.Append(']');
                break;
            case TemplateObject o when IsConstant(o) && Inline(o) is { } inline:
                sb.Append(inline);
                break;
            case TemplateObject o:
                if (o.Entries.Count == 0) { sb.Append("{}"); break; }
                var fixedEntries = o.Entries.Where(e => e.Condition is null).ToList();
                var optional = o.Entries.Where(e => e.Condition is not null).ToList();
                if (fixedEntries.Count == 0) throw new InvalidOperationException("a mapping needs at least one unconditional entry to carry the optional ones");
                sb.Append("{\n");
                for (var i = 0; i < fixedEntries.Count; i++)
                {
                    Pad(sb, indent + 2);
                    sb.Append(CanonicalJson.Quote(fixedEntries[i].Key)).Append(": ");
                    WriteFlow(sb, fixedEntries[i].Value, indent + 2);
                    if (i < fixedEntries.Count - 1) sb.Append(',');
                    sb.Append('\n');
                }
                foreach (var e in optional)
                {
                    // Optional entries go last and bring their own leading comma.
                    sb.Length--;
                    sb.Append("{{- if ").Append(e.Condition).Append(" }},\n");
                    Pad(sb, indent + 2);
                    sb.Append(CanonicalJson.Quote(e.Key)).Append(": ");
                    WriteFlow(sb, e.Value, indent + 2);
                    sb.Append('\n');
                    Pad(sb, indent + 2);
                    sb.Append("{{- end }}\n");
                }
                Pad(sb, indent);
                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException($"unexpected node {node.GetType().Name}");
        }
    }

    /// <summary>The node as a Go template expression yielding the value (for embedded YAML).</summary>
    public static string GoValue(TemplateNode node, int indent)
    {
        switch (node)
        {
            case TemplateLiteral l:
                return Literal(l);
            case TemplateExpression e:
                return "(" + e.Pipeline + ")";
            case TemplateRaw:
                throw new InvalidOperationException("a hand-written piece cannot be embedded: it prints JSON, it yields no value");
            case TemplateEncodedYaml:
                throw new InvalidOperationException("embedded YAML inside embedded YAML is not supported");
            case TemplateArray { Optional: not null }:
                throw new InvalidOperationException("optional items are not supported inside embedded YAML");
            case TemplateArray a:
                {
                    var list = a.Items.Count == 0 ? "(list)" : "(list" + Children(a.Items.Select(i => GoValue(i, indent + 2)), indent) + ")";
                    if (a.Tail is null) return list;
                    return a.Items.Count == 0 ? "(" + a.Tail + ")" : "(concat " + list + " (" + a.Tail + "))";
                }
            case TemplateObject o:
                {
                    if (o.Entries.Any(e => e.Condition is not null))
                        throw new InvalidOperationException("optional entries are not supported inside embedded YAML");
                    if (o.Entries.Count == 0) return "(dict)";
                    return "(dict" + Children(o.Entries.Select(e => CanonicalJson.Quote(e.Key) + " " + GoValue(e.Value, indent + 2)), indent) + ")";
                }
            default:
                throw new InvalidOperationException($"unexpected node {node.GetType().Name}");
        }
    }

    private static string Children(IEnumerable<string> parts, int indent)
    {
        var items = parts.ToList();
        var oneLine = " " + string.Join(" ", items);
        if (oneLine.Length <= 60 && !oneLine.Contains('\n')) return oneLine;
        var sb = new StringBuilder();
        foreach (var p in items)
        {
            sb.Append('\n');
            Pad(sb, indent + 2);
            sb.Append(p);
        }
        return sb.ToString();
    }

    private static string Literal(TemplateLiteral l)
    {
        var text = l.Value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => CanonicalJson.Quote(l.Value.GetValue<string>()),
            System.Text.Json.JsonValueKind.Number => l.Value.ToJsonString(),
            System.Text.Json.JsonValueKind.True => "true",
            System.Text.Json.JsonValueKind.False => "false",
            _ => throw new InvalidOperationException("null literals are never rendered"),
        };
        // A literal must never be read as template syntax.
        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("}}", StringComparison.Ordinal))
            throw new InvalidOperationException($"literal {text} contains template delimiters");
        return text;
    }

    private static bool IsConstant(TemplateNode node) => node switch
    {
        TemplateLiteral => true,
        TemplateArray a => a.Tail is null && a.Optional is null && a.Items.All(IsConstant),
        TemplateObject o => o.Entries.All(e => e.Condition is null && IsConstant(e.Value)),
        _ => false,
    };

    private static string? Inline(TemplateNode node)
    {
        var text = node switch
        {
            TemplateLiteral l => Literal(l),
            TemplateArray a => a.Items.Select(Inline).ToList() is var items && items.All(i => i is not null) ? "[" + string.Join(", ", items) + "]" : null,
            TemplateObject o => o.Entries.Select(e => Inline(e.Value)).ToList() is var values && values.All(v => v is not null)
                ? "{" + string.Join(", ", o.Entries.Select((e, i) => CanonicalJson.Quote(e.Key) + ": " + values[i])) + "}" : null,
            _ => null,
        };
        return text is not null && text.Length <= InlineWidth && !text.Contains('\n') ? text : null;
    }

    private static void Pad(StringBuilder sb, int n) => sb.Append(' ', n);
}
