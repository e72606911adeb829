using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>
/// Prints the findings of one command in the chosen format. Text goes to stderr in the compiler's form
/// with a count; JSON and SARIF are one document on stdout, so a CI step can redirect it to a file.
/// </summary>
internal sealed class Report(OutputFormat format, string command, TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public OutputFormat Format => format;

    /// <summary>Where human-readable lines go: stdout for text, stderr when stdout carries the document.</summary>
    public TextWriter Human => format is OutputFormat.Text or OutputFormat.Msbuild ? stdout : stderr;

    public void Print(IReadOnlyList<Finding> findings, TreeDiff? files = null)
    {
        switch (format)
        {
            case OutputFormat.Text:
                foreach (var f in findings) stderr.WriteLine(f.ToString());
                var errors = findings.Count(f => f.IsError);
                var warnings = findings.Count - errors;
                if (findings.Count > 0) stderr.WriteLine(warnings == 0 ? $"{errors} error(s)" : $"{errors} error(s), {warnings} warning(s)");
                break;
            case OutputFormat.Msbuild:
                // Tabs cannot occur in a location or message: the loader escapes control characters.
                foreach (var f in findings)
                {
                    var at = f.Diagnostic.Location;
                    stdout.WriteLine(string.Join('\t', "##openclaw", f.Level, f.Diagnostic.Rule.Id, at?.File ?? f.Diagnostic.Subject, at?.Line ?? 0, at?.Column ?? 0, f.Diagnostic.Rule.HelpLink, f.Diagnostic.Message.Replace('\t', ' ')));
                }
                break;
            case OutputFormat.Json:
                stdout.Write(Json(findings, files).ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
                break;
            case OutputFormat.Sarif:
                stdout.Write(SarifLog.Build(findings).ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
                break;
        }
    }

    private JsonObject Json(IReadOnlyList<Finding> findings, TreeDiff? files)
    {
        var doc = new JsonObject
        {
            ["tool"] = new JsonObject { ["name"] = "openclaw-manifests", ["version"] = ToolVersion.Current },
            ["command"] = command,
            ["errors"] = findings.Count(f => f.IsError),
            ["warnings"] = findings.Count(f => !f.IsError),
            ["diagnostics"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
            {
                ["ruleId"] = f.Diagnostic.Rule.Id,
                ["severity"] = f.Level,
                ["message"] = f.Diagnostic.Message,
                ["file"] = f.Diagnostic.Location?.File,
                ["line"] = f.Diagnostic.Location?.Line,
                ["column"] = f.Diagnostic.Location?.Column,
                ["subject"] = f.Diagnostic.Subject,
                ["helpUri"] = f.Diagnostic.Rule.HelpLink,
            }).ToArray()),
        };
        if (files is not null)
            doc["files"] = new JsonObject
            {
                ["added"] = new JsonArray(files.Added.Select(p => (JsonNode)p).ToArray()),
                ["changed"] = new JsonArray(files.Changed.Select(p => (JsonNode)p).ToArray()),
                ["removed"] = new JsonArray(files.Removed.Select(p => (JsonNode)p).ToArray()),
            };
        return doc;
    }
}
