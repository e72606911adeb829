namespace OpenClaw.Manifests.Model;

/// <summary>How the controller is reached from outside the cluster (<c>spec.exposure</c>).</summary>
public enum Exposure
{
    /// <summary>A <c>networking.k8s.io/v1</c> Ingress of the tenant's IngressClass, with a cert-manager certificate (the default).</summary>
    Ingress,

    /// <summary>
    /// A Gateway API <c>HTTPRoute</c> attached to the platform's Gateway (<see cref="Tenant.Gateway"/>); the Gateway's
    /// listener terminates TLS, so the tenant needs no certificate of its own.
    /// </summary>
    HttpRoute,
}

/// <summary>How <see cref="Exposure"/> is spelt in tenant files and chart values.</summary>
public static class ExposureNames
{
    // One array, indexed by the enum's value: Of and Parse read the same spellings.
    private static readonly string[] Spellings = ["ingress", "httpRoute"];

    /// <summary>The spelling of each value, in enum order: <c>ingress</c>, <c>httpRoute</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Spellings);

    /// <summary>The spelling of <paramref name="exposure"/>.</summary>
    public static string Of(Exposure exposure) => Spellings[(int)exposure];

    /// <summary>The value spelt <paramref name="text"/> (ordinal, case-sensitive), or null.</summary>
    public static Exposure? Parse(string text) => Array.IndexOf(Spellings, text) is var i and >= 0 ? (Exposure)i : null;
}
