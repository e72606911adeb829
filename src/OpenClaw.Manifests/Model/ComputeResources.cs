using k8s.Models;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>CPU and memory requests and limits of one container; all four are always set.</summary>
public sealed record ComputeResources
{
    /// <summary>Creates the resources, validating every value as a Kubernetes quantity.</summary>
    public ComputeResources(string cpuRequest, string memoryRequest, string cpuLimit, string memoryLimit)
    {
        CpuRequest = Quantity.Validate(cpuRequest, "cpu request");
        MemoryRequest = Quantity.Validate(memoryRequest, "memory request");
        CpuLimit = Quantity.Validate(cpuLimit, "cpu limit");
        MemoryLimit = Quantity.Validate(memoryLimit, "memory limit");
        if (Quantity.Compare(CpuRequest, CpuLimit) > 0) throw new ModelValidationException(RuleCatalog.InvalidValue, $"cpu request {CpuRequest} exceeds cpu limit {CpuLimit}");
        if (Quantity.Compare(MemoryRequest, MemoryLimit) > 0) throw new ModelValidationException(RuleCatalog.InvalidValue, $"memory request {MemoryRequest} exceeds memory limit {MemoryLimit}");
    }

    /// <summary>CPU the scheduler reserves for the container, a Kubernetes quantity such as <c>100m</c>.</summary>
    public string CpuRequest { get; }
    /// <summary>Memory the scheduler reserves for the container, a quantity such as <c>128Mi</c>.</summary>
    public string MemoryRequest { get; }
    /// <summary>CPU the container is throttled at; never below <see cref="CpuRequest"/>.</summary>
    public string CpuLimit { get; }
    /// <summary>Memory at which the container is OOM-killed; never below <see cref="MemoryRequest"/>.</summary>
    public string MemoryLimit { get; }

    /// <summary>The container's <c>resources</c> block: <c>cpu</c> and <c>memory</c> under both requests and limits.</summary>
    public V1ResourceRequirements ToKubernetes() => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(CpuRequest), ["memory"] = new(MemoryRequest) },
        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(CpuLimit), ["memory"] = new(MemoryLimit) },
    };
}
