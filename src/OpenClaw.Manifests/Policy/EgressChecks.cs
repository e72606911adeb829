using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// OCM0012 on the final objects: egress that allows any address. Read from the policies themselves, not from the
/// tenant's settings, so a template or builder that widens egress is caught as surely as a tenant's CIDR default.
/// </summary>
internal static class EgressChecks
{
    // The CIDRs that contain every address of their family.
    private static readonly string[] AnyAddress = [NetworkSettings.AnyAddress, "::/0"];

    // Cilium's entities that include addresses outside the cluster ("world" and its "all" superset).
    private static readonly string[] AnyEntity = ["world", "all"];

    public static void Check(List<Diagnostic> d, Tenant tenant, V1NetworkPolicy np, string subject)
    {
        if (tenant.Network.AllowAnyEgress || np.Spec?.PolicyTypes?.Contains("Egress") != true) return;
        foreach (var rule in np.Spec.Egress ?? [])
        {
            // A rule without peers allows every destination (NetworkPolicy semantics), the widest egress of all.
            if (rule.To is not { Count: > 0 }) d.Add(Diagnostic.Create(RuleCatalog.UnrestrictedEgress, subject, subject, "every destination (a rule without 'to')"));
            foreach (var cidr in (rule.To ?? []).Select(p => p.IpBlock?.Cidr).Where(c => c is not null && AnyAddress.Contains(c)))
                d.Add(Diagnostic.Create(RuleCatalog.UnrestrictedEgress, subject, subject, cidr!));
        }
    }

    public static void Check(List<Diagnostic> d, Tenant tenant, CiliumNetworkPolicy cnp, string subject)
    {
        if (tenant.Network.AllowAnyEgress) return;
        foreach (var rule in cnp.Spec?.Egress ?? [])
        {
            foreach (var cidr in (rule.ToCidr ?? []).Where(AnyAddress.Contains))
                d.Add(Diagnostic.Create(RuleCatalog.UnrestrictedEgress, subject, subject, cidr));
            foreach (var entity in (rule.ToEntities ?? []).Where(AnyEntity.Contains))
                d.Add(Diagnostic.Create(RuleCatalog.UnrestrictedEgress, subject, subject, "entity " + entity));
        }
    }
}
