using System.Text.Json.Nodes;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Loading;

/// <summary>
/// tenant.schema.json, walked from <see cref="TenantFields"/>: editors (yaml-language-server) check tenant files as
/// they are typed. Declared draft 2020-12, using only keywords that mean the same in draft-07 (no $defs, no
/// prefixItems, no $ref), so validators of either draft read it alike. The loader stays the judge: rules the schema
/// cannot state (cross-tenant names, secret-looking values, a URL's host, YAML anchors) are only the loader's.
/// </summary>
internal static class TenantSchema
{
    /// <summary>The file name in the output folder and in the package.</summary>
    public const string FileName = "tenant.schema.json";

    public static string Write()
    {
        var root = Node(TenantFields.Root);
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["title"] = $"OpenClaw {TenantFileReader.Kind} ({TenantFileReader.ApiVersion})";
        return SchemaJson.Write(root);
    }

    private static JsonObject Node(TenantField f)
    {
        var o = f.Kind switch
        {
            FieldKind.Mapping => Mapping(f),
            FieldKind.MappingList => new JsonObject { ["type"] = "array", ["items"] = Mapping(f) },
            FieldKind.String => String(f),
            FieldKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = f.Minimum, ["maximum"] = f.Maximum },
            FieldKind.StringList => new JsonObject { ["type"] = "array", ["minItems"] = f.MinItems, ["items"] = String(f) },
            FieldKind.StringMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = String(f) },
            FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
            // Known to the reader only to refuse it with a pointed message: no value is valid.
            FieldKind.Refused => new JsonObject { ["not"] = new JsonObject() },
            _ => throw new InvalidOperationException(f.Kind.ToString()),
        };
        o["description"] = f.Description;
        return SchemaJson.Compact(o);
    }

    private static JsonObject Mapping(TenantField f)
    {
        var o = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject(f.Fields.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)Node(c)))),
        };
        var required = f.Fields.Where(c => c.Required).Select(c => c.Name).ToList();
        if (required.Count > 0) o["required"] = SchemaJson.Strings(required);
        if (f.ExactlyOneOf.Count > 0)
            o["oneOf"] = new JsonArray(f.ExactlyOneOf.Select(k => (JsonNode?)new JsonObject { ["required"] = SchemaJson.Strings([k]) }).ToArray());
        return o;
    }

    private static JsonObject String(TenantField f)
    {
        var o = new JsonObject { ["type"] = "string", ["maxLength"] = f.MaxLength, ["pattern"] = f.Pattern is null ? null : ValuePatterns.Ecma(f.Pattern) };
        // The loader refuses control characters (only line breaks and tabs in free text): they could forge lines in a
        // reviewer's terminal. Stated apart from the patterns because a .NET validator's '$' also matches before a final
        // newline, where ECMA's (an editor's) does not.
        var control = new JsonObject { ["pattern"] = f.MultiLine ? ValuePatterns.ControlExceptLineBreaks : ValuePatterns.Control };
        o["not"] = f.Forbidden.Count == 0 ? control : new JsonObject { ["anyOf"] = new JsonArray(control, new JsonObject { ["enum"] = SchemaJson.Strings(f.Forbidden) }) };
        return SchemaJson.Compact(o);
    }
}
