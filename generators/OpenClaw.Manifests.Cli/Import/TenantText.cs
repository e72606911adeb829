using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Cli.Import;

/// <summary>
/// Writes an imported tenant as block YAML in the order of <see cref="TenantFields"/> (so two imports of the same
/// values give the same bytes, whatever the upstream key order). Strings follow the one quoting policy (<see cref="YamlScalars"/>).
/// </summary>
internal static class TenantText
{
    public static string Write(JsonObject tenant, string schema, string source)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=").Append(schema).Append('\n');
        sb.Append("# Imported by 'openclaw-manifests import' from ").Append(source).Append("; the values it could not carry were listed then.\n");
        sb.Append("apiVersion: ").Append(TenantFileReader.ApiVersion).Append('\n');
        sb.Append("kind: ").Append(TenantFileReader.Kind).Append('\n');
        Mapping(sb, TenantFields.Root, tenant, 0, skip: ["apiVersion", "kind"]);
        return sb.ToString();
    }

    private static void Mapping(StringBuilder sb, TenantField field, JsonObject o, int indent, string[]? skip = null)
    {
        foreach (var f in field.Fields)
        {
            if (skip?.Contains(f.Name) == true || o[f.Name] is not { } value) continue;
            sb.Append(' ', indent).Append(f.Name).Append(':');
            switch (f.Kind)
            {
                case FieldKind.Mapping:
                    sb.Append('\n');
                    Mapping(sb, f, value.AsObject(), indent + 2);
                    break;
                case FieldKind.MappingList:
                    sb.Append('\n');
                    foreach (var item in value.AsArray()) sb.Append(' ', indent + 2).Append("- ").Append(Flow(f, item!.AsObject())).Append('\n');
                    break;
                case FieldKind.StringList:
                    sb.Append(" [").Append(string.Join(", ", value.AsArray().Select(v => Scalar(v!)))).Append("]\n");
                    break;
                default:
                    sb.Append(' ').Append(Scalar(value)).Append('\n');
                    break;
            }
        }
    }

    // One line per list item, as the samples write extraEnv: {name: A, value: b}.
    private static string Flow(TenantField field, JsonObject o)
        => "{" + string.Join(", ", field.Fields.Where(f => o[f.Name] is not null).Select(f =>
            f.Name + ": " + (o[f.Name] is JsonObject inner ? Flow(f, inner) : Scalar(o[f.Name]!)))) + "}";

    private static string Scalar(JsonNode value)
        => value.GetValueKind() == JsonValueKind.String ? YamlScalars.Write(value.GetValue<string>()) : value.ToJsonString();
}
