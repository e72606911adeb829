using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// The summary for bots: the shape documented (as a JSON Schema) in docs/diff-json.md. The grouped parts are the
/// Markdown's, uncut; <c>objects</c> lists every object that differs, tenant by tenant, with its field changes and
/// their values as JSON.
/// </summary>
internal static class SummaryJson
{
    public const string Schema = "openclaw-manifests/diff/v1";

    // Not for HTML: "<tenant>" stays readable instead of "\u003Ctenant\u003E".
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ChangeSummary s)
    {
        var c = s.Changes;
        var root = new JsonObject
        {
            ["schema"] = Schema,
            ["base"] = c.Base,
            ["head"] = c.Head,
            ["securityRelevant"] = c.SecurityRelevant,
            ["tenants"] = new JsonObject
            {
                ["base"] = c.BaseTenants,
                ["head"] = c.HeadTenants,
                ["changed"] = Strings(s.ChangedTenants.Select(t => t.Name)),
                ["added"] = Strings(s.AddedTenants),
                ["removed"] = Strings(s.RemovedTenants),
            },
            ["security"] = new JsonArray(s.Security.Select(e => (JsonNode)new JsonObject
            {
                ["rule"] = e.Rule.Id,
                ["title"] = e.Rule.Title,
                ["direction"] = e.Direction.ToString().ToLowerInvariant(),
                ["object"] = e.Object,
                ["message"] = e.Message,
                ["tenants"] = Strings(e.Tenants),
            }).ToArray()),
            ["chart"] = new JsonObject
            {
                ["name"] = Names.Chart,
                ["baseVersion"] = c.Chart.BaseVersion,
                ["headVersion"] = c.Chart.HeadVersion,
                ["contentChanged"] = c.Chart.ContentChanged,
                ["versionNotBumped"] = c.Chart.VersionNotBumped,
                ["files"] = new JsonArray(c.Chart.Files.Select(f => (JsonNode)new JsonObject
                {
                    ["path"] = f.Path,
                    ["change"] = Word(f.Kind),
                    ["linesAdded"] = f.LinesAdded,
                    ["linesRemoved"] = f.LinesRemoved,
                }).ToArray()),
            },
            ["changes"] = new JsonArray(s.Groups.Select(g => (JsonNode)new JsonObject
            {
                ["tenants"] = Strings(g.Tenants),
                ["items"] = new JsonArray(g.Items.Select(i => (JsonNode)new JsonObject { ["change"] = i.Text, ["objects"] = Strings(i.Objects) }).ToArray()),
            }).ToArray()),
            ["files"] = new JsonArray(c.Files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["change"] = Word(f.Kind) }).ToArray()),
            ["objects"] = new JsonArray(c.Tenants.SelectMany(t => t.Objects.Select(o => (JsonNode)new JsonObject
            {
                ["tenant"] = t.Name == TreeChanges.Platform ? null : t.Name,
                ["kind"] = o.Id.Kind,
                ["namespace"] = o.Id.Namespace,
                ["name"] = o.Id.Name,
                ["change"] = Word(o.Kind),
                ["fields"] = new JsonArray(o.Kind != ChangeKind.Changed ? [] : o.Fields.Select(f => (JsonNode)new JsonObject
                {
                    ["path"] = f.Path.ToString(),
                    ["change"] = Word(f.Kind),
                    ["old"] = f.Old?.DeepClone(),
                    ["new"] = f.New?.DeepClone(),
                }).ToArray()),
            })).ToArray()),
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static string Word(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
}
