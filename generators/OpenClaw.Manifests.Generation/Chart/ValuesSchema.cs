using System.Text.Json.Nodes;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>
/// values.schema.json (draft-07) from the value table: types, patterns, ranges, required keys and
/// <c>additionalProperties: false</c> everywhere, keys sorted so a schema change diffs minimally.
/// Helm validates values against it before rendering: a misspelt key fails instead of being ignored.
/// </summary>
internal static class ValuesSchema
{
    public static string Write()
    {
        var root = Group(null, "");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["title"] = $"{Rendering.Names.Chart} {Rendering.Names.ChartVersion} values";
        return SchemaJson.Write(root);
    }

    private static JsonObject Group(ChartValue? group, string prefix)
    {
        var children = ValueCatalog.All.Where(v => IsChild(v.Path, prefix)).ToList();
        var properties = new JsonObject();
        foreach (var c in children) properties[c.Path[prefix.Length..]] = Node(c);
        // 0.2.x keys pass the schema so that templates/upgrade-checks.yaml can accept them or name the fix.
        foreach (var r in RetiredValues.Under(prefix.TrimEnd('.')))
        {
            var node = r.Schema.DeepClone().AsObject();
            node["description"] = "bp-openclaw 0.2.x: " + r.Upgrade;
            properties[r.Path[prefix.Length..]] = node;
        }
        var o = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["required"] = Strings(children.Where(c => c.Required || c.Kind is ValueKind.Group or ValueKind.Image).Select(c => c.Path[prefix.Length..])),
        };
        if (group is not null) o["description"] = group.Description;
        return o;
    }

    private static bool IsChild(string path, string prefix)
        => path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && !path[prefix.Length..].Contains('.');

    private static JsonObject Node(ChartValue v)
    {
        var o = v.Kind switch
        {
            ValueKind.Group or ValueKind.Image => Group(v, v.Path + "."),
            ValueKind.String => String(v),
            ValueKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = v.Minimum, ["maximum"] = v.Maximum },
            ValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
            ValueKind.StringList => new JsonObject { ["type"] = "array", ["minItems"] = v.Minimum, ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = v.Pattern is null ? null : ValuePatterns.Ecma(v.Pattern) } },
            ValueKind.StringMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } },
            ValueKind.EnvList => new JsonObject { ["type"] = "array", ["items"] = EnvVar() },
            ValueKind.RuleList => new JsonObject { ["type"] = "array", ["items"] = Rule() },
            ValueKind.NameList => new JsonObject { ["type"] = "array", ["items"] = NameRef() },
            _ => throw new InvalidOperationException(v.Kind.ToString()),
        };
        if (v.Kind is not (ValueKind.Group or ValueKind.Image))
        {
            o["description"] = v.Description;
            o["default"] = v.Default?.DeepClone();
        }
        return SchemaJson.Compact(o);
    }

    private static JsonObject String(ChartValue v)
    {
        var o = new JsonObject { ["type"] = "string", ["maxLength"] = v.MaxLength };
        // Empty defaults stay valid so that "required" failures come from the chart with a clear message.
        if (v.Pattern is not null) o["pattern"] = v.Default is JsonValue d && d.GetValue<string>() == "" ? "^$|" + ValuePatterns.Ecma(v.Pattern) : ValuePatterns.Ecma(v.Pattern);
        return o;
    }

    private static JsonObject EnvVar() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Strings(["name"]),
        ["oneOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["value"]) }, new JsonObject { ["required"] = Strings(["secretKeyRef"]) }),
        ["properties"] = new JsonObject
        {
            // The chart's own variables cannot be overridden: a plain value could replace a secret reference.
            ["name"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = ValuePatterns.Ecma(Env["name"].Pattern!),
                ["not"] = new JsonObject { ["enum"] = Strings(Policy.TenantPolicy.BuiltInEnv) },
            },
            ["value"] = new JsonObject { ["type"] = "string", ["description"] = "A plain, non-secret value." },
            ["secretKeyRef"] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = Strings(["key", "name"]),
                ["properties"] = new JsonObject
                {
                    ["name"] = Str(Env["secretKeyRef"]["name"]),
                    ["key"] = Str(Env["secretKeyRef"]["key"]),
                },
            },
        },
    };

    // The env list's and name list's items have the tenant format's fields: one definition (TenantFields) for both.
    private static TenantField Env => TenantFields.At("spec.controller.extraEnv");

    private static JsonObject Str(TenantField field) => new() { ["type"] = "string", ["pattern"] = ValuePatterns.Ecma(field.Pattern!), ["maxLength"] = field.MaxLength ?? 253 };

    private static JsonObject NameRef() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Strings(["name"]),
        ["properties"] = new JsonObject { ["name"] = Str(TenantFields.At("spec.imagePullSecrets")) },
    };

    private static JsonObject Rule() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Strings(["apiGroups", "resources", "verbs"]),
        ["properties"] = new JsonObject
        {
            ["apiGroups"] = StringArray(0),
            ["resources"] = StringArray(1),
            ["verbs"] = StringArray(1),
            ["resourceNames"] = StringArray(0),
        },
    };

    private static JsonObject StringArray(int minItems) => new() { ["type"] = "array", ["minItems"] = minItems, ["items"] = new JsonObject { ["type"] = "string" } };

    private static JsonArray Strings(IEnumerable<string> items) => SchemaJson.Strings(items);
}
