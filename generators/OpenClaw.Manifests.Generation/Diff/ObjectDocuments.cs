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
        var docs = new List<ObjectDocument>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !(i > start && IsMarker(lines[i]))) continue;
            var body = lines[start..i];
            if (body.Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#') && !IsMarker(l) && l.Trim() != "..."))
                docs.Add(new ObjectDocument(file, start + 1, string.Join('\n', body) + "\n"));
            start = i;
        }
        return docs;
    }

    private static bool IsMarker(string line) => line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t');

    /// <summary>The document as a JSON object (the per-user pod template expanded, see <see cref="ExpandPodTemplate"/>).</summary>
    public static (ObjectId Id, JsonObject Json) Read(ObjectDocument doc)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(doc.File, doc.Text, diagnostics);
        if (root is null)
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
        var root = YamlTreeReader.Read(Names.PodTemplateKey, template, []);
        if (root is not null && ToJson(root) is JsonObject pod) data[Names.PodTemplateKey] = pod;
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
