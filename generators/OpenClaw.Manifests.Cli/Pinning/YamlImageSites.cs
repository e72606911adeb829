using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using YamlDotNet.Core;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>The image fields of a YAML tenant file as <see cref="ImageSite"/>s, at the loader's positions.</summary>
internal static class YamlImageSites
{
    /// <summary>The sites, or null with the loader's diagnostics when the file is not readable YAML.</summary>
    public static IReadOnlyList<ImageSite>? Find(string file, string text, List<Diagnostic> diagnostics)
        => ImageScalars.Find(file, text, diagnostics)?.Select(s => new ImageSite(file, s.At.Line, s.At.Column, s.FieldPath, s.Value, s.Start, s.End, v => Scalar(s.Style, v))).ToList();

    /// <summary>
    /// The scalar in its own style. Image references hold no character that needs quoting or escaping, so a plain,
    /// single- or double-quoted scalar stays one; a block scalar (| or >) would need its indentation rewritten.
    /// </summary>
    private static string? Scalar(ScalarStyle style, string value) => style switch
    {
        ScalarStyle.Plain => value,
        ScalarStyle.SingleQuoted => "'" + value + "'",
        ScalarStyle.DoubleQuoted => "\"" + value + "\"",
        _ => null,
    };
}
