using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Helm's install order (pkg/releaseutil kind_sorter.go), then name, so output order is stable.</summary>
internal static class InstallOrder
{
    private static readonly string[] Kinds =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
        "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
        "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
    ];

    /// <summary>Rank of a kind; unknown kinds go last, as in Helm.</summary>
    public static int Rank(string? kind)
    {
        var i = Array.IndexOf(Kinds, kind);
        return i < 0 ? Kinds.Length : i;
    }

    /// <summary>Sorts by install order, then kind, then name (ordinal).</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Sort(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
        => objects.OrderBy(o => Rank(o.Kind)).ThenBy(o => o.Kind, StringComparer.Ordinal)
            .ThenBy(o => o.Metadata?.Name, StringComparer.Ordinal).ToList();
}
