using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>The promises of the design, checked on the objects rather than on text.</summary>
public class RenderShapeTests
{
    private static readonly IReadOnlyList<k8s.IKubernetesObject<V1ObjectMeta>> Objects = TenantRenderer.Render(TestTenants.Minimal()).Objects;

    [Fact]
    public void Every_resource_of_the_design_table_is_rendered_once_in_install_order()
        => Assert.Equal(
            [
                "Namespace/org-acme", "NetworkPolicy/default-deny-all", "NetworkPolicy/openclaw-controller", "NetworkPolicy/openclaw-controller-egress",
                "NetworkPolicy/openclaw-runtime", "NetworkPolicy/openclaw-runtime-egress",
                "ResourceQuota/openclaw-quota", "LimitRange/openclaw-limits", "ServiceAccount/openclaw-controller", "ServiceAccount/openclaw-runtime",
                "ConfigMap/openclaw-pod-template", "Role/openclaw-controller", "RoleBinding/openclaw-controller",
                "Service/openclaw-controller", "Deployment/openclaw-controller", "Ingress/openclaw",
            ],
            Objects.Select(o => $"{o.Kind}/{o.Metadata.Name}"));

    [Fact]
    public void Storage_and_the_in_cluster_issuer_add_their_objects_in_install_order()
    {
        var tenant = TestTenants.Minimal() with
        {
            Storage = new StorageSettings(),
            Oidc = TestTenants.Minimal().Oidc with { InternalIssuerUrl = ClusterServiceUrl.Parse("http://keycloak.keycloak.svc/realms/acme") },
        };
        var names = TenantRenderer.Render(tenant).Objects.Select(o => $"{o.Kind}/{o.Metadata.Name}").ToList();
        Assert.Equal(["NetworkPolicy/default-deny-all", "NetworkPolicy/openclaw-controller", "NetworkPolicy/openclaw-controller-egress", "NetworkPolicy/openclaw-controller-internal-issuer",
            "NetworkPolicy/openclaw-runtime", "NetworkPolicy/openclaw-runtime-egress"],
            names.Where(n => n.StartsWith("NetworkPolicy/", StringComparison.Ordinal)));
        Assert.Equal(names.IndexOf("ConfigMap/openclaw-pod-template") + 1, names.IndexOf("PersistentVolumeClaim/openclaw-data"));
    }

    [Fact]
    public void Each_option_adds_its_objects_and_Cilium_replaces_the_CIDR_policies()
    {
        static List<string> Names(Tenant t) => TenantRenderer.Render(t).Objects.Select(o => $"{o.Kind}/{o.Metadata.Name}").ToList();
        var plain = Names(TestTenants.Minimal());
        var cilium = Names(TestTenants.Minimal() with { Network = new NetworkSettings { Cilium = true } });
        Assert.Equal(plain.Except(["NetworkPolicy/openclaw-controller-egress", "NetworkPolicy/openclaw-runtime-egress"]).Concat(["CiliumNetworkPolicy/openclaw-controller", "CiliumNetworkPolicy/openclaw-runtime"]), cilium);
        var route = Names(TestTenants.Minimal() with { Exposure = Exposure.HttpRoute });
        Assert.Equal(plain.Except(["Ingress/openclaw"]).Append("HTTPRoute/openclaw"), route);
        var monitored = Names(TestTenants.Minimal() with { Monitoring = new MonitoringSettings { ServiceMonitor = true } });
        Assert.Equal(["NetworkPolicy/openclaw-controller-metrics", "ServiceMonitor/openclaw-controller"], monitored.Except(plain));
        Assert.Empty(plain.Except(monitored));
    }

    [Fact]
    public void The_namespace_enforces_restricted_pod_security()
        => Assert.Equal("restricted", Objects.OfType<V1Namespace>().Single().Metadata.Labels["pod-security.kubernetes.io/enforce"]);

    [Fact]
    public void Create_verbs_stand_alone_without_resourceNames()
    {
        var rules = Objects.OfType<V1Role>().Single().Rules;
        Assert.All(rules.Where(r => r.Verbs.Contains("create")), r => Assert.Equal(["create"], r.Verbs));
        Assert.All(rules.Where(r => r.Verbs.Contains("create")), r => Assert.Null(r.ResourceNames));
        Assert.Contains(rules, r => r.Resources.SequenceEqual(["pods"]) && r.Verbs.Contains("patch"));
    }

    [Fact]
    public void The_role_grants_exactly_the_controllers_calls()
    {
        // pods get, list, delete, patch and, alone, create; no Secrets, exec, logs or ConfigMaps (README "Runtime contract").
        var rules = Objects.OfType<V1Role>().Single().Rules;
        Assert.Equal(["pods get,list,delete,patch", "pods create"], rules.Select(r => $"{string.Join(',', r.Resources)} {string.Join(',', r.Verbs)}"));
        Assert.All(rules, r => Assert.Equal([""], r.ApiGroups));
    }

    [Fact]
    public void Controller_gets_every_contract_variable_and_secrets_only_by_reference()
    {
        var env = Objects.OfType<V1Deployment>().Single().Spec.Template.Spec.Containers[0].Env.ToDictionary(e => e.Name);
        string[] expected =
        [
            "OIDC_ISSUER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "LLM_BASE_URL", "LLM_API_KEY", "LLM_DEFAULT_MODEL",
            "OPENAI_API_BASE", "OPENAI_API_KEY", "KEYCLOAK_REALM_URL", "KEYCLOAK_CLIENT_ID", "KEYCLOAK_CLIENT_SECRET",
            "NEWAPI_BASE_URL_DEFAULT", "TENANT_NAMESPACE", "POD_TEMPLATE_CONFIGMAP", "POD_TEMPLATE_NAMESPACE", "PORT", "IDLE_TIMEOUT_MINUTES",
        ];
        Assert.All(expected, n => Assert.True(env.ContainsKey(n), n));
        foreach (var secret in new[] { "OIDC_CLIENT_SECRET", "LLM_API_KEY", "OPENAI_API_KEY", "KEYCLOAK_CLIENT_SECRET" })
        {
            Assert.Null(env[secret].Value);
            Assert.NotNull(env[secret].ValueFrom.SecretKeyRef);
        }
        Assert.Equal("openclaw-newapi-controller-token", env["OPENAI_API_KEY"].ValueFrom.SecretKeyRef.Name);
        Assert.Equal("https://api.acme.example.org/v1", env["OPENAI_API_BASE"].Value);
    }

    [Fact]
    public void Per_user_pod_is_identity_blind()
    {
        var cm = Objects.OfType<V1ConfigMap>().Single();
        var pod = k8s.KubernetesYaml.Deserialize<V1Pod>(cm.Data[Names.PodTemplateKey]);
        Assert.False(pod.Spec.AutomountServiceAccountToken);
        var env = pod.Spec.Containers[0].Env;
        Assert.Equal(["NEWAPI_BASE_URL", "NEWAPI_KEY", "OPENAI_API_BASE", "OPENAI_API_KEY", "LLM_DEFAULT_MODEL"], env.Select(e => e.Name));
        Assert.All(env.Take(4), e => Assert.Equal("${SECRET_NAME}", e.ValueFrom.SecretKeyRef.Name));
        Assert.DoesNotContain(env, e => e.Name.StartsWith("OIDC", StringComparison.Ordinal) || e.Name.StartsWith("KEYCLOAK", StringComparison.Ordinal));
    }

    [Fact]
    public void Security_context_is_set_at_container_level()
    {
        var sc = Objects.OfType<V1Deployment>().Single().Spec.Template.Spec.Containers[0].SecurityContext;
        Assert.Equal((true, true, false), (sc.RunAsNonRoot, sc.ReadOnlyRootFilesystem, sc.AllowPrivilegeEscalation));
        Assert.Equal(["ALL"], sc.Capabilities.Drop);
        Assert.Equal("RuntimeDefault", sc.SeccompProfile.Type);
    }

    [Fact]
    public void Every_object_carries_the_tenant_label_and_lives_in_the_tenant_namespace()
    {
        Assert.All(Objects, o => Assert.Equal("acme", o.Metadata.Labels["openclaw.io/tenant"]));
        Assert.All(Objects.Where(o => o is not V1Namespace), o => Assert.Equal("org-acme", o.Metadata.NamespaceProperty));
    }

    [Fact]
    public void Rendering_is_deterministic_and_uses_lf_only()
    {
        var a = TenantRenderer.Render(TestTenants.Minimal()).ToYaml();
        var b = TenantRenderer.Render(TestTenants.Minimal()).ToYaml();
        Assert.Equal(a, b);
        Assert.DoesNotContain('\r', a);
    }

    [Fact]
    public void Render_refuses_an_unsafe_tenant()
    {
        var t = TestTenants.Minimal() with { Rbac = new RbacSettings { ExtraRules = [RbacRule.For("", "pods").WithVerbs("create").WithResourceNames("x")] } };
        var e = Assert.Throws<OpenClaw.Manifests.Policy.PolicyViolationException>(() => TenantRenderer.Render(t));
        Assert.Equal("OCM0002", Assert.Single(e.Diagnostics).Rule.Id);
    }

    // ---- Found by mutation testing (each test carries Provenance=mutation): the render-time refusal and
    // builder branches none of the samples take.

    // ---- TenantRenderer: the second gate, on the rendered objects ----

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Render_refuses_objects_that_break_policy_even_when_the_tenant_model_passes()
    {
        // The domain is not a free-text field (TenantPolicy has nothing to say about it), but it ends up in
        // the ingress host, where the object scan finds a key-shaped label.
        var t = TestTenants.Minimal() with { Domain = DnsName.Parse("sk-abcdefghijklmnopqrstu.example.org") };
        Assert.Empty(TenantPolicy.Check(t));
        var e = Assert.Throws<PolicyViolationException>(() => TenantRenderer.Render(t));
        Assert.NotEmpty(e.Diagnostics);
        Assert.All(e.Diagnostics, d => Assert.Equal("OCM0003", d.Rule.Id));
        Assert.Equal(string.Join(Environment.NewLine, e.Diagnostics.Select(d => d.ToString())), e.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Render_returns_the_tenant_and_the_sorted_objects()
    {
        var t = TestTenants.Minimal();
        var r = TenantRenderer.Render(t);
        Assert.Same(t, r.Tenant);
        Assert.Equal(TenantRenderer.BuildObjects(t).Select(o => $"{o.Kind}/{o.Metadata.Name}"), r.Objects.Select(o => $"{o.Kind}/{o.Metadata.Name}"));
        Assert.Equal(ManifestYaml.Write(r.Objects), r.ToYaml());
    }

    // ---- Builders: branches none of the samples take ----

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Storage_without_a_class_leaves_the_cluster_default()
    {
        var pvc = TenantRenderer.BuildObjects(TestTenants.Minimal() with { Storage = new StorageSettings() }).OfType<V1PersistentVolumeClaim>().Single();
        Assert.Null(pvc.Spec.StorageClassName);
        Assert.Equal("10Gi", pvc.Spec.Resources.Requests["storage"].ToString());
        Assert.Equal(["ReadWriteMany"], pvc.Spec.AccessModes);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Extra_env_keeps_plain_values_and_secret_references_apart()
    {
        var t = TestTenants.Minimal() with
        {
            Controller = new ControllerSettings
            {
                ExtraEnv = [EnvVarSpec.Plain("FEATURE", "on"), EnvVarSpec.FromSecret("HOOK_TOKEN", new SecretKeyRef("hooks", "token")), EnvVarSpec.Plain("EMPTY", "")],
            },
        };
        var env = TenantRenderer.BuildObjects(t).OfType<V1Deployment>().Single().Spec.Template.Spec.Containers[0].Env;
        var extra = env.Skip(env.Count - 3).ToList();
        Assert.Equal(("FEATURE", "on"), (extra[0].Name, extra[0].Value));
        Assert.Null(extra[0].ValueFrom);
        Assert.Equal(("HOOK_TOKEN", null, "hooks", "token"), (extra[1].Name, extra[1].Value, extra[1].ValueFrom.SecretKeyRef.Name, extra[1].ValueFrom.SecretKeyRef.Key));
        Assert.Equal(("EMPTY", ""), (extra[2].Name, extra[2].Value));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_optional_variable_without_a_value_has_no_value_field()
    {
        Assert.Null(EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", null).Value);
        Assert.Null(EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", "").Value);
        Assert.Equal("http://kc.kc.svc", EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", "http://kc.kc.svc").Value);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Namespace_labels_are_sorted_and_enforce_restricted_in_all_three_modes()
    {
        var ns = TenantRenderer.BuildObjects(TestTenants.Minimal()).OfType<V1Namespace>().Single();
        Assert.Equal(ns.Metadata.Labels.Keys.Order(StringComparer.Ordinal), ns.Metadata.Labels.Keys);
        foreach (var mode in new[] { "audit", "enforce", "warn" })
            Assert.Equal("restricted", ns.Metadata.Labels[$"pod-security.kubernetes.io/{mode}"]);
        Assert.Equal("org-acme", ns.Metadata.Name);
        Assert.Null(ns.Metadata.NamespaceProperty);
    }
}
