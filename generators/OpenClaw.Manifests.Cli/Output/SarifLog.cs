using System.Text.Json.Nodes;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning reads it: one run, the tool with its version and every rule
/// (ID, title, description, help URI, default level), and results with a file and region. File paths
/// are written relative to the current folder (the repository root in CI), as code scanning expects.
/// </summary>
internal static class SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static JsonObject Build(IReadOnlyList<Finding> findings)
    {
        var rules = RuleCatalog.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "openclaw-manifests",
                        ["version"] = ToolVersion.Current,
                        ["semanticVersion"] = ToolVersion.Current,
                        ["informationUri"] = RuleCatalog.HelpLinkBase.Replace("docs/rules/", "", StringComparison.Ordinal),
                        ["rules"] = new JsonArray(rules.Select(r => (JsonNode)new JsonObject
                        {
                            ["id"] = r.Id,
                            ["name"] = Pascal(r.Title),
                            ["shortDescription"] = new JsonObject { ["text"] = r.Title },
                            ["fullDescription"] = new JsonObject { ["text"] = r.Description },
                            ["helpUri"] = r.HelpLink,
                            ["help"] = new JsonObject { ["text"] = $"{r.Description} See {r.HelpLink}" },
                            ["defaultConfiguration"] = new JsonObject { ["level"] = "error" },
                            ["properties"] = new JsonObject { ["category"] = r.Category.ToString() },
                        }).ToArray()),
                    },
                },
                ["results"] = new JsonArray(findings.Select(f => (JsonNode)Result(f, index[f.Diagnostic.Rule.Id])).ToArray()),
            }),
        };
    }

    private static JsonObject Result(Finding f, int ruleIndex)
    {
        var result = new JsonObject
        {
            ["ruleId"] = f.Diagnostic.Rule.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = f.Level,
            ["message"] = new JsonObject { ["text"] = f.Diagnostic.Message },
        };
        var at = f.Diagnostic.Location;
        // A C# tenant without a PDB is named by its type, which is no file: such a result carries no location.
        if (at is { } l && (File.Exists(l.File) || l.File.EndsWith(".yaml", StringComparison.Ordinal) || l.File.EndsWith(".yml", StringComparison.Ordinal) || l.File.EndsWith(".cs", StringComparison.Ordinal)))
            result["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = Uri(l.File) },
                    ["region"] = new JsonObject { ["startLine"] = l.Line, ["startColumn"] = l.Column },
                },
            });
        else
            result["locations"] = new JsonArray(new JsonObject
            {
                ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = at?.File ?? f.Diagnostic.Subject, ["kind"] = "type" }),
            });
        return result;
    }

    /// <summary>A relative URI (forward slashes, escaped) for a file under the current folder, else an absolute file URI.</summary>
    private static string Uri(string file)
    {
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full).Replace('\\', '/');
        if (!relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            return string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString));
        return new System.Uri(full).AbsoluteUri;
    }

    private static string Pascal(string title)
        => string.Concat(title.Split([' ', '-', '/', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
