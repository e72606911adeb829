namespace OpenClaw.Manifests.Model;

/// <summary>
/// The tenant's own PersistentVolumeClaim, never shared. It is ReadWriteMany, so that every controller replica can
/// mount it and a rolling update never waits for a volume the old pod still holds.
/// </summary>
public sealed record StorageSettings
{
    private readonly string _size = "10Gi";

    /// <summary>The claim's requested size, a Kubernetes quantity (default <c>10Gi</c>).</summary>
    public string Size { get => _size; init => _size = Quantity.Validate(value, "storage size"); }

    /// <summary>StorageClass; the cluster default when null.</summary>
    public DnsName? StorageClassName { get; init; }
}
