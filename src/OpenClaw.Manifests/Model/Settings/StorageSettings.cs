namespace OpenClaw.Manifests.Model;

/// <summary>The tenant's own PersistentVolumeClaim for working state; never shared.</summary>
public sealed record StorageSettings
{
    private readonly string _size = "10Gi";

    /// <summary>Requested size.</summary>
    public string Size { get => _size; init => _size = Quantity.Validate(value, "storage size"); }

    /// <summary>StorageClass; the cluster default when null.</summary>
    public DnsName? StorageClassName { get; init; }
}
