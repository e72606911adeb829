namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>The generator honours the severities the compiler reads from .editorconfig (issue 13, point 5).</summary>
public class SeverityTests
{
    private const string WildcardSpec = "  rbac:\n    extraRules:\n      - {apiGroups: [\"\"], resources: [\"*\"], verbs: [get]}\n";

    [Fact]
    public void A_rule_lowered_in_editorconfig_is_a_warning_for_the_generator_too()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme", WildcardSpec);
        var (code, output) = repo.Run("generate");
        Assert.Equal(1, code);
        Assert.Contains("error OCM0004", output);

        repo.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OCM0004.severity = warning\n");
        (code, output) = repo.Run("generate");
        Assert.True(code == 0, output);
        Assert.Contains("tenants/acme.yaml(", output);
        Assert.Contains("warning OCM0004", output);
        Assert.Contains("\"*\"", repo.Read("charts-out/tenants/acme/rendered.yaml"));

        repo.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.OCM0004.severity = none\n");
        (code, output) = repo.Run("validate");
        Assert.True(code == 0, output);
        Assert.DoesNotContain("OCM0004", output);
    }

    [Fact]
    public void Sections_for_other_files_do_not_apply_and_a_parent_editorconfig_does_unless_root()
    {
        using var repo = new PlatformRepo().WithTenant("acme", WildcardSpec);
        repo.Write(".editorconfig", "[*.md]\ndotnet_diagnostic.OCM0004.severity = warning\n");
        Assert.Equal(1, repo.Run("validate").ExitCode);
        repo.Write(".editorconfig", "[*.{cs,vb}]\ndotnet_diagnostic.OCM0004.severity = warning\n");
        Assert.Equal(0, repo.Run("validate").ExitCode);
        Assert.Equal(1, repo.Run("validate", "--severity", "OCM0004=error").ExitCode);
    }

    [Fact]
    public void The_supply_chain_and_secret_rules_cannot_be_lowered()
    {
        using var repo = new PlatformRepo().WithTenant("acme");
        repo.Write("tenants/acme.yaml", repo.Read("tenants/acme.yaml").Replace("@sha256:3c1f", ":v1#", StringComparison.Ordinal).Split('#')[0] + "\n" +
            string.Join('\n', repo.Read("tenants/acme.yaml").Split('\n').SkipWhile(l => !l.Contains("runtime:", StringComparison.Ordinal))));
        repo.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.OCM0001.severity = none\n");
        var (code, output) = repo.Run("validate");
        Assert.Equal(1, code);
        Assert.Contains("warning: OCM0001 cannot be lowered", output);
        Assert.Contains("error OCM0001", output);
    }

    [Fact]
    public void An_unknown_rule_or_level_is_a_usage_error()
    {
        using var repo = new PlatformRepo().WithTenant("acme");
        Assert.Equal(2, repo.Run("validate", "--severity", "OCM9999=warning").ExitCode);
        Assert.Equal(2, repo.Run("validate", "--severity", "OCM0004=loud").ExitCode);
    }
}
