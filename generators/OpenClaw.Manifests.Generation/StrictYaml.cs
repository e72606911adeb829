using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// The settings files (platform settings, openclaw.yaml) through the one strict YAML reader the tenant files use
/// (<see cref="YamlTreeReader"/>: no anchors, aliases or tags, duplicate keys refused, size and depth bounded), with
/// its first problem as an <see cref="InvalidDataException"/> naming file, line and column.
/// </summary>
internal static class StrictYaml
{
    /// <summary>The file's one mapping; null when the file is empty and <paramref name="input"/> allows that.</summary>
    public static YamlNode? ReadMapping(string path, YamlInput input)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvalidDataException($"{path}: cannot read the file: {e.Message}"); }
        var diagnostics = new List<Diagnostic>();
        var documents = YamlTreeReader.ReadAll(path, text, diagnostics, input);
        // Duplicate keys are reported without stopping the parse; for a settings file any finding is the end.
        if (diagnostics.Count > 0 || documents is null)
        {
            var d = diagnostics[0];
            throw new InvalidDataException($"{path}({d.Location?.Line ?? 1},{d.Location?.Column ?? 1}): {d.Message}");
        }
        if (documents.Count == 0) return null;
        return documents[0].Kind == YamlKind.Mapping ? documents[0] : throw Error(path, documents[0], "expected a mapping");
    }

    public static InvalidDataException Error(string path, YamlNode node, string message) => new($"{path}({node.Line},{node.Column}): {message}");
}
