namespace OpenClaw.Manifests.Model;

/// <summary>The ResourceQuota that fences the tenant namespace.</summary>
public sealed record QuotaSettings
{
    private readonly string _cpu = "8";
    private readonly string _memory = "16Gi";

    /// <summary>Total CPU (requests and limits) of the namespace.</summary>
    public string Cpu { get => _cpu; init => _cpu = Quantity.Validate(value, "quota cpu"); }

    /// <summary>Total memory (requests and limits) of the namespace.</summary>
    public string Memory { get => _memory; init => _memory = Quantity.Validate(value, "quota memory"); }

    /// <summary>Most pods at once (the range is the tenant format's, TenantFields).</summary>
    public int Pods { get; init; } = 50;
}
