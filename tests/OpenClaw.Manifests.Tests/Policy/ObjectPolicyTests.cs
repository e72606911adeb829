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
}
