using System.Text;
using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Multi-document YAML output: KubernetesClient's serializer, LF endings, one trailing newline.</summary>
public static class ManifestYaml
{
    /// <summary>Writes the objects as one multi-document YAML stream.</summary>
    public static string Write(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
    {
        var sb = new StringBuilder();
        foreach (var o in objects)
        {
            sb.Append("---\n");
            sb.Append("# ").Append(o.Kind).Append('/').Append(o.Metadata.Name).Append('\n');
            sb.Append(Normalize(KubernetesYaml.Serialize(o)));
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
