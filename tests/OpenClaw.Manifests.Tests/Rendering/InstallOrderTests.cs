using k8s;
using k8s.Models;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>Helm's full install order and its tie-breaks.</summary>
public class InstallOrderTests
{
    // ---- InstallOrder: Helm's pkg/releaseutil/kind_sorter.go InstallOrder ----
    // Written out again on purpose, from Helm's source rather than from InstallOrder.Kinds: an oracle read from the
    // code under test could not fail when an entry there is dropped or moved.

    private static readonly string[] HelmInstallOrder =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
    ];

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_kind_has_helms_rank_and_unknown_kinds_come_last()
    {
        Assert.Equal(Enumerable.Range(0, HelmInstallOrder.Length), HelmInstallOrder.Select(InstallOrder.Rank));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank("Certificate"));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank(null));
        Assert.Equal(HelmInstallOrder.Length, InstallOrder.Rank("namespace")); // kinds are case-sensitive
    }

    private sealed class Custom : IKubernetesObject<V1ObjectMeta>
    {
        public string ApiVersion { get; set; } = "example.org/v1";
        public string Kind { get; set; } = "";
        public V1ObjectMeta Metadata { get; set; } = new();
    }

    private static IKubernetesObject<V1ObjectMeta> Obj(string kind, string name)
        => new Custom { Kind = kind, Metadata = new V1ObjectMeta { Name = name } };

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Sort_is_by_rank_then_kind_then_name_ordinally()
    {
        var sorted = InstallOrder.Sort(
        [
            Obj("Zeta", "b"), Obj("Deployment", "b"), Obj("Alpha", "a"), Obj("Deployment", "B"), Obj("Alpha", "0"),
            Obj("Namespace", "x"), Obj("APIService", "s"), Obj("PriorityClass", "p"),
        ]);
        Assert.Equal(
            ["PriorityClass/p", "Namespace/x", "Deployment/B", "Deployment/b", "APIService/s", "Alpha/0", "Alpha/a", "Zeta/b"],
            sorted.Select(o => $"{o.Kind}/{o.Metadata.Name}"));
    }

}
