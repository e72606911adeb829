using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>One image field of a tenant file as written: its value and the exact characters that hold it.</summary>
internal sealed record ImageScalar(string FieldPath, string Value, SourceLocation At, int Start, int End, YamlDotNet.Core.ScalarStyle Style);

/// <summary>
/// The image fields of a tenant file (<c>spec.images.*</c>, named by the field table), found with the loader's own
/// YAML reader and so with its positions. <c>pin</c> edits exactly these characters; it reads the file this way rather
/// than through <see cref="TenantLoader"/> because a tag-only image is an OCM0001 error that stops the load.
/// </summary>
internal static class ImageScalars
{
    /// <summary>
    /// The image scalars of <paramref name="text"/> (without a byte-order mark), in file order; null with
    /// <paramref name="diagnostics"/> filled when the text is not one readable YAML document.
    /// </summary>
    public static IReadOnlyList<ImageScalar>? Find(string file, string text, List<Diagnostic> diagnostics)
    {
        if (YamlTreeReader.Read(file, text, diagnostics) is not { Kind: YamlKind.Mapping } root) return diagnostics.Count > 0 ? null : [];
        var images = TenantFields.Spec["images"];
        var found = new List<ImageScalar>();
        var spec = Child(root, TenantFields.Spec.Name);
        if (spec is null || Child(spec, images.Name) is not { } map) return found;
        foreach (var (key, value) in map.Entries)
        {
            if (value.Kind != YamlKind.Scalar || images.Fields.All(f => f.Name != key.Value)) continue;
            var path = $"{TenantFields.Spec.Name}.{images.Name}.{key.Value}";
            found.Add(new ImageScalar(path, value.Value, new SourceLocation(file, value.Line, value.Column), value.Span.Start, value.Span.End, value.Style));
        }
        return found;
    }

    private static YamlNode? Child(YamlNode mapping, string key)
        => mapping.Kind == YamlKind.Mapping ? mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value : null;
}
