using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
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

    // ---- Found by mutation testing (each test carries Provenance=mutation); from TenantPolicyEdgeTests:
    // The tenant-model rules at their limits: both ends of every range, the length and pattern of every
    // free-text field, every reserved namespace, and the exact subjects and messages the loader turns into
    // file positions.

    private static Tenant Acme => TestTenants.Minimal();

    private static void InRange(bool ok, string subject, Tenant t)
    {
        if (ok) Assert.Empty(Check(t));
        else Assert.Equal([("OCM0105", subject)], Check(t));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("default")]
    [InlineData("kube-system")]
    [InlineData("kube-public")]
    [InlineData("kube-node-lease")]
    [InlineData("cert-manager")]
    [InlineData("flux-system")]
    [InlineData("argocd")]
    public void Every_shared_namespace_is_refused(string ns)
    {
        var d = Assert.Single(TenantPolicy.Check(Acme with { Namespace = DnsLabel.Parse(ns) }));
        Assert.Equal(("OCM0007", "spec.namespace"), (d.Rule.Id, d.Subject));
        Assert.Equal($"Tenant 'acme' references namespace '{ns}', but tenant 'acme' may only use its own namespace 'a namespace of its own'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_ingress_controller_namespace_is_refused_whatever_it_is_called()
    {
        var t = Acme with { Namespace = DnsLabel.Parse("edge"), Ingress = new IngressSettings { ControllerNamespace = DnsLabel.Parse("edge") } };
        Assert.Equal([("OCM0007", "spec.namespace")], Check(t));
        Assert.Empty(Check(Acme with { Namespace = DnsLabel.Parse("ingress-nginx-tenant") }));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(0, false)]
    [InlineData(11, false)]
    public void Replicas_are_1_to_10(int replicas, bool ok)
        => InRange(ok, "spec.controller.replicas", Acme with { Controller = new ControllerSettings { Replicas = replicas } });

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(1, true)]
    [InlineData(1440, true)]
    [InlineData(0, false)]
    [InlineData(1441, false)]
    public void Idle_timeout_is_1_to_1440_minutes(int minutes, bool ok)
        => InRange(ok, "spec.runtime.idleTimeoutMinutes", Acme with { Runtime = new RuntimeSettings { IdleTimeoutMinutes = minutes } });

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(1, true)]
    [InlineData(10000, true)]
    [InlineData(0, false)]
    [InlineData(10001, false)]
    public void Quota_pods_are_1_to_10000(int pods, bool ok)
        => InRange(ok, "spec.quota.pods", Acme with { Quota = new QuotaSettings { Pods = pods } });

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_range_message_names_the_value_and_the_range()
    {
        var d = Assert.Single(TenantPolicy.Check(Acme with { Controller = new ControllerSettings { Replicas = 11 } }));
        Assert.Equal("'spec.controller.replicas': 11 is outside 1..10", d.Message);
    }

    public static TheoryData<string, Func<Tenant, string, Tenant>> FreeText => new()
    {
        { "spec.oidc.clientId", (t, v) => t with { Oidc = t.Oidc with { ClientId = v } } },
        { "spec.llm.defaultModel", (t, v) => t with { Llm = t.Llm with { DefaultModel = v } } },
        { "spec.ingress.className", (t, v) => t with { Ingress = t.Ingress with { ClassName = v } } },
        { "spec.ingress.clusterIssuer", (t, v) => t with { Ingress = t.Ingress with { ClusterIssuer = v } } },
    };

    [Theory]
    [Trait("Provenance", "mutation")]
    [MemberData(nameof(FreeText))]
    public void A_credential_in_a_free_text_field_is_OCM0003(string subject, Func<Tenant, string, Tenant> set)
    {
        var d = Assert.Single(TenantPolicy.Check(set(Acme, "sk-abcdefghijklmnopqrstu")));
        Assert.Equal(("OCM0003", subject), (d.Rule.Id, d.Subject));
        Assert.StartsWith($"Plaintext secret in '{subject}' (a value shaped like an API key or token): ", d.Message);
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [MemberData(nameof(FreeText))]
    public void A_free_text_field_is_never_empty(string subject, Func<Tenant, string, Tenant> set)
        => Assert.Equal([("OCM0105", subject)], Check(set(Acme, "")));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("spec.oidc.clientId", "my.client_id:x-1", 253)]
    [InlineData("spec.llm.defaultModel", "org/model@v1+x:y_z.q-r", 128)]
    [InlineData("spec.ingress.className", "internal.nginx-1", 253)]
    [InlineData("spec.ingress.clusterIssuer", "letsencrypt.staging-2", 253)]
    public void Free_text_fields_accept_their_alphabet_up_to_their_length(string subject, string good, int max)
    {
        var set = FreeText.Single(r => (string)r[0] == subject)[1] as Func<Tenant, string, Tenant>;
        Assert.Empty(Check(set!(Acme, good)));
        Assert.Empty(Check(set(Acme, "a")));
        Assert.Empty(Check(set(Acme, new string('a', max))));
        var tooLong = Assert.Single(TenantPolicy.Check(set(Acme, new string('a', max + 1))));
        Assert.Equal(("OCM0105", subject), (tooLong.Rule.Id, tooLong.Subject));
        Assert.Contains($"must be 1 to {max} characters matching ", tooLong.Message);
        Assert.Contains("...'", tooLong.Message); // the value is truncated in the message
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("spec.oidc.clientId", "-client")]
    [InlineData("spec.oidc.clientId", "client/x")]
    [InlineData("spec.oidc.clientId", "client id")]
    [InlineData("spec.oidc.clientId", "openclaw\n")]
    [InlineData("spec.llm.defaultModel", "-model")]
    [InlineData("spec.llm.defaultModel", "model name")]
    [InlineData("spec.llm.defaultModel", "qwen3.6\n")]
    [InlineData("spec.ingress.className", "Nginx")]
    [InlineData("spec.ingress.className", "nginx-")]
    [InlineData("spec.ingress.className", "-nginx")]
    [InlineData("spec.ingress.className", "ngi_nx")]
    [InlineData("spec.ingress.className", "nginx\n")]
    [InlineData("spec.ingress.clusterIssuer", "Letsencrypt")]
    [InlineData("spec.ingress.clusterIssuer", "letsencrypt.")]
    [InlineData("spec.ingress.clusterIssuer", ".letsencrypt")]
    [InlineData("spec.ingress.clusterIssuer", "lets:encrypt")]
    [InlineData("spec.ingress.clusterIssuer", "letsencrypt\n")]
    public void Free_text_fields_refuse_other_characters(string subject, string bad)
    {
        var set = FreeText.Single(r => (string)r[0] == subject)[1] as Func<Tenant, string, Tenant>;
        var d = Assert.Single(TenantPolicy.Check(set!(Acme, bad)));
        Assert.Equal(("OCM0105", subject), (d.Rule.Id, d.Subject));
        Assert.StartsWith($"'{subject}': '{bad}' must be 1 to ", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_pattern_is_quoted_in_the_message()
    {
        var d = Assert.Single(TenantPolicy.Check(Acme with { Ingress = new IngressSettings { ClassName = "Nginx" } }));
        Assert.Equal(@"'spec.ingress.className': 'Nginx' must be 1 to 253 characters matching ^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\z", d.Message);
        d = Assert.Single(TenantPolicy.Check(Acme with { Ingress = new IngressSettings { ClusterIssuer = "X" } }));
        Assert.EndsWith(@"matching ^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\z", d.Message);
        d = Assert.Single(TenantPolicy.Check(Acme with { Oidc = Acme.Oidc with { ClientId = "-x" } }));
        Assert.EndsWith(@"matching ^[A-Za-z0-9][A-Za-z0-9._:-]*\z", d.Message);
        d = Assert.Single(TenantPolicy.Check(Acme with { Llm = Acme.Llm with { DefaultModel = "-x" } }));
        Assert.EndsWith(@"matching ^[A-Za-z0-9][A-Za-z0-9._:/@+-]*\z", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_variable_the_library_sets_is_built_in_and_nothing_else_is()
    {
        var objects = TenantRenderer.BuildObjects(Acme);
        var controller = objects.OfType<V1Deployment>().Single().Spec.Template.Spec.Containers.Single().Env.Select(e => e.Name);
        var cm = objects.OfType<V1ConfigMap>().Single();
        var runtime = k8s.KubernetesYaml.Deserialize<V1Pod>(cm.Data[Names.PodTemplateKey]).Spec.Containers.Single().Env.Select(e => e.Name);
        Assert.Equal(controller.Union(runtime).Order(StringComparer.Ordinal), TenantPolicy.BuiltInEnv.Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Extra_env_names_must_be_unique_and_not_built_in()
    {
        var t = Acme with
        {
            Controller = new ControllerSettings
            {
                ExtraEnv = [EnvVarSpec.Plain("FEATURE", "1"), EnvVarSpec.Plain("FEATURE", "2"), EnvVarSpec.Plain("PORT", "9090")],
            },
        };
        var d = TenantPolicy.Check(t).ToList();
        Assert.Equal(
            [
                ("OCM0105", "spec.controller.extraEnv[1].name", "'spec.controller.extraEnv[1].name': 'FEATURE' is defined twice"),
                ("OCM0105", "spec.controller.extraEnv[2].name", "'spec.controller.extraEnv[2].name': 'PORT' is set by the library and cannot be overridden"),
            ],
            d.Select(x => (x.Rule.Id, x.Subject, x.Message)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_same_name_in_controller_and_runtime_is_fine()
        => Assert.Empty(Check(Acme with
        {
            Controller = new ControllerSettings { ExtraEnv = [EnvVarSpec.Plain("FEATURE", "1")] },
            Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.Plain("FEATURE", "1")] },
        }));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_secret_named_variable_with_an_empty_value_holds_no_secret()
        => Assert.Empty(Check(Acme with { Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.Plain("GITHUB_TOKEN", "")] } }));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_secret_named_variable_is_reported_by_name_not_value()
    {
        var d = Assert.Single(TenantPolicy.Check(Acme with { Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.Plain("GITHUB_TOKEN", "hunter2")] } }));
        Assert.Equal(("OCM0003", "spec.runtime.extraEnv[0].value"), (d.Rule.Id, d.Subject));
        Assert.StartsWith("Plaintext secret in 'GITHUB_TOKEN' (its name says it holds a secret; use secretKeyRef): ", d.Message);
        Assert.DoesNotContain("hunter2", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_credential_under_an_innocent_name_is_reported_by_path()
    {
        var d = Assert.Single(TenantPolicy.Check(Acme with { Runtime = new RuntimeSettings { ExtraEnv = [EnvVarSpec.Plain("EXTRA", "x"), EnvVarSpec.Plain("NOTE", "AKIAIOSFODNN7EXAMPLE")] } }));
        Assert.Equal(("OCM0003", "spec.runtime.extraEnv[1].value"), (d.Rule.Id, d.Subject));
        Assert.StartsWith("Plaintext secret in 'spec.runtime.extraEnv[1].value' (a value shaped like an API key or token)", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Extra_rules_need_verbs_and_resources()
    {
        var t = Acme with
        {
            Rbac = new RbacSettings
            {
                ExtraRules = [RbacRule.For("", "pods").WithVerbs("get"), RbacRule.For("", "pods"), new RbacRule { ApiGroups = [""], Verbs = ["get"] }],
            },
        };
        Assert.Equal(
            [
                ("OCM0105", "spec.rbac.extraRules[1].verbs", "'spec.rbac.extraRules[1].verbs': at least one verb is required"),
                ("OCM0105", "spec.rbac.extraRules[2].resources", "'spec.rbac.extraRules[2].resources': at least one resource is required"),
            ],
            TenantPolicy.Check(t).Select(x => (x.Rule.Id, x.Subject, x.Message)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Pgp_fingerprints_are_exactly_40_hex_characters()
    {
        const string fpr = "fbc7b9e2a4fca5b2d0e0d7a1c3e4f5a6b7c8d9e0";
        var t = Acme with { Sops = new SopsSettings { Pgp = [fpr, fpr.ToUpperInvariant(), fpr[..39], fpr + "0", fpr[..39] + "g", fpr + "\n"] } };
        var d = TenantPolicy.Check(t).ToList();
        Assert.Equal(["spec.sops.pgp[2]", "spec.sops.pgp[3]", "spec.sops.pgp[4]", "spec.sops.pgp[5]"], d.Select(x => x.Subject));
        Assert.All(d, x => Assert.EndsWith(": a PGP fingerprint is 40 hexadecimal characters", x.Message));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Age_recipients_are_age1_and_58_bech32_characters()
    {
        const string age = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
        Assert.Equal(62, age.Length);
        var t = Acme with
        {
            Sops = new SopsSettings
            {
                Age = [age, age[..61], age + "q", age[..61] + "b", age[..61] + "i", age[..61] + "o", age[..61] + "1", "AGE1" + age[4..], "age2" + age[4..], age + "\n"],
            },
        };
        var d = TenantPolicy.Check(t).ToList();
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"spec.sops.age[{i}]"), d.Select(x => x.Subject));
        Assert.All(d, x => Assert.EndsWith(": an age recipient is 'age1' followed by 58 bech32 characters", x.Message));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_cidr_list_needs_one_canonical_cidr()
    {
        var t = Acme with { Network = new NetworkSettings { ApiServerCidrs = [], OidcCidrs = ["10.0.0.0/8", "2001:db8::/32", "x"], LlmCidrs = ["192.168.1.1/16"] } };
        Assert.Equal(
            [
                ("OCM0105", "spec.network.apiServerCIDRs", "'spec.network.apiServerCIDRs': at least one CIDR is required (use 0.0.0.0/0 to allow any address)"),
                ("OCM0105", "spec.network.oidcCIDRs[2]", "'spec.network.oidcCIDRs[2]': 'x' is not a canonical CIDR such as 10.0.0.0/8"),
                ("OCM0105", "spec.network.llmCIDRs[0]", "'spec.network.llmCIDRs[0]': '192.168.1.1/16' is not a canonical CIDR such as 10.0.0.0/8"),
            ],
            TenantPolicy.Check(t).Select(x => (x.Rule.Id, x.Subject, x.Message)));
        Assert.Equal([("OCM0105", "spec.network.oidcCIDRs")], Check(Acme with { Network = new NetworkSettings { OidcCidrs = [] } }));
        Assert.Equal([("OCM0105", "spec.network.llmCIDRs")], Check(Acme with { Network = new NetworkSettings { LlmCidrs = [] } }));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Collisions_name_the_first_tenant_and_where_it_was_declared()
    {
        var a = TestTenants.Minimal("acme");
        var b = TestTenants.Minimal("acme") with { Namespace = DnsLabel.Parse("org-b"), Domain = DnsName.Parse("b.example.org") };
        var withOrigins = Assert.Single(TenantPolicy.CheckSet([a, b], ["tenants/a.yaml", "tenants/b.yaml"]));
        Assert.Equal(1, withOrigins.Index);
        Assert.Equal(("OCM0106", "metadata.name"), (withOrigins.Diagnostic.Rule.Id, withOrigins.Diagnostic.Subject));
        Assert.Equal("Tenant name 'acme' is already used by tenant 'acme' (declared in tenants/a.yaml)", withOrigins.Diagnostic.Message);
        var without = Assert.Single(TenantPolicy.CheckSet([a, b]));
        Assert.Equal("Tenant name 'acme' is already used by tenant 'acme' (each tenant needs its own)", without.Diagnostic.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Host_collision_message_names_the_host()
    {
        var a = TestTenants.Minimal("acme");
        var b = TestTenants.Minimal("beta") with { Ingress = new IngressSettings { Host = DnsName.Parse("openclaw.acme.example.org") } };
        var d = Assert.Single(TenantPolicy.CheckSet([a, b]));
        Assert.Equal("Ingress host 'openclaw.acme.example.org' is already used by tenant 'acme' (each tenant needs its own)", d.Diagnostic.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Distinct_tenants_do_not_collide() => Assert.Empty(TenantPolicy.CheckSet([TestTenants.Minimal("acme"), TestTenants.Minimal("beta")]));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_controller_namespace_that_is_another_tenants_namespace_is_OCM0007_in_either_order()
    {
        var acme = TestTenants.Minimal("acme");
        var beta = TestTenants.Minimal("beta") with { Ingress = new IngressSettings { ControllerNamespace = DnsLabel.Parse("org-acme") } };
        var d = Assert.Single(TenantPolicy.CheckSet([acme, beta]));
        Assert.Equal(1, d.Index);
        Assert.Equal(("OCM0007", "spec.ingress.controllerNamespace"), (d.Diagnostic.Rule.Id, d.Diagnostic.Subject));
        Assert.Equal(
            "spec.ingress.controllerNamespace (the namespace of tenant 'acme') references namespace 'org-acme', but tenant 'beta' may only use its own namespace 'org-beta'",
            d.Diagnostic.Message);
        Assert.Equal(0, Assert.Single(TenantPolicy.CheckSet([beta, acme])).Index);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Namespace_collision_message_names_the_namespace()
    {
        var a = TestTenants.Minimal("acme");
        var b = TestTenants.Minimal("beta") with { Namespace = DnsLabel.Parse("org-acme") };
        var d = Assert.Single(TenantPolicy.CheckSet([a, b]));
        Assert.Equal(("OCM0106", "spec.namespace"), (d.Diagnostic.Rule.Id, d.Diagnostic.Subject));
        Assert.Equal("Namespace 'org-acme' is already used by tenant 'acme' (each tenant needs its own)", d.Diagnostic.Message);
    }
}
