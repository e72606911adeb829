using k8s;
using k8s.Models;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// The render-time rules, each proven both ways: the library's own render is clean, and one targeted
/// mutation of it triggers exactly the rule under test.
/// </summary>
public class ObjectPolicyTests
{
    private static readonly OpenClaw.Manifests.Model.Tenant Tenant = TestTenants.Minimal();

    private static List<IKubernetesObject<V1ObjectMeta>> Objects() => TenantRenderer.BuildObjects(Tenant).ToList();

    private static T Find<T>(List<IKubernetesObject<V1ObjectMeta>> objects, string? name = null)
        => objects.OfType<T>().First(o => name is null || ((IKubernetesObject<V1ObjectMeta>)o!).Metadata.Name == name);

    private static List<string> Ids(List<IKubernetesObject<V1ObjectMeta>> objects)
        => ObjectPolicy.Check(Tenant, objects).Select(d => d.Rule.Id).Distinct().Order().ToList();

    private static V1Container Controller(List<IKubernetesObject<V1ObjectMeta>> o) => Find<V1Deployment>(o).Spec.Template.Spec.Containers[0];

    [Fact]
    public void The_rendered_tenant_is_clean() => Assert.Empty(ObjectPolicy.Check(Tenant, Objects()));

    [Fact]
    public void Unpinned_image_is_OCM0001()
    {
        var o = Objects();
        Controller(o).Image = "ghcr.io/openova-io/openova/openclaw-controller:latest";
        Assert.Equal(["OCM0001"], Ids(o));
    }

    [Fact]
    public void Create_with_resourceNames_in_the_role_is_OCM0002()
    {
        var o = Objects();
        Find<V1Role>(o).Rules.Add(new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create"], ResourceNames = ["x"] });
        Assert.Equal(["OCM0002"], Ids(o));
    }

    [Fact]
    public void Secret_named_env_value_is_OCM0003()
    {
        var o = Objects();
        Controller(o).Env.Add(new V1EnvVar { Name = "DB_PASSWORD", Value = "correct horse" });
        Assert.Equal(["OCM0003"], Ids(o));
    }

    [Fact]
    public void A_key_anywhere_in_an_object_is_OCM0003()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.Annotations = new Dictionary<string, string> { ["note"] = "sk-abcdefghijklmnopqrstuvwxyz012345" };
        Assert.Equal(["OCM0003"], Ids(o));
    }

    [Fact]
    public void Wildcard_role_is_OCM0004()
    {
        var o = Objects();
        Find<V1Role>(o).Rules.Add(new V1PolicyRule { ApiGroups = ["*"], Resources = ["*"], Verbs = ["*"] });
        Assert.Equal(["OCM0004"], Ids(o));
    }

    [Theory]
    [InlineData("privileged")]
    [InlineData("escalation")]
    [InlineData("writable-root")]
    [InlineData("capabilities")]
    [InlineData("seccomp")]
    [InlineData("root")]
    public void Unrestricted_container_is_OCM0005(string weakness)
    {
        var o = Objects();
        var sc = Controller(o).SecurityContext;
        switch (weakness)
        {
            case "privileged": sc.Privileged = true; break;
            case "escalation": sc.AllowPrivilegeEscalation = null; break;
            case "writable-root": sc.ReadOnlyRootFilesystem = false; break;
            case "capabilities": sc.Capabilities = new V1Capabilities { Add = ["NET_ADMIN"], Drop = ["ALL"] }; break;
            case "seccomp": sc.SeccompProfile = new V1SeccompProfile { Type = "Unconfined" }; break;
            case "root": sc.RunAsUser = 0; break;
        }
        Assert.Equal(["OCM0005"], Ids(o));
    }

    [Theory]
    [InlineData("hostNetwork")]
    [InlineData("hostPath")]
    [InlineData("socket")]
    public void Host_access_is_OCM0006(string kind)
    {
        var o = Objects();
        var spec = Find<V1Deployment>(o).Spec.Template.Spec;
        switch (kind)
        {
            case "hostNetwork": spec.HostNetwork = true; break;
            case "hostPath": spec.Volumes.Add(new V1Volume { Name = "h", HostPath = new V1HostPathVolumeSource { Path = "/etc" } }); break;
            case "socket":
                spec.Volumes.Add(new V1Volume { Name = "s", EmptyDir = new V1EmptyDirVolumeSource() });
                spec.Containers[0].VolumeMounts.Add(new V1VolumeMount { Name = "s", MountPath = "/var/run/docker.sock" });
                break;
        }
        Assert.Equal(["OCM0006"], Ids(o));
    }

    [Fact]
    public void Object_in_another_namespace_is_OCM0007()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.NamespaceProperty = "org-other";
        Assert.Equal(["OCM0007"], Ids(o));
    }

    [Fact]
    public void Network_peer_in_another_tenant_namespace_is_OCM0007()
    {
        var o = Objects();
        Find<V1NetworkPolicy>(o, Names.Controller).Spec.Ingress[0].FromProperty[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] = "org-other";
        Assert.Equal(["OCM0007"], Ids(o));
    }

    [Fact]
    public void Cluster_role_is_OCM0008()
    {
        var o = Objects();
        o.Add(new V1ClusterRole { Kind = "ClusterRole", Metadata = Meta(Find<V1Role>(o).Metadata), Rules = [] });
        Assert.Equal(["OCM0008"], Ids(o));
    }

    [Fact]
    public void Pod_without_network_policy_is_OCM0009()
    {
        var o = Objects();
        o.Remove(Find<V1NetworkPolicy>(o, Names.DefaultDeny));
        o.Remove(Find<V1NetworkPolicy>(o, Names.Runtime));
        o.Remove(Find<V1NetworkPolicy>(o, Names.RuntimeEgressPolicy));
        var ids = ObjectPolicy.Check(Tenant, o).ToList();
        Assert.All(ids, d => Assert.Equal("OCM0009", d.Rule.Id));
        Assert.Contains(ids, d => d.Subject.Contains("pod template"));
        Assert.Equal(2, ids.Count); // the per-user pods, ingress and egress; the controller keeps its own policy
    }

    [Fact]
    public void Container_without_limits_is_OCM0010()
    {
        var o = Objects();
        Controller(o).Resources.Limits.Remove("memory");
        Assert.Equal(["OCM0010"], Ids(o));
    }

    [Fact]
    public void Object_without_tenant_label_is_OCM0011()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.Labels.Remove(Names.TenantLabel);
        Assert.Equal(["OCM0011"], Ids(o));
    }

    private static V1ObjectMeta Meta(V1ObjectMeta m) => new() { Name = m.Name, Labels = m.Labels };

    // ---- Found by mutation testing (each test carries Provenance=mutation); from ObjectPolicyEdgeTests:
    // The render-time rules on shapes the renderer never produces but a bug or a future template could:
    // each one altered on a clean render, with the subject and message asserted, not only the rule ID.

    private static List<Diagnostic> Check(List<IKubernetesObject<V1ObjectMeta>> objects) => ObjectPolicy.Check(Tenant, objects).ToList();

    private static V1ObjectMeta Meta(string name, bool withNamespace = true) => new()
    {
        Name = name,
        NamespaceProperty = withNamespace ? Tenant.EffectiveNamespace : null,
        Labels = Labels.For(Tenant, Labels.Components.Controller),
    };

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Cluster_role_binding_is_OCM0008_with_its_kind_and_name()
    {
        var o = Objects();
        o.Add(new V1ClusterRoleBinding
        {
            Kind = "ClusterRoleBinding",
            Metadata = Meta("crb", withNamespace: false),
            RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = "admin" },
        });
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0008", "ClusterRoleBinding/crb"), (d.Rule.Id, d.Subject));
        Assert.Equal("ClusterRoleBinding 'crb' is cluster-scoped: tenants get a namespaced Role and RoleBinding only", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_role_binding_to_a_cluster_role_is_OCM0008()
    {
        var o = Objects();
        Find<V1RoleBinding>(o).RoleRef.Kind = "ClusterRole";
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0008", "RoleBinding/openclaw-controller"), (d.Rule.Id, d.Subject));
        Assert.Equal("ClusterRole 'openclaw-controller' is cluster-scoped: tenants get a namespaced Role and RoleBinding only", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_role_binding_without_a_role_ref_is_OCM0008()
    {
        var o = Objects();
        Find<V1RoleBinding>(o).RoleRef = null;
        var d = Assert.Single(Check(o));
        Assert.Equal("OCM0008", d.Rule.Id);
        Assert.StartsWith("RoleRef '' is cluster-scoped", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_role_binding_subject_in_another_namespace_is_OCM0007()
    {
        var o = Objects();
        var rb = Find<V1RoleBinding>(o);
        rb.Subjects.Add(new Rbacv1Subject { Kind = "ServiceAccount", Name = "x", NamespaceProperty = "org-other" });
        rb.Subjects.Add(new Rbacv1Subject { Kind = "Group", Name = "g", ApiGroup = "rbac.authorization.k8s.io" });
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0007", "RoleBinding/openclaw-controller"), (d.Rule.Id, d.Subject));
        Assert.Equal("RoleBinding/openclaw-controller references namespace 'org-other', but tenant 'acme' may only use its own namespace 'org-acme'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Role_rule_findings_name_the_rule_by_index()
    {
        var o = Objects();
        var role = Find<V1Role>(o);
        role.Rules.Add(new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["deletecollection"], ResourceNames = ["p"] });
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0002", $"Role/openclaw-controller rule {role.Rules.Count - 1}"), (d.Rule.Id, d.Subject));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_empty_role_is_clean()
    {
        var o = Objects();
        Find<V1Role>(o).Rules = null;
        Assert.Empty(Check(o));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_pod_template_configmap_without_its_key_is_OCM0105()
    {
        var o = Objects();
        Find<V1ConfigMap>(o).Data = new Dictionary<string, string> { ["other.json"] = "{}" };
        var d = Check(o);
        var missing = Assert.Single(d, x => x.Rule.Id == "OCM0105");
        Assert.Equal("'ConfigMap/openclaw-pod-template': missing key pod-template.yaml", missing.Message);
        Assert.Equal("ConfigMap/openclaw-pod-template", missing.Subject);
        Find<V1ConfigMap>(o).Data = null;
        Assert.Contains(Check(o), x => x.Rule.Id == "OCM0105" && x.Message.EndsWith("missing key pod-template.yaml", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_pod_template_that_is_not_yaml_is_OCM0105()
    {
        var o = Objects();
        Find<V1ConfigMap>(o).Data[Names.PodTemplateKey] = "{not: [yaml";
        var d = Assert.Single(Check(o));
        Assert.Equal("OCM0105", d.Rule.Id);
        Assert.StartsWith("'ConfigMap/openclaw-pod-template': pod template is not a valid Pod in YAML: ", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Another_configmap_is_not_read_as_a_pod_template()
    {
        var o = Objects();
        o.Add(new V1ConfigMap { Kind = "ConfigMap", Metadata = Meta("settings"), Data = new Dictionary<string, string> { ["a"] = "{not json" } });
        Assert.Empty(Check(o));
    }

    private static V1Pod TemplatePod(List<IKubernetesObject<V1ObjectMeta>> o)
        => KubernetesYaml.Deserialize<V1Pod>(Find<V1ConfigMap>(o).Data[Names.PodTemplateKey]);

    private static void SetTemplatePod(List<IKubernetesObject<V1ObjectMeta>> o, V1Pod pod)
        => Find<V1ConfigMap>(o).Data[Names.PodTemplateKey] = PodTemplateText.Write(System.Text.Json.JsonDocument.Parse(KubernetesJson.Serialize(pod)).RootElement);

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_pod_template_without_a_spec_has_nothing_to_check()
    {
        var o = Objects();
        var pod = TemplatePod(o);
        pod.Spec = null;
        SetTemplatePod(o, pod);
        Assert.Empty(Check(o));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(true)]
    [InlineData(null)]
    public void A_pod_template_that_may_mount_a_token_is_OCM0005(bool? automount)
    {
        var o = Objects();
        var pod = TemplatePod(o);
        pod.Spec.AutomountServiceAccountToken = automount;
        SetTemplatePod(o, pod);
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0005", "ConfigMap/openclaw-pod-template pod template"), (d.Rule.Id, d.Subject));
        Assert.Equal("Container 'runtime' is not restricted: per-user pods must not mount a service-account token", d.Message);
    }

    // A pod the controller stamped from the template (runtime-contract tests, admission) is held to the same rule.
    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_stamped_pod_that_may_mount_a_token_is_OCM0005()
    {
        var o = Objects();
        var pod = TemplatePod(o);
        pod.Kind = "Pod";
        pod.Metadata = new V1ObjectMeta { Name = "openclaw-u1", NamespaceProperty = Tenant.EffectiveNamespace, Labels = pod.Metadata.Labels };
        o.Add(pod);
        Assert.Empty(Check(o));
        pod.Spec.AutomountServiceAccountToken = null;
        var d = Assert.Single(Check(o));
        Assert.Equal("OCM0005", d.Rule.Id);
        Assert.Equal("Container 'runtime' is not restricted: per-user pods must not mount a service-account token", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_pod_template_in_another_namespace_is_OCM0007()
    {
        var o = Objects();
        var pod = TemplatePod(o);
        pod.Metadata.NamespaceProperty = "org-other";
        SetTemplatePod(o, pod);
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0007", "ConfigMap/openclaw-pod-template pod template"), (d.Rule.Id, d.Subject));
        Assert.StartsWith("ConfigMap/openclaw-pod-template pod template references namespace 'org-other'", d.Message);
        pod.Metadata.NamespaceProperty = null; // the controller fills it in: fine
        SetTemplatePod(o, pod);
        Assert.Empty(Check(o));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_pod_template_is_checked_like_a_deployment()
    {
        var o = Objects();
        var pod = TemplatePod(o);
        pod.Spec.HostNetwork = true;
        SetTemplatePod(o, pod);
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0006", "ConfigMap/openclaw-pod-template pod template"), (d.Rule.Id, d.Subject));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Network_policy_coverage_needs_both_directions_and_a_matching_selector()
    {
        var o = Objects();
        // Keep only the controller policy, restricted to ingress: the controller lacks egress, the
        // per-user pods lack both.
        o.Remove(Find<V1NetworkPolicy>(o, Names.DefaultDeny));
        o.Remove(Find<V1NetworkPolicy>(o, Names.Runtime));
        o.Remove(Find<V1NetworkPolicy>(o, Names.RuntimeEgressPolicy));
        o.Remove(Find<V1NetworkPolicy>(o, Names.ControllerEgressPolicy));
        Find<V1NetworkPolicy>(o, Names.Controller).Spec.PolicyTypes = ["Ingress"];
        var d = Check(o).Select(x => (x.Rule.Id, x.Subject, x.Message)).ToList();
        Assert.Equal(
            [
                ("OCM0009", "ConfigMap/openclaw-pod-template pod template", "Pods of 'ConfigMap/openclaw-pod-template pod template' are not selected by a NetworkPolicy restricting ingress"),
                ("OCM0009", "ConfigMap/openclaw-pod-template pod template", "Pods of 'ConfigMap/openclaw-pod-template pod template' are not selected by a NetworkPolicy restricting egress"),
                ("OCM0009", "Deployment/openclaw-controller", "Pods of 'Deployment/openclaw-controller' are not selected by a NetworkPolicy restricting egress"),
            ],
            d);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_policy_without_policy_types_covers_nothing()
    {
        var o = Objects();
        foreach (var np in o.OfType<V1NetworkPolicy>()) np.Spec.PolicyTypes = null;
        Assert.Equal(4, Check(o).Count(x => x.Rule.Id == "OCM0009"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Peers_may_name_only_dns_the_ingress_controller_and_the_own_namespace()
    {
        var o = Objects();
        var np = Find<V1NetworkPolicy>(o, Names.Runtime);
        V1NetworkPolicyPeer Ns(string name) => new() { NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name } } };
        np.Spec.Egress.Add(new V1NetworkPolicyEgressRule { To = [Ns("kube-system"), Ns("ingress-nginx"), Ns("org-acme"), new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = "10.0.0.0/8" } }] });
        Assert.Empty(Check(o));

        np.Spec.Egress.Add(new V1NetworkPolicyEgressRule { To = [Ns("org-other")] });
        np.Spec.Ingress.Add(new V1NetworkPolicyIngressRule { FromProperty = [new V1NetworkPolicyPeer { NamespaceSelector = new V1LabelSelector() }] });
        var d = Check(o).Select(x => (x.Rule.Id, x.Subject, x.Message)).ToList();
        Assert.Equal(
            [
                ("OCM0007", "NetworkPolicy/openclaw-runtime", "NetworkPolicy/openclaw-runtime references namespace '(any namespace)', but tenant 'acme' may only use its own namespace 'org-acme'"),
                ("OCM0007", "NetworkPolicy/openclaw-runtime", "NetworkPolicy/openclaw-runtime references namespace 'org-other', but tenant 'acme' may only use its own namespace 'org-acme'"),
            ],
            d);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_peer_selecting_namespaces_by_another_label_is_any_namespace()
    {
        var o = Objects();
        Find<V1NetworkPolicy>(o, Names.Controller).Spec.Egress.Add(new V1NetworkPolicyEgressRule
        {
            To = [new V1NetworkPolicyPeer { NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["team"] = "a" } } }],
        });
        var d = Assert.Single(Check(o));
        Assert.Contains("references namespace '(any namespace)'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_policy_without_rules_is_clean()
    {
        var o = Objects();
        var np = Find<V1NetworkPolicy>(o, Names.Runtime);
        np.Spec.Ingress = null;
        np.Spec.Egress = null;
        Assert.Empty(Check(o));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_empty_label_value_counts_as_missing()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.Labels["app.kubernetes.io/managed-by"] = "";
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0011", "Service/openclaw-controller"), (d.Rule.Id, d.Subject));
        Assert.Equal("Service 'openclaw-controller' lacks label 'app.kubernetes.io/managed-by'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_object_without_labels_lacks_all_five()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.Labels = null;
        Assert.Equal(
            ["app.kubernetes.io/component", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by", "app.kubernetes.io/name", "openclaw.io/tenant"],
            Check(o).Select(x => x.Message[(x.Message.IndexOf("label '", StringComparison.Ordinal) + 7)..^1]));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Another_tenants_label_is_OCM0007()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.Labels[Names.TenantLabel] = "globex";
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0007", "Service/openclaw-controller"), (d.Rule.Id, d.Subject));
        Assert.Equal("Service/openclaw-controller (tenant label) references namespace 'globex', but tenant 'acme' may only use its own namespace 'org-acme'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_namespace_object_is_scoped_by_its_name()
    {
        var o = Objects();
        Find<V1Namespace>(o).Metadata.Name = "org-other";
        var d = Assert.Single(Check(o));
        Assert.Equal(("OCM0007", "Namespace/org-other"), (d.Rule.Id, d.Subject));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_object_without_a_namespace_is_OCM0007_with_none()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.NamespaceProperty = null;
        var d = Assert.Single(Check(o));
        Assert.Equal("Service/openclaw-controller references namespace '(none)', but tenant 'acme' may only use its own namespace 'org-acme'", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_credential_is_reported_with_its_json_path_and_never_quoted()
    {
        var o = Objects();
        const string key = "sk-abcdefghijklmnopqrstuvwxyz012345";
        Find<V1Service>(o).Metadata.Annotations = new Dictionary<string, string> { ["note"] = key };
        Find<V1Deployment>(o).Spec.Template.Spec.Containers[0].Args = ["--verbose", "--key=" + key];
        var d = Check(o);
        Assert.All(d, x => Assert.Equal("OCM0003", x.Rule.Id));
        Assert.All(d, x => Assert.DoesNotContain(key, x.Message));
        Assert.Equal(
            [
                "Plaintext secret in Service/openclaw-controller .metadata.annotations.note (a value shaped like an API key or token): reference a Kubernetes Secret instead (SecretKeyRef: name + key); secret values never belong in tenant files, code, values or generated output",
                "Plaintext secret in Deployment/openclaw-controller .spec.template.spec.containers[0].args[1] (a value shaped like an API key or token): reference a Kubernetes Secret instead (SecretKeyRef: name + key); secret values never belong in tenant files, code, values or generated output",
            ],
            d.Select(x => x.Message));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_object_without_metadata_is_named_with_an_empty_name()
    {
        var o = Objects();
        o.Add(new V1ClusterRole { Kind = "ClusterRole", Metadata = null });
        var d = Check(o);
        Assert.Contains(d, x => x.Rule.Id == "OCM0008" && x.Message.StartsWith("ClusterRole '' is cluster-scoped", StringComparison.Ordinal));
        Assert.Contains(d, x => x.Rule.Id == "OCM0011" && x.Message == "ClusterRole '' lacks label 'openclaw.io/tenant'");
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_other_namespace_is_named_in_the_message()
    {
        var o = Objects();
        Find<V1Service>(o).Metadata.NamespaceProperty = "org-other";
        Assert.Equal(
            "Service/openclaw-controller references namespace 'org-other', but tenant 'acme' may only use its own namespace 'org-acme'",
            Assert.Single(Check(o)).Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Bindings_without_subjects_and_rules_without_peers_do_not_break_the_check()
    {
        var o = Objects();
        Find<V1RoleBinding>(o).Subjects = null;
        var np = Find<V1NetworkPolicy>(o, Names.Runtime);
        np.Spec.Ingress.Add(new V1NetworkPolicyIngressRule { FromProperty = null, Ports = [new V1NetworkPolicyPort { Protocol = "TCP", Port = 8080 }] });
        np.Spec.Egress.Add(new V1NetworkPolicyEgressRule { To = null, Ports = [new V1NetworkPolicyPort { Protocol = "TCP", Port = 443 }] });
        Assert.Null(Record.Exception(() => Check(o)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_twelve_character_credential_is_scanned()
    {
        // The scan skips strings too short to be a credential; twelve characters (fourteen with the JSON
        // quotes) is the shortest DescribeCredential judges.
        var o = Objects();
        Find<V1Service>(o).Metadata.Annotations = new Dictionary<string, string> { ["mirror"] = "ftp://u:p@hh" };
        var d = Assert.Single(Check(o));
        Assert.Equal("OCM0003", d.Rule.Id);
        Assert.Contains(".metadata.annotations.mirror (a URL carrying credentials in its userinfo)", d.Message);
    }
}
