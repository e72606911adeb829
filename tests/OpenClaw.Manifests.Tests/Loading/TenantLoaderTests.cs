using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Loading;

public class TenantLoaderTests
{
    private static List<string> Load(string yaml)
    {
        var (_, diagnostics) = TenantLoader.LoadText("t.yaml", yaml);
        return diagnostics.Select(d => $"{d.Location!.Value.Line}:{d.Location!.Value.Column} {d.Rule.Id}").ToList();
    }

    [Fact]
    public void Every_sample_loads_clean()
    {
        var set = TenantLoader.Load([RepoPaths.Samples]);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["acme", "globex", "hooli", "initech", "umbrella", "vandelay"], set.Tenants.Select(t => t.Tenant.Name.Value));
    }

    [Fact]
    public void A_minimal_file_gets_the_documented_defaults()
    {
        var (source, diagnostics) = TenantLoader.LoadText("t.yaml", TestTenants.Yaml());
        Assert.Empty(diagnostics);
        var t = source!.Tenant;
        Assert.Equal("org-acme", t.EffectiveNamespace);
        Assert.Equal("openclaw.acme.example.org", t.EffectiveHost);
        Assert.Equal("openclaw", t.Oidc.ClientId);
        Assert.Equal("qwen3.6", t.Llm.DefaultModel);
        Assert.Equal(30, t.Runtime.IdleTimeoutMinutes);
        Assert.Equal(1, t.Controller.Replicas);
        Assert.Equal(TenantRenderer.Render(TestTenants.Minimal()).ToYaml(), TenantRenderer.Render(t).ToYaml());
    }

    [Fact]
    public void Every_field_of_the_full_sample_is_read()
    {
        var t = TenantLoader.Load([RepoPaths.Sample("initech")]).Tenants.Single().Tenant;
        Assert.Equal("agents.initech.example.net", t.EffectiveHost);
        Assert.Equal("traefik", t.Ingress.ClassName);
        Assert.Equal("letsencrypt-staging", t.Ingress.ClusterIssuer);
        Assert.Equal("traefik", t.Ingress.ControllerNamespace.Value);
        Assert.Equal(2, t.Controller.Replicas);
        Assert.Equal("200m", t.Controller.Resources.CpuRequest);
        Assert.Equal(["LOG_LEVEL", "AUDIT_WEBHOOK_TOKEN"], t.Controller.ExtraEnv.Select(e => e.Name));
        Assert.Equal("initech-audit/webhook-token", t.Controller.ExtraEnv[1].SecretKeyRef!.ToString());
        Assert.Equal(20, t.Runtime.IdleTimeoutMinutes);
        Assert.Equal(2, t.Rbac.ExtraRules.Count);
        Assert.Equal(["initech-prompts"], t.Rbac.ExtraRules[0].ResourceNames);
        Assert.Equal(("12", "24Gi", 60), (t.Quota.Cpu, t.Quota.Memory, t.Quota.Pods));
        Assert.Equal(("50Gi", "cephfs"), (t.Storage!.Size, t.Storage.StorageClassName!.Value.Value));
        Assert.Equal(["initech-registry"], t.ImagePullSecrets.Select(n => n.Value));
        Assert.Equal(("keycloak", "keycloak", 80, 8080), (t.Oidc.InternalIssuerUrl!.Value.Service, t.Oidc.InternalIssuerUrl.Value.Namespace, t.Oidc.InternalIssuerUrl.Value.Port, t.Oidc.InternalIssuerEgressPort));
        Assert.Single(t.Sops.Pgp);
        Assert.Single(t.Sops.Age);
        Assert.Equal(["192.0.2.20/32", "198.51.100.0/24"], t.Network.LlmCidrs);
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_key()
        => Assert.Equal(["8:5 OCM0101"], Load(TestTenants.Yaml().Replace("    issuerURL:", "    isuerURL: x\n    issuerURL:")));

    [Fact]
    public void Unknown_top_level_spec_field_is_reported()
        => Assert.Equal(["16:3 OCM0101"], Load(TestTenants.Yaml(extraSpec: "  replicas: 3\n")));

    [Fact]
    public void Duplicate_key_points_at_the_second_one()
        => Assert.Equal(["16:3 OCM0104"], Load(TestTenants.Yaml(extraSpec: "  domain: other.example.org\n")));

    [Fact]
    public void Missing_required_field_points_at_its_parent()
    {
        var yaml = TestTenants.Yaml().Replace("  domain: acme.example.org\n", "");
        Assert.Equal(["6:3 OCM0103"], Load(yaml)); // the start of spec's content
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
        => Assert.Equal(["16:26 OCM0102"], Load(TestTenants.Yaml(extraSpec: "  controller: {replicas: three}\n")));

    [Fact]
    public void Booleans_are_not_strings()
        => Assert.Equal(["16:28 OCM0102"], Load(TestTenants.Yaml(extraSpec: "  ingress: {className: true}\n".Replace("className: true", "className:     true"))));

    [Fact]
    public void Tag_only_image_is_OCM0001_at_the_value()
    {
        var yaml = TestTenants.Yaml().Replace("openclaw-runtime@sha256:" + TestTenants.RuntimeDigest, "openclaw-runtime:latest");
        Assert.Equal(["15:14 OCM0001"], Load(yaml));
    }

    [Fact]
    public void A_string_where_a_secret_reference_belongs_is_OCM0003()
    {
        var yaml = TestTenants.Yaml().Replace("apiKey: {name: openclaw-newapi-controller-token, key: NEWAPI_KEY}", "apiKey: hunter2hunter2");
        var (_, diagnostics) = TenantLoader.LoadText("t.yaml", yaml);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("OCM0003", 12, 13), (d.Rule.Id, d.Location!.Value.Line, d.Location!.Value.Column));
    }

    [Fact]
    public void A_key_shaped_value_in_any_field_is_OCM0003_and_never_echoed()
    {
        const string key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123";
        var yaml = TestTenants.Yaml().Replace("clientId", "x").Replace("    issuerURL:", $"    clientId: {key}\n    issuerURL:");
        var (tenant, diagnostics) = TenantLoader.LoadText("t.yaml", yaml);
        Assert.Null(tenant);
        Assert.Contains(diagnostics, d => d.Rule.Id == "OCM0003" && d.Location!.Value.Line == 8 && d.Location!.Value.Column == 15);
        Assert.All(diagnostics, d => Assert.DoesNotContain(key, d.ToString()));
    }

    [Fact]
    public void Secret_named_extra_env_value_is_OCM0003_at_the_value()
        => Assert.Equal(["18:36 OCM0003"], Load(TestTenants.Yaml(extraSpec: "  controller:\n    extraEnv:\n      - {name: DB_PASSWORD, value: correcthorse}\n")));

    [Fact]
    public void Create_with_resourceNames_is_OCM0002_at_the_rule()
        => Assert.Equal(["18:9 OCM0002"], Load(TestTenants.Yaml(extraSpec: "  rbac:\n    extraRules:\n      - {resources: [pods], verbs: [create], resourceNames: [p]}\n")));

    [Theory]
    [InlineData("a: &x [1]\nb: *x\n", "1:4 OCM0100")]
    [InlineData("a: 1\n---\nb: 2\n", "2:1 OCM0100")]
    [InlineData("", "1:1 OCM0100")]
    [InlineData("a: !!python/object x\n", "1:4 OCM0100")]
    [InlineData("a:\n\tb: 1\n", "2:1 OCM0100")]
    public void Unsafe_or_malformed_yaml_is_OCM0100(string yaml, string expected)
        => Assert.Equal(expected, Load(yaml).First());

    [Fact]
    public void Deep_nesting_is_refused()
        => Assert.Equal(["1:26 OCM0100"], Load(new string('[', 40) + new string(']', 40)));

    [Fact]
    public void Two_tenants_with_the_same_name_are_both_reported_once()
    {
        var dir = Directory.CreateTempSubdirectory("ocm-set-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), TestTenants.Yaml("acme"));
            File.WriteAllText(Path.Combine(dir, "b.yaml"), TestTenants.Yaml("acme"));
            var set = TenantLoader.Load([dir]);
            Assert.DoesNotContain(set.Tenants, t => t.File.EndsWith("b.yaml", StringComparison.Ordinal));
            var ids = set.Diagnostics.Select(d => (Path.GetFileName(d.Location!.Value.File), d.Location!.Value.Line, d.Rule.Id, d.Subject)).ToList();
            Assert.Contains(("b.yaml", 4, "OCM0106", "metadata.name"), ids);
            Assert.Contains(("b.yaml", 6, "OCM0106", "spec.namespace"), ids);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
