using System.Text;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Multi-document YAML output: LF endings, one trailing newline, a comment naming each object.</summary>
internal static class ManifestYaml
{
    /// <summary>Writes the objects as one multi-document YAML stream.</summary>
    public static string Write(IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects)
    {
        var docs = objects.Select(o => JsonDocument.Parse(ObjectJson.Serialize(o))).ToList();
        try { return Write(objects, docs.Select(d => d.RootElement).ToList()); }
        finally { docs.ForEach(d => d.Dispose()); }
    }

    /// <summary>Writes the objects, given each one's parsed JSON.</summary>
    internal static string Write(IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects, IReadOnlyList<JsonElement> json)
    {
        var sb = new StringBuilder(32 * 1024);
        for (var i = 0; i < objects.Count; i++)
        {
            sb.Append("---\n");
            sb.Append("# ").Append(objects[i].Kind).Append('/').Append(objects[i].Metadata.Name).Append('\n');
            YamlEmitter.WriteDocument(sb, json[i]);
        }
        return sb.ToString();
    }

    /// <summary>LF line endings and exactly one final newline, whatever the platform.</summary>
    public static string Normalize(string text)
    {
        var s = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return s.TrimEnd('\n') + "\n";
    }
}
