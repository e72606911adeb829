using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// What the rules across tenants (<see cref="TenantPolicy.CheckSet(IReadOnlyList{TenantIdentity}, IReadOnlyList{string}?)"/>)
/// read of a tenant: its name, namespace, host and the namespaces it lets in. Small, so that a run over
/// 100,000 tenants can keep it for every tenant without keeping the tenants.
/// </summary>
internal sealed record TenantIdentity(string Name, string Namespace, string Host, string ControllerNamespace, string? InternalIssuerNamespace)
{
    /// <summary>The identity of <paramref name="tenant"/>.</summary>
    public static TenantIdentity Of(Tenant tenant)
        => new(tenant.Name.Value, tenant.EffectiveNamespace, tenant.EffectiveHost, tenant.Ingress.ControllerNamespace.Value, tenant.Oidc.InternalIssuerUrl?.Namespace);
}
