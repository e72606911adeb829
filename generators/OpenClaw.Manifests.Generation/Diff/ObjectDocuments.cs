using System.Globalization;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>An object's identity: what the API server keys it by (apiVersion changes are field changes).</summary>
internal sealed record ObjectId(string Kind, string? Namespace, string Name)
{
    public override string ToString() => Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}

/// <summary>One YAML document of a generated file, with the line it starts on.</summary>
internal sealed record ObjectDocument(string File, int Line, string Text);

/// <summary>
/// The Kubernetes objects of a generated YAML file, read with the project's strict reader (<see cref="YamlTreeReader"/>:
/// no aliases, tags or duplicate keys, bounded size), one document at a time. The tree under review comes from a pull
/// request, so it is untrusted input like a tenant file.
/// </summary>
internal static class ObjectDocuments
{
    /// <summary>
    /// The documents of a multi-document stream, split at its <c>---</c> lines. YAML allows a document marker at
    /// the start of a line nowhere inside a scalar (a block scalar ends there, a quoted one may not contain it), so
    /// this split is exact; it lets the diff skip, unparsed, every document whose text did not change.
    /// Documents holding only comments (a file's header) are dropped.
    /// </summary>
    public static List<ObjectDocument> Split(string file, string text)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Found with IndexOf rather than by splitting into lines: at 10,000 tenants every rendered.yaml is split.
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf("\n---", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n---", i + 1, StringComparison.Ordinal))
            if (IsMarker(text.AsSpan(i + 1))) starts.Add(i + 1);
        starts.Add(text.Length);
        var docs = new List<ObjectDocument>();
        var line = 1;
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var body = text.AsSpan(starts[k], starts[k + 1] - starts[k]);
            if (HasContent(body)) docs.Add(new ObjectDocument(file, line, body.ToString()));
            line += body.Count('\n');
        }
        return docs;
    }

    private static bool HasContent(ReadOnlySpan<char> body)
    {
        foreach (var range in body.Split('\n'))
        {
            var l = body[range];
            var t = l.Trim();
            if (t.Length > 0 && t[0] != '#' && !t.SequenceEqual("---") && !t.SequenceEqual("...")) return true;
        }
        return false;
    }

    private static bool IsMarker(ReadOnlySpan<char> line) => line.StartsWith("---") && (line.Length == 3 || line[3] is ' ' or '\t' or '\n');

    /// <summary>The document as a JSON object (the per-user pod template expanded, see <see cref="ExpandPodTemplate"/>).</summary>
    public static (ObjectId Id, JsonObject Json) Read(ObjectDocument doc)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(doc.File, doc.Text, diagnostics);
        // A duplicate key is reported with the tree still built: an error all the same.
        if (root is null || diagnostics.Count > 0)
        {
            var d = diagnostics[0];
            var at = d.Location is { } l ? (l.Line + doc.Line - 1, l.Column) : (doc.Line, 1);
            throw new InvalidDataException($"{doc.File}({at.Item1},{at.Item2}): error {d.Rule.Id}: {d.Message}");
        }
        if (ToJson(root) is not JsonObject json || Text(json["kind"]) is not { Length: > 0 } kind || Text(json["metadata"]?["name"]) is not { Length: > 0 } name)
            throw new InvalidDataException($"{doc.File}({doc.Line + root.Line - 1},{root.Column}): error {RuleCatalog.MalformedFile.Id}: not a Kubernetes object (a mapping with kind and metadata.name)");
        ExpandPodTemplate(json);
        return (new ObjectId(kind, Text(json["metadata"]?["namespace"]), name), json);
    }

    /// <summary>
    /// The per-user pod template is a YAML string inside a ConfigMap; compared as text, one new capability would read
    /// as "the string changed". Replaced by the Pod it describes, it diffs field by field like any object. Text that
    /// is not one YAML mapping stays text.
    /// </summary>
    private static void ExpandPodTemplate(JsonObject json)
    {
        if (Text(json["kind"]) != "ConfigMap" || json["data"] is not JsonObject data || Text(data[Names.PodTemplateKey]) is not { } template) return;
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(Names.PodTemplateKey, template, diagnostics);
        if (root is not null && diagnostics.Count == 0 && ToJson(root) is JsonObject pod) data[Names.PodTemplateKey] = pod;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// A YAML node as the JSON the API server would read: quoted scalars are strings, plain ones are read by the YAML
    /// 1.2 core schema (null, booleans, integers, floats), as sigs.k8s.io/yaml does for what the generator writes.
    /// </summary>
    public static JsonNode? ToJson(YamlNode node) => node.Kind switch
    {
        YamlKind.Mapping => new JsonObject(node.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlKind.Sequence => new JsonArray(node.Items.Select(ToJson).ToArray()),
        _ when !node.Plain => JsonValue.Create(node.Value),
        _ when node.IsNull => null,
        _ when node.IsBool => JsonValue.Create(node.Value is "true" or "True" or "TRUE"),
        _ when long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        _ when IsFloat(node.Value) && double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        _ => JsonValue.Create(node.Value),
    };

    private static bool IsFloat(string s) => s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-') && s.Any(char.IsAsciiDigit);
}
