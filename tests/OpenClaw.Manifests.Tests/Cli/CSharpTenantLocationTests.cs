using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>Generation-time diagnostics of C# tenants point at the source line that declares them (issue 13, point 4).</summary>
public class CSharpTenantLocationTests
{
    private const string Wildcard = "            Rbac = new RbacSettings { ExtraRules = [new RbacRule { ApiGroups = [\"\"], Resources = [\"*\"], Verbs = [\"get\"] }] },";

    [Fact]
    public void A_policy_failure_names_the_file_and_line_of_each_failing_tenant()
    {
        using var repo = new PlatformRepo().WithSettings();
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants",
            CatalogCompiler.Tenant("good"), CatalogCompiler.Tenant("first", extra: Wildcard), CatalogCompiler.Tenant("second", extra: Wildcard)));
        var (code, output) = repo.Run("generate", "--assembly", dll);
        Assert.Equal(1, code);
        var source = repo.Path("bin", "Tenants.cs");
        foreach (var name in new[] { "first", "second" })
        {
            var line = repo.LineOf("bin/Tenants.cs", $"DnsLabel.Parse(\"{name}\")");
            Assert.Contains($"{source}({line},", output);
        }
        Assert.Contains("error OCM0004", output);
        Assert.DoesNotContain("(1,1): error", output);
        Assert.False(repo.Exists("charts-out"));
    }

    [Fact]
    public void A_catalog_that_throws_is_reported_at_the_line_that_threw()
    {
        using var repo = new PlatformRepo().WithSettings();
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants",
            CatalogCompiler.Tenant("acme", controllerImage: "ghcr.io/openova-io/openova/openclaw-controller:latest")));
        var (code, output) = repo.Run("validate", "--assembly", dll);
        Assert.Equal(1, code);
        var line = repo.LineOf("bin/Tenants.cs", "openclaw-controller:latest");
        Assert.Contains($"{repo.Path("bin", "Tenants.cs")}({line},", output);
        Assert.Contains("error OCM0001", output);
        Assert.Contains("tenant catalog Platform.PlatformTenants", output);
    }

    [Fact]
    public void A_yaml_tenant_that_collides_with_a_csharp_tenant_is_reported_at_the_yaml_line()
    {
        using var repo = new PlatformRepo().WithSettings().WithTenant("acme");
        var dll = repo.WithCatalog(CatalogCompiler.Catalog("PlatformTenants", CatalogCompiler.Tenant("acme")));
        var (code, output) = repo.Run("validate", "--assembly", dll);
        Assert.Equal(1, code);
        Assert.Matches(@"tenants/acme\.yaml\(4,9\): error OCM0106: ", output);
        var collisions = output.Split('\n').Where(l => l.Contains("error OCM0106", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(collisions);
        Assert.All(collisions, l => Assert.StartsWith("tenants/acme.yaml(", l));
    }
}
