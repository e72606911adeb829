using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>What fences a tenant namespace: ResourceQuota, LimitRange and its own PersistentVolumeClaim.</summary>
internal static class FenceBuilder
{
    public static V1ResourceQuota Quota(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ResourceQuota",
        Metadata = Meta.Of(tenant, Names.Quota, Labels.Components.Tenant),
        Spec = new V1ResourceQuotaSpec
        {
            Hard = new Dictionary<string, ResourceQuantity>
            {
                ["limits.cpu"] = new(tenant.Quota.Cpu),
                ["limits.memory"] = new(tenant.Quota.Memory),
                ["persistentvolumeclaims"] = new("1"),
                ["pods"] = new(Quantity.Count(tenant.Quota.Pods)),
                ["requests.cpu"] = new(tenant.Quota.Cpu),
                ["requests.memory"] = new(tenant.Quota.Memory),
                ["requests.storage"] = new(tenant.Storage.Size),
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
        Metadata = Meta.Of(tenant, Names.Limits, Labels.Components.Tenant),
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

    public static V1PersistentVolumeClaim Storage(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "PersistentVolumeClaim",
        Metadata = Meta.Of(tenant, Names.Data, Labels.Components.Controller),
        Spec = new V1PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            StorageClassName = tenant.Storage.StorageClassName?.Value,
            Resources = new V1VolumeResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(tenant.Storage.Size) },
            },
        },
    };
}
