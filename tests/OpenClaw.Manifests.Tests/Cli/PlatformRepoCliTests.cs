using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>The command line in a platform repository, run as a process (issue 13, points 8, 9 and 11).</summary>
public class PlatformRepoCliTests
{
    [Fact]
    public void Validate_with_no_arguments_reads_the_platform_layout_not_this_repos_samples()
    {
        using var repo = new PlatformRepo().WithTenant("acme");
        var (code, output) = repo.Run("validate");
        Assert.True(code == 0, output);
        Assert.Contains("1 tenant(s) in 1 file(s)", output);

        using var empty = new PlatformRepo();
        (code, output) = empty.Run("validate");
        Assert.Equal(2, code);
        Assert.Contains("no tenants to read", output);
        Assert.DoesNotContain("samples/tenants", output);
    }

    [Fact]
    public void A_missing_settings_file_is_an_error_and_keeps_the_gitops_files_unless_no_gitops_is_asked_for()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme");
        Assert.Equal(0, repo.Run("generate").ExitCode);
        Assert.True(repo.Exists("charts-out/tenants/acme/helmrelease.yaml"));

        File.Delete(repo.Path("platform.yaml"));
        var (code, output) = repo.Run("generate");
        Assert.Equal(2, code);
        Assert.Contains("error: no platform settings", output);
        Assert.Contains("--no-gitops", output);
        Assert.True(repo.Exists("charts-out/tenants/acme/helmrelease.yaml"), "a missing settings file must not delete the HelmReleases");

        (code, output) = repo.Run("generate", "--no-gitops");
        Assert.True(code == 0, output);
        Assert.Contains("removed: tenants/acme/helmrelease.yaml", output);
        Assert.False(repo.Exists("charts-out/tenants/acme/helmrelease.yaml"));
    }

    [Fact]
    public void Unknown_options_are_reported_as_options_with_a_suggestion()
    {
        using var repo = new PlatformRepo().WithTenant("acme");
        var (code, output) = repo.Run("validate", "--verbose");
        Assert.Equal(2, code);
        Assert.Contains("error: unknown option '--verbose' for 'validate'", output);
        Assert.DoesNotContain("no such file", output);

        (code, output) = repo.Run("generate", "--chek", "--no-gitops");
        Assert.Equal(2, code);
        Assert.Contains("unknown option '--chek' for 'generate'; did you mean '--check'?", output);
        Assert.False(repo.Exists("charts-out"));
    }

    [Fact]
    public void The_stale_hint_repeats_the_flags_that_were_used_and_names_the_stale_files()
    {
        using var repo = new PlatformRepo().WithTenant("acme");
        repo.Write("gitops/platform.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "platform.yaml")));
        Assert.Equal(0, repo.Run("generate", "--settings", "gitops/platform.yaml", "--out", "deploy").ExitCode);
        repo.WithTenant("acme", "  controller: {replicas: 2}\n");

        var (code, output) = repo.Run("generate", "--check", "--settings", "gitops/platform.yaml", "--out", "deploy");
        Assert.Equal(1, code);
        Assert.Contains("Run 'openclaw-manifests generate --settings gitops/platform.yaml --out deploy' and commit the result.", output);
        Assert.Contains("  changed: tenants/acme/rendered.yaml", output);
        Assert.Contains("  changed: tenants/acme/helmrelease.yaml", output);
        Assert.DoesNotContain("note: bp-openclaw/ changed", output);

        (code, output) = repo.Run("generate", "--settings", "gitops/platform.yaml", "--out", "deploy");
        Assert.Equal(0, code);
        Assert.Contains("  changed: tenants/acme/values.yaml", output);
    }

    [Fact]
    public void A_config_file_sets_tenants_settings_assembly_and_output_once_for_every_command()
    {
        using var repo = new PlatformRepo();
        repo.Write("defs/acme.yaml", TestTenants.Yaml("acme"));
        repo.Write("gitops/platform.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "platform.yaml")));
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants", CatalogCompiler.Tenant("globex")));
        repo.Write("openclaw.yaml", $"tenants: [defs]\nsettings: gitops/platform.yaml\nassembly: {dll}\nout: deploy\n");

        var (code, output) = repo.Run("validate");
        Assert.True(code == 0, output);
        Assert.Contains("2 tenant(s) in 1 file(s)", output);
        (code, output) = repo.Run("generate");
        Assert.True(code == 0, output);
        Assert.True(repo.Exists("deploy/tenants/acme/helmrelease.yaml"));
        Assert.True(repo.Exists("deploy/tenants/globex/helmrelease.yaml"));
        Assert.Equal(0, repo.Run("generate", "--check").ExitCode);
        (code, output) = repo.Run("render", "globex");
        Assert.True(code == 0, output);
        Assert.Contains("# Namespace/org-globex", output);

        repo.Write("openclaw.yaml", "tenant: [defs]\n");
        (code, output) = repo.Run("validate");
        Assert.Equal(2, code);
        Assert.Contains("openclaw.yaml(1,1): unknown key 'tenant'", output);
    }

    [Fact]
    public void Render_renders_a_csharp_tenant_by_name()
    {
        using var repo = new PlatformRepo();
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants", CatalogCompiler.Tenant("acme")));
        repo.Write("reference/acme.yaml", TestTenants.Yaml("acme"));
        var csharp = repo.Run("render", "--assembly", dll, "acme");
        var yaml = repo.Run("render", "reference/acme.yaml");
        Assert.True(csharp.ExitCode == 0, csharp.Output);
        Assert.StartsWith("---\n# Namespace/org-acme\n", csharp.Output);
        // The C# tenant is the YAML tenant written in code: the same manifests.
        Assert.Equal(yaml.Output, csharp.Output);

        var (code, output) = repo.Run("render", "--assembly", dll, "nobody");
        Assert.Equal(2, code);
        Assert.Contains("no tenant named 'nobody'; known: acme", output);
    }

    [Fact]
    public void Generated_files_say_where_each_tenant_was_declared_and_rendered_yaml_has_a_header()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme");
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants", CatalogCompiler.Tenant("globex")));
        var (code, output) = repo.Run("generate", "--assembly", dll);
        Assert.True(code == 0, output);
        var line = repo.LineOf("bin/Tenants.cs", "DnsLabel.Parse(\"globex\")");
        foreach (var file in new[] { "values.yaml", "helmrelease.yaml", "application.yaml", "rendered.yaml" })
        {
            Assert.StartsWith("# Generated by openclaw-manifests from the tenant file tenants/acme.yaml; do not edit", repo.Read($"charts-out/tenants/acme/{file}"));
            Assert.StartsWith($"# Generated by openclaw-manifests from the C# tenant catalog Platform.PlatformTenants (bin/Tenants.cs, line {line}); do not edit", repo.Read($"charts-out/tenants/globex/{file}"));
        }
        Assert.DoesNotContain("Change the tenant file", repo.Read("charts-out/tenants/globex/values.yaml"));
        Assert.Contains("\n# The exact objects the chart deploys for this tenant, for review", repo.Read("charts-out/tenants/acme/rendered.yaml"));
        Assert.Contains("  added:   tenants/globex/rendered.yaml", output);
    }

    [Fact]
    public void A_chart_change_says_it_needs_a_version_bump_and_a_publish()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme");
        Assert.Equal(0, repo.Run("generate").ExitCode);
        File.AppendAllText(repo.Path("charts-out/bp-openclaw/values.yaml"), "# hand edit\n");
        var (code, output) = repo.Run("generate", "--check");
        Assert.Equal(1, code);
        Assert.Contains("  changed: bp-openclaw/values.yaml", output);
        Assert.Contains("note: bp-openclaw/ changed. The HelmReleases and Applications deploy the published chart bp-openclaw", output);
        Assert.Contains("take effect only after a chart version bump and a publish", output);
    }
}
