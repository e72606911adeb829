using System.Text;

namespace OpenClaw.Manifests.Loading;

/// <summary>
/// The README's tenant-format reference, written from <see cref="TenantFields"/>: every field with its type, whether it
/// is required, its default and its description. <c>TenantReferenceTests</c> fails when README.md says anything else.
/// </summary>
internal static class TenantReference
{
    /// <summary>The line after which the generated table stands in README.md.</summary>
    public const string Marker = "<!-- tenant-reference: generated from TenantFields; OPENCLAW_WRITE_DOCS=1 dotnet test rewrites it -->";

    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n");
        foreach (var (path, field) in TenantFields.All)
            sb.Append($"| `{path}` | {Type(field)} | {(field.Required ? "yes" : "")} | {Cell(field)} |\n");
        return sb.ToString();
    }

    private static string Type(TenantField f) => f.Kind switch
    {
        FieldKind.Mapping => "mapping",
        FieldKind.MappingList => "list of mappings",
        FieldKind.Integer => $"integer {f.Minimum}..{f.Maximum}",
        FieldKind.StringList => "list of strings",
        FieldKind.StringMap => "map of strings",
        FieldKind.Boolean => "boolean",
        FieldKind.Refused => "refused",
        _ => f.MaxLength is { } max ? $"string (at most {max})" : "string",
    };

    private static string Cell(TenantField f) => f.Description.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
