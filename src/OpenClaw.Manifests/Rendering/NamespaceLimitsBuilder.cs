using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The limits of a tenant namespace: its ResourceQuota, its LimitRange and, when asked for, its own PersistentVolumeClaim.</summary>
internal static class NamespaceLimitsBuilder
{
    public static V1ResourceQuota Quota(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ResourceQuota",
        Metadata = TenantMetadata.For(tenant, Names.Quota, Labels.Components.Tenant),
        Spec = new V1ResourceQuotaSpec
        {
            Hard = new Dictionary<string, ResourceQuantity>
            {
                ["limits.cpu"] = new(tenant.Quota.Cpu),
                ["limits.memory"] = new(tenant.Quota.Memory),
                // The tenant's one claim when it asked for storage, else none: nothing else in the namespace may claim volumes.
                ["persistentvolumeclaims"] = new(tenant.Storage is null ? "0" : "1"),
                ["pods"] = new(Quantity.Count(tenant.Quota.Pods)),
                ["requests.cpu"] = new(tenant.Quota.Cpu),
                ["requests.memory"] = new(tenant.Quota.Memory),
                ["requests.storage"] = new(tenant.Storage?.Size ?? "0"),
                // No Service of type LoadBalancer/NodePort: the only way in is the shared ingress.
                ["services.loadbalancers"] = new("0"),
                ["services.nodeports"] = new("0"),
            },
        },
    };

    public static V1LimitRange LimitRange(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "LimitRange",
        Metadata = TenantMetadata.For(tenant, Names.Limits, Labels.Components.Tenant),
        Spec = new V1LimitRangeSpec
        {
            Limits =
            [
                new V1LimitRangeItem
                {
                    Type = "Container",
                    DefaultRequest = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
                    DefaultProperty = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("512Mi") },
                },
            ],
        },
    };

    /// <summary>The tenant's claim, or null when it asked for no storage.</summary>
    public static V1PersistentVolumeClaim? Storage(Tenant tenant) => tenant.Storage is not { } storage ? null : new()
    {
        ApiVersion = "v1",
        Kind = "PersistentVolumeClaim",
        Metadata = TenantMetadata.For(tenant, Names.Data, Labels.Components.Controller),
        Spec = new V1PersistentVolumeClaimSpec
        {
            // ReadWriteMany: every controller replica mounts it, on any node, during a rolling update too.
            AccessModes = ["ReadWriteMany"],
            StorageClassName = storage.StorageClassName?.Value,
            Resources = new V1VolumeResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(storage.Size) },
            },
        },
    };
}
