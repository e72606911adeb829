using System.Text.Json;
using NJsonSchema;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary><c>--format sarif</c> and <c>--format json</c> for validate and generate (issue 13, point 12).</summary>
public class MachineReadableOutputTests
{
    private const string Bad = "  rbac:\n    extraRules:\n      - {resources: [pods], verbs: [create], resourceNames: [p]}\n";

    private static string Stdout(PlatformRepo repo, out int code, params string[] args)
    {
        var psi = CliRunner.StartInfo(repo.Root, null, args);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEnd();
        p.WaitForExit();
        code = p.ExitCode;
        return stdout.Result;
    }

    [Fact]
    public async Task Sarif_from_validate_is_valid_sarif_2_1_0_with_rules_help_uris_regions_and_the_tool_version()
    {
        using var repo = new PlatformRepo().WithTenant("acme").WithTenant("bad", Bad);
        var sarif = Stdout(repo, out var code, "validate", "--format", "sarif");
        Assert.Equal(1, code);

        var schema = await JsonSchema.FromFileAsync(SarifSchema.Path);
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => e.ToString())));

        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("openclaw-manifests", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "OCM0002");
        Assert.EndsWith("/docs/rules/OCM0002.md", rule.GetProperty("helpUri").GetString());
        var result = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("OCM0002", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("tenants/bad.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(18, location.GetProperty("region").GetProperty("startLine").GetInt32());

        // The check has teeth: a log that drops the required version is refused by the same schema.
        Assert.NotEmpty(schema.Validate(sarif.Replace("\"version\": \"2.1.0\"", "\"version\": \"two\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sarif_from_generate_covers_render_time_diagnostics()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme", "  rbac:\n    extraRules:\n      - {apiGroups: [\"\"], resources: [\"*\"], verbs: [get]}\n");
        repo.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.OCM0004.severity = warning\n");
        var sarif = Stdout(repo, out var code, "generate", "--format", "sarif");
        Assert.Equal(0, code);
        var schema = await JsonSchema.FromFileAsync(SarifSchema.Path);
        Assert.Empty(schema.Validate(sarif));
        using var doc = JsonDocument.Parse(sarif);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal("warning", r.GetProperty("level").GetString()));
        // The tenant rule at load time (at the rule's line), and the rendered Role's rule at render time.
        Assert.Equal(2, results.Count(r => r.GetProperty("ruleId").GetString() == "OCM0004"));
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() == 18);
    }

    [Fact]
    public void Json_lists_diagnostics_and_the_files_generate_changed()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme");
        var json = Stdout(repo, out var code, "generate", "--format", "json");
        Assert.Equal(0, code);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
            Assert.Contains(doc.RootElement.GetProperty("files").GetProperty("added").EnumerateArray(), f => f.GetString() == "tenants/acme/rendered.yaml");
        }

        repo.WithTenant("bad", Bad);
        json = Stdout(repo, out code, "validate", "--format", "json");
        Assert.Equal(1, code);
        using var bad = JsonDocument.Parse(json);
        var d = bad.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(("OCM0002", "error", "tenants/bad.yaml", 18, 9), (d.GetProperty("ruleId").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        Assert.EndsWith("OCM0002.md", d.GetProperty("helpUri").GetString());
    }
}
