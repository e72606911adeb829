namespace OpenClaw.Manifests.Loading;

/// <summary>The three YAML node kinds a tenant file may contain.</summary>
internal enum YamlKind { Scalar, Mapping, Sequence }

/// <summary>
/// A YAML node with its 1-based position. Mapping entries keep their key's position so that
/// "unknown field" and "duplicate key" point at the key, not at the value.
/// </summary>
internal sealed class YamlNode
{
    public required YamlKind Kind { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }
    public string Value { get; init; } = "";
    /// <summary>True for plain (unquoted) scalars, which YAML may read as null, bool or number.</summary>
    public bool Plain { get; init; }
    /// <summary>A scalar's extent in the parsed text (character offsets, the closing quote included), for <c>pin</c>'s in-place edit.</summary>
    public (int Start, int End) Span { get; init; }
    /// <summary>A scalar's style: plain, quoted, literal or folded.</summary>
    public YamlDotNet.Core.ScalarStyle Style { get; init; }
    public List<(YamlNode Key, YamlNode Value)> Entries { get; } = [];
    public List<YamlNode> Items { get; } = [];

    /// <summary>The value of mapping key <paramref name="key"/>, or null.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
            if (k.Value == key) return v;
        return null;
    }

    public string Describe() => Kind switch
    {
        YamlKind.Mapping => "a mapping",
        YamlKind.Sequence => "a list",
        _ => IsNull ? "null" : IsBool ? "a boolean" : "a string",
    };

    public bool IsNull => Kind == YamlKind.Scalar && Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public bool IsBool => Kind == YamlKind.Scalar && Plain && Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";
}
