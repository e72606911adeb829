using System.Text;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation;

namespace OpenClaw.Manifests.ChartTests;

/// <summary><c>generate</c> and <c>generate --check</c> over the whole tree: chart, overlays, SOPS files.</summary>
public sealed class GenerateCommandTests
{
    private const string Encrypted = """
        apiVersion: v1
        kind: Secret
        metadata:
            name: initech-oidc
            namespace: org-initech
        type: Opaque
        stringData:
            client-secret: ENC[AES256_GCM,data:3q2+7wAB,iv:AAAAAAAAAAAAAAAAAAAAAA==,tag:BBBBBBBBBBBBBBBBBBBBBB==,type:str]
        sops:
            age:
                - recipient: age147p5chjtwr2tckvfpr0e8gszyn6dqnfw0wrldty2pwj976fm5dqqfggett
                  enc: |
                    -----BEGIN AGE ENCRYPTED FILE-----
                    YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBzdHVi
                    -----END AGE ENCRYPTED FILE-----
            lastmodified: "2025-01-01T00:00:00Z"
            mac: ENC[AES256_GCM,data:bWFj,iv:AAAAAAAAAAAAAAAAAAAAAA==,tag:BBBBBBBBBBBBBBBBBBBBBB==,type:str]
            encrypted_regex: ^(data|stringData)$
            version: 3.9.0

        """;

    private static CliResult Run(params string[] args) => CliRunner.Run(args);

    private static CliResult Generate(string outDir, bool check = false) => GenerateCli.Generate(outDir, check);

    [Fact]
    public void Generate_writes_chart_overlays_and_rules_and_check_is_then_clean()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "charts-out");
        var first = Generate(outDir);
        Assert.True(first.ExitCode == 0, first.Stderr);
        foreach (var f in new[] { "bp-openclaw/Chart.yaml", "bp-openclaw/values.yaml", "bp-openclaw/values.schema.json", "bp-openclaw/README.md", "bp-openclaw/.helmignore",
                     "bp-openclaw/templates/_helpers.tpl", "bp-openclaw/templates/NOTES.txt", ".sops.yaml",
                     "tenants/acme/values.yaml", "tenants/acme/helmrelease.yaml", "tenants/acme/application.yaml", "tenants/acme/rendered.yaml" })
            Assert.True(File.Exists(Path.Combine(outDir, f)), f + " missing");
        var check = Generate(outDir, check: true);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public void Output_is_byte_for_byte_deterministic()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");
        Assert.Equal(0, Generate(a).ExitCode);
        Assert.Equal(0, Generate(b).ExitCode);
        var ta = FileTree.ReadFrom(a);
        var tb = FileTree.ReadFrom(b);
        Assert.Equal(ta.Files.Keys, tb.Files.Keys);
        foreach (var (path, bytes) in ta.Files)
        {
            Assert.Equal(bytes, tb.Files[path]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }

    [Fact]
    public void Check_reports_a_stale_chart_with_a_unified_diff()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "charts-out");
        Assert.Equal(0, Generate(outDir).ExitCode);
        var values = Path.Combine(outDir, "bp-openclaw", "values.yaml");
        File.AppendAllText(values, "extra: true\n");
        File.Delete(Path.Combine(outDir, "tenants", "globex", "helmrelease.yaml"));
        var check = Generate(outDir, check: true);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("diff --git a/bp-openclaw/values.yaml b/bp-openclaw/values.yaml", check.Stdout);
        Assert.Contains("-extra: true", check.Stdout);
        Assert.Contains("tenants/globex/helmrelease.yaml", check.Stdout);
        Assert.Contains("is stale", check.Stderr);
    }

    [Fact]
    public void An_encrypted_tenant_secret_is_carried_over_unchanged()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "charts-out");
        Assert.Equal(0, Generate(outDir).ExitCode);
        var secret = dir.File("charts-out/tenants/initech/secret.sops.yaml", Encrypted);
        var again = Generate(outDir);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(Encrypted, File.ReadAllText(secret));
        Assert.Equal(0, Generate(outDir, check: true).ExitCode);
    }

    [Fact]
    public void A_plaintext_tenant_secret_stops_everything_with_OCM0003_at_the_value()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "charts-out");
        Assert.Equal(0, Generate(outDir).ExitCode);
        var plaintext = Encrypted.Replace("ENC[AES256_GCM,data:3q2+7wAB,iv:AAAAAAAAAAAAAAAAAAAAAA==,tag:BBBBBBBBBBBBBBBBBBBBBB==,type:str]", "hunter2-is-my-password", StringComparison.Ordinal);
        dir.File("charts-out/tenants/initech/secret.sops.yaml", plaintext);
        File.Delete(Path.Combine(outDir, "tenants", "acme", "values.yaml"));
        var before = FileTree.ReadFrom(outDir);

        var result = Generate(outDir);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("secret.sops.yaml(8,20): error OCM0003", result.Stderr);
        Assert.Contains("stringData.client-secret is not encrypted", result.Stderr);
        Assert.DoesNotContain("hunter2", result.Stderr);
        Assert.Contains("nothing was written", result.Stderr);
        var after = FileTree.ReadFrom(outDir);
        Assert.True(TreeDiff.Compute(before, after).IsEmpty, "the output folder changed although generation failed");
    }

    [Fact]
    public void A_secret_without_a_sops_block_is_refused()
    {
        const string bare = "apiVersion: v1\nkind: Secret\nmetadata: {name: x}\ndata: {}\n";
        var found = OpenClaw.Manifests.Generation.Overlays.SopsSecrets.Check("x.sops.yaml", bare);
        var d = Assert.Single(found);
        Assert.Equal("OCM0003", d.Rule.Id);
        Assert.Contains("no sops: block", d.Message);
    }

    [Fact]
    public void A_missing_settings_file_named_on_the_command_line_is_a_usage_error()
    {
        using var dir = new TempDir();
        var result = Run(["generate", "--tenants", RepoPaths.Samples, "--settings", Path.Combine(dir.Path, "nope.yaml"), "--out", Path.Combine(dir.Path, "out")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.yaml", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void The_committed_output_is_up_to_date()
    {
        // What CI runs as 'openclaw-manifests generate --check': a stale charts-out fails here with the diff.
        var check = Run(["generate", "--tenants", RepoPaths.Samples, "--settings", RepoPaths.Settings, "--out", RepoPaths.ChartsOut, "--check"]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }
}
