using System.Globalization;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>State of one tenant-file read: the file, its diagnostics, and where every field path sits.</summary>
internal sealed class ReadContext(string file)
{
    public string File { get; } = file;
    public List<Diagnostic> Diagnostics { get; } = [];
    public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public SourceLocation At(YamlNode node) => new(File, node.Line, node.Column);

    public void Record(string path, YamlNode node) => Locations.TryAdd(path, At(node));

    public void Error(RuleInfo rule, YamlNode node, string path, string message)
        => Diagnostics.Add(new Diagnostic(rule, message, path, At(node)));

    public void WrongType(YamlNode node, string path, string expected)
        => Error(RuleCatalog.WrongType, node, path, RuleCatalog.WrongType.Format(path, $"{expected}, not {node.Describe()}"));

    /// <summary>Runs a value-type constructor, turning its validation error into a diagnostic at <paramref name="node"/>.</summary>
    public T? Convert<T>(YamlNode node, string path, Func<T> create) where T : class
    {
        try { return create(); }
        catch (ModelValidationException e)
        {
            Error(e.Rule, node, path, e.Rule == RuleCatalog.InvalidValue ? RuleCatalog.InvalidValue.Format(path, e.Detail) : e.Detail);
            return null;
        }
    }

    /// <summary>Like <see cref="Convert{T}"/> for value types.</summary>
    public T? ConvertValue<T>(YamlNode node, string path, Func<T> create) where T : struct
    {
        try { return create(); }
        catch (ModelValidationException e)
        {
            Error(e.Rule, node, path, e.Rule == RuleCatalog.InvalidValue ? RuleCatalog.InvalidValue.Format(path, e.Detail) : e.Detail);
            return null;
        }
    }

    /// <summary>
    /// A string scalar; null, booleans, mappings and lists are type errors (the "Norway problem"). Control characters
    /// are refused; line breaks and tabs only where <paramref name="multiLine"/> (free text such as extraEnv values).
    /// </summary>
    public string? String(YamlNode node, string path, bool multiLine = false)
    {
        Record(path, node);
        if (node.Kind != YamlKind.Scalar || node.IsNull || node.IsBool)
        {
            WrongType(node, path, "a string");
            return null;
        }
        // .NET's '$' also matches before a final '\n', so the model's name patterns accepted "corpus\n" (a quoted
        // "corpus\n" became tenant, namespace and output folder names). Names, URLs, quantities and references are
        // one line; no field needs other control characters, which could also forge lines in a reviewer's terminal.
        foreach (var c in node.Value)
        {
            if (!char.IsControl(c) || (multiLine && c is '\n' or '\r' or '\t')) continue;
            Error(RuleCatalog.InvalidValue, node, path, RuleCatalog.InvalidValue.Format(path,
                $"contains the control character U+{(int)c:X4}{(multiLine ? "" : "; this field is a single line of text")}"));
            return null;
        }
        return node.Value;
    }

    /// <summary>An integer scalar.</summary>
    public int? Int(YamlNode node, string path)
    {
        Record(path, node);
        if (node.Kind == YamlKind.Scalar && node.Plain
            && int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return n;
        WrongType(node, path, "an integer");
        return null;
    }

    /// <summary>A boolean scalar: plain <c>true</c> or <c>false</c>, nothing YAML 1.1 would also read as one.</summary>
    public bool? Bool(YamlNode node, string path)
    {
        Record(path, node);
        if (node is { Kind: YamlKind.Scalar, Plain: true, Value: "true" or "false" })
            return node.Value == "true";
        WrongType(node, path, "true or false");
        return null;
    }

    /// <summary>A list of strings.</summary>
    public List<string>? Strings(YamlNode node, string path)
    {
        Record(path, node);
        if (node.Kind != YamlKind.Sequence)
        {
            WrongType(node, path, "a list of strings");
            return null;
        }
        var result = new List<string>();
        for (var i = 0; i < node.Items.Count; i++)
            if (String(node.Items[i], $"{path}[{i}]") is { } s) result.Add(s);
        return result.Count == node.Items.Count ? result : null;
    }
}
