using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Policy;

public class TenantPolicyTests
{
    private static List<(string Id, string Subject)> Check(Tenant t)
        => TenantPolicy.Check(t).Select(d => (d.Rule.Id, d.Subject)).ToList();

    [Fact]
    public void A_minimal_tenant_is_clean() => Assert.Empty(Check(TestTenants.Minimal()));

    [Fact]
    public void Plain_extra_env_with_a_secret_name_is_OCM0003()
    {
        var t = TestTenants.Minimal() with { Controller = new ControllerSettings { ExtraEnv = [EnvVarSpec.Plain("GITHUB_TOKEN", "abc")] } };
        Assert.Equal([("OCM0003", "spec.controller.extraEnv[0].value")], Check(t));
    }

    [Fact]
    public void Extra_env_from_a_secret_reference_is_clean()
    {
        var t = TestTenants.Minimal() with { Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.FromSecret("GITHUB_TOKEN", new SecretKeyRef("gh", "token"))] } };
        Assert.Empty(Check(t));
    }

    [Fact]
    public void A_key_shaped_value_under_an_innocent_name_is_OCM0003()
    {
        var t = TestTenants.Minimal() with { Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.Plain("EXTRA", "sk-abcdefghijklmnopqrstuvwxyz")] } };
        Assert.Equal([("OCM0003", "spec.runtime.extraEnv[0].value")], Check(t));
    }

    [Fact]
    public void Built_in_variables_cannot_be_overridden()
    {
        var t = TestTenants.Minimal() with { Controller = new ControllerSettings { ExtraEnv = [EnvVarSpec.Plain("LLM_BASE_URL", "https://evil.example.org")] } };
        Assert.Equal([("OCM0105", "spec.controller.extraEnv[0].name")], Check(t));
    }

    [Fact]
    public void Extra_rules_are_checked_for_OCM0002_and_OCM0004()
    {
        var t = TestTenants.Minimal() with
        {
            Rbac = new RbacSettings
            {
                ExtraRules =
                [
                    RbacRule.For("", "events").WithVerbs("create"),
                    RbacRule.For("", "pods").WithVerbs("create").WithResourceNames("p"),
                    RbacRule.For("", "*").WithVerbs("get"),
                ],
            },
        };
        Assert.Equal([("OCM0002", "spec.rbac.extraRules[1]"), ("OCM0004", "spec.rbac.extraRules[2]")], Check(t));
    }

    [Theory]
    [InlineData("kube-system")]
    [InlineData("default")]
    [InlineData("ingress-nginx")]
    public void Shared_namespaces_are_refused_as_OCM0007(string ns)
        => Assert.Equal([("OCM0007", "spec.namespace")], Check(TestTenants.Minimal() with { Namespace = DnsLabel.Parse(ns) }));

    [Fact]
    public void Ranges_sops_recipients_and_cidrs_are_validated()
    {
        var t = TestTenants.Minimal() with
        {
            Controller = new ControllerSettings { Replicas = 0 },
            Runtime = new RuntimeSettings { IdleTimeoutMinutes = 100_000 },
            Sops = new SopsSettings { Pgp = ["not-a-fingerprint"], Age = ["age1short"] },
            Network = new NetworkSettings { LlmCidrs = ["10.0.0.1/8"] },
        };
        Assert.Equal(
            [
                ("OCM0105", "spec.controller.replicas"), ("OCM0105", "spec.runtime.idleTimeoutMinutes"),
                ("OCM0105", "spec.sops.pgp[0]"), ("OCM0105", "spec.sops.age[0]"), ("OCM0105", "spec.network.llmCIDRs[0]"),
            ],
            Check(t));
    }

    [Fact]
    public void Valid_sops_recipients_pass()
    {
        var t = TestTenants.Minimal() with
        {
            Sops = new SopsSettings
            {
                Pgp = ["FBC7B9E2A4FCA5B2D0E0D7A1C3E4F5A6B7C8D9E0"],
                Age = ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"],
            },
        };
        Assert.Empty(Check(t));
    }

    [Fact]
    public void Names_namespaces_and_hosts_are_unique_across_tenants()
    {
        var a = TestTenants.Minimal("acme");
        var b = TestTenants.Minimal("beta") with { Namespace = DnsLabel.Parse("org-acme") };
        var c = TestTenants.Minimal("acme");
        var d = TestTenants.Minimal("delta") with { Ingress = new IngressSettings { Host = DnsName.Parse("openclaw.acme.example.org") } };
        var found = TenantPolicy.CheckSet([a, b, c, d]).Select(x => (x.Index, x.Diagnostic.Rule.Id, x.Diagnostic.Subject)).ToList();
        Assert.Equal(
            [
                (1, "OCM0106", "spec.namespace"),
                (2, "OCM0106", "metadata.name"), (2, "OCM0106", "spec.namespace"), (2, "OCM0106", "spec.ingress.host"),
                (3, "OCM0106", "spec.ingress.host"),
            ],
            found);
    }

    [Fact]
    public void An_in_cluster_issuer_in_another_tenants_namespace_is_OCM0007()
    {
        var a = TestTenants.Minimal("alpha");
        var b = TestTenants.Minimal("beta") with
        {
            Oidc = TestTenants.Minimal("beta").Oidc with { InternalIssuerUrl = ClusterServiceUrl.Parse("http://keycloak.org-alpha.svc/realms/beta") },
        };
        var found = Assert.Single(TenantPolicy.CheckSet([a, b]));
        Assert.Equal((1, "OCM0007", "spec.oidc.internalIssuerURL"), (found.Index, found.Diagnostic.Rule.Id, found.Diagnostic.Subject));
        Assert.Empty(TenantPolicy.CheckSet([a, b with { Oidc = b.Oidc with { InternalIssuerUrl = ClusterServiceUrl.Parse("http://keycloak.keycloak.svc/realms/beta") } }]));
    }
}
