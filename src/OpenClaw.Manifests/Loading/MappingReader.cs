using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>
/// Reads one YAML mapping against the fields it may have: unknown fields are reported at their key
/// (OCM0101), missing required fields at the mapping (OCM0103).
/// </summary>
internal sealed class MappingReader
{
    private readonly ReadContext _ctx;
    private readonly YamlNode _node;
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);

    private MappingReader(ReadContext ctx, YamlNode node, string path)
    {
        _ctx = ctx;
        _node = node;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The mapping itself, for diagnostics about the mapping as a whole.</summary>
    public YamlNode Node => _node;

    /// <summary>Opens <paramref name="node"/> as a mapping with the given fields; null (with a diagnostic) when it is not a mapping.</summary>
    public static MappingReader? Open(ReadContext ctx, YamlNode node, string path, params string[] fields)
    {
        ctx.Record(path, node);
        if (node.Kind != YamlKind.Mapping)
        {
            ctx.WrongType(node, path, "a mapping");
            return null;
        }
        var reader = new MappingReader(ctx, node, path);
        foreach (var (key, value) in node.Entries)
        {
            if (Array.IndexOf(fields, key.Value) < 0)
                ctx.Error(RuleCatalog.UnknownField, key, Join(path, key.Value),
                    RuleCatalog.UnknownField.Format(key.Value, path.Length == 0 ? "the tenant file" : path, string.Join(", ", fields)));
            else
                reader._fields[key.Value] = value;
        }
        return reader;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    /// <summary>The field's node, or null when absent (reported when <paramref name="required"/>).</summary>
    public YamlNode? Field(string key, bool required = false)
    {
        if (_fields.TryGetValue(key, out var node) && !(node.IsNull && !required))
        {
            if (node.IsNull)
            {
                _ctx.Error(RuleCatalog.MissingField, node, Join(Path, key), RuleCatalog.MissingField.Format(Join(Path, key)));
                return null;
            }
            return node;
        }
        if (required)
            _ctx.Error(RuleCatalog.MissingField, _node, Join(Path, key), RuleCatalog.MissingField.Format(Join(Path, key)));
        return null;
    }

    public string FieldPath(string key) => Join(Path, key);

    public string? String(string key, bool required = false)
        => Field(key, required) is { } n ? _ctx.String(n, Join(Path, key)) : null;

    public int? Int(string key) => Field(key) is { } n ? _ctx.Int(n, Join(Path, key)) : null;

    public bool? Bool(string key) => Field(key) is { } n ? _ctx.Bool(n, Join(Path, key)) : null;

    public List<string>? Strings(string key) => Field(key) is { } n ? _ctx.Strings(n, Join(Path, key)) : null;

    /// <summary>The field's definition in <see cref="TenantFields"/>, when the mapping was opened from one.</summary>
    public TenantField Shape { get; private set; } = null!;

    /// <summary>Opens <paramref name="node"/> as a mapping of the fields <paramref name="shape"/> lists.</summary>
    public static MappingReader? Open(ReadContext ctx, YamlNode node, string path, TenantField shape)
    {
        var reader = Open(ctx, node, path, shape.Keys);
        if (reader is not null) reader.Shape = shape;
        return reader;
    }

    /// <summary>The mapping field <paramref name="shape"/> (required or not as the table says).</summary>
    public MappingReader? Mapping(TenantField shape)
        => Field(shape.Name, shape.Required) is { } n ? Open(_ctx, n, Join(Path, shape.Name), shape) : null;

    /// <summary>The list field <paramref name="shape"/>, each item opened with its fields.</summary>
    public List<MappingReader?>? List(TenantField shape)
    {
        var key = shape.Name;
        if (Field(key) is not { } n) return null;
        var path = Join(Path, key);
        _ctx.Record(path, n);
        if (n.Kind != YamlKind.Sequence)
        {
            _ctx.WrongType(n, path, "a list");
            return null;
        }
        return n.Items.Select((item, i) => Open(_ctx, item, $"{path}[{i}]", shape)).ToList();
    }
}
