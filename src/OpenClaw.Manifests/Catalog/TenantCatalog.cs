using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Catalog;

/// <summary>
/// Declares tenants in C#. A platform repo derives one (or more) public, non-abstract classes with a
/// parameterless constructor; the generator finds them in the built assembly and treats their tenants
/// exactly like tenant files. The analyzers check the code at compile time; the policy engine checks
/// the tenants again when the generator runs.
/// </summary>
/// <example>
/// <code>
/// public sealed class PlatformTenants : TenantCatalog
/// {
///     public override IEnumerable&lt;Tenant&gt; GetTenants() =&gt; [Acme];
///     static Tenant Acme =&gt; new() { Name = DnsLabel.Parse("acme"), ... };
/// }
/// </code>
/// </example>
public abstract class TenantCatalog
{
    /// <summary>The tenants this catalog declares.</summary>
    public abstract IEnumerable<Tenant> GetTenants();
}
