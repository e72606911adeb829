using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// Turns the direct renderer's JSON for the probe tenant into a <see cref="TemplateNode"/> tree: every
/// token becomes its value expression, list items produced from a list value become that list, items that
/// exist only under a condition become optional items, and a string holding block YAML with tokens (the pod
/// template) becomes embedded YAML built in the template. Fails loudly when a token survives inside a
/// constant: that would be a value the chart cannot set.
/// </summary>
internal sealed class TemplateDeriver
{
    private readonly IReadOnlyList<Binding> _bindings;
    private readonly IReadOnlyList<ListBinding> _lists;
    private readonly IReadOnlyList<OptionalItemBinding> _optionalItems;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public TemplateDeriver(IReadOnlyList<Binding> bindings, IReadOnlyList<ListBinding> lists, IReadOnlyList<OptionalItemBinding> optionalItems)
    {
        _bindings = bindings;
        _lists = lists;
        _optionalItems = optionalItems;
        var tokens = bindings.Select(b => b.Token.ToJsonString()).Concat(lists.Select(l => l.ItemToken)).ToList();
        if (tokens.Distinct(StringComparer.Ordinal).Count() != tokens.Count)
            throw new InvalidOperationException("probe tokens must be unique");
    }

    /// <summary>Value paths whose token was found in the output.</summary>
    public IReadOnlySet<string> UsedPaths => _used;

    public TemplateNode Derive(JsonNode? node, string where) => node switch
    {
        JsonObject o => DeriveObject(o, where),
        JsonArray a => DeriveArray(a, where),
        JsonValue v => DeriveValue(v, where),
        _ => throw new InvalidOperationException($"{where}: null values are never rendered"),
    };

    private TemplateObject DeriveObject(JsonObject o, string where)
    {
        var entries = new List<TemplateEntry>();
        foreach (var (key, value) in o)
        {
            var path = where + "." + key;
            if (value is JsonValue v && Match(v) is { OptionalWhen: { } condition } optional)
            {
                _used.Add(optional.Path);
                entries.Add(new TemplateEntry(key, new TemplateExpression(optional.Pipeline), condition));
            }
            else entries.Add(new TemplateEntry(key, Derive(value, path)));
        }
        return new TemplateObject(entries);
    }

    private TemplateArray DeriveArray(JsonArray a, string where)
    {
        var items = new List<TemplateNode>();
        var optional = new List<TemplateOptionalItem>();
        ListBinding? tail = null;
        for (var i = 0; i < a.Count; i++)
        {
            if (_optionalItems.FirstOrDefault(o => o.IsItem(a[i])) is { } conditional)
            {
                if (tail is not null) throw new InvalidOperationException($"{where}[{i}]: an optional item follows the items of {tail.Path}");
                _used.Add(conditional.Path);
                optional.Add(new TemplateOptionalItem(Derive(a[i], $"{where}[{i}]"), conditional.Condition));
                continue;
            }
            var list = _lists.FirstOrDefault(l => l.IsItem(a[i]));
            if (list is null)
            {
                if (tail is not null) throw new InvalidOperationException($"{where}[{i}]: a fixed item follows the items of {tail.Path}");
                if (optional.Count > 0) throw new InvalidOperationException($"{where}[{i}]: a fixed item follows an optional item");
                items.Add(Derive(a[i], $"{where}[{i}]"));
                continue;
            }
            if (optional.Count > 0) throw new InvalidOperationException($"{where}[{i}]: the items of {list.Path} follow an optional item");
            if (tail is not null && tail != list) throw new InvalidOperationException($"{where}: items of {tail.Path} and {list.Path} are mixed");
            tail = list;
            _used.Add(list.Path);
        }
        return new TemplateArray(items, tail?.Tail, optional.Count > 0 ? optional : null);
    }

    private TemplateNode DeriveValue(JsonValue v, string where)
    {
        if (Match(v) is { } binding)
        {
            if (binding.OptionalWhen is not null) throw new InvalidOperationException($"{where}: optional {binding.Path} outside a mapping");
            _used.Add(binding.Path);
            return new TemplateExpression(binding.Pipeline);
        }
        if (v.GetValueKind() == JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            if (text.Contains('\n') && Tokens().Any(t => text.Contains(t, StringComparison.Ordinal)) && EmbeddedYaml.TryRead(text) is { } embedded)
                return new TemplateEncodedYaml(Derive(embedded, where + "(yaml)"), EmbeddedYaml.PodTemplateHelper);
            if (Tokens().FirstOrDefault(t => text.Contains(t, StringComparison.Ordinal)) is { } leaked)
                throw new InvalidOperationException($"{where}: token '{leaked}' is part of '{text}'; bind the whole value or change the probe");
        }
        return new TemplateLiteral(v);
    }

    private Binding? Match(JsonValue v)
    {
        var json = v.ToJsonString();
        return _bindings.FirstOrDefault(b => b.Token.ToJsonString() == json);
    }

    // Marked tokens only: integers printed as text ("1433") may legitimately occur inside other constants.
    private IEnumerable<string> Tokens()
        => _bindings.Where(b => b.Token.GetValueKind() == JsonValueKind.String).Select(b => b.Token.GetValue<string>())
            .Where(t => t.Contains(ProbeTenant.Marker, StringComparison.Ordinal)).Concat(_lists.Select(l => l.ItemToken));
}
