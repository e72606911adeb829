using System.Reflection;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Catalog;

/// <summary>Finds <see cref="TenantCatalog"/> classes in an assembly and collects their tenants.</summary>
public static class CatalogDiscovery
{
    /// <summary>Every tenant of every catalog in <paramref name="assembly"/>, with the catalog's type name as origin.</summary>
    public static (IReadOnlyList<TenantSource> Tenants, IReadOnlyList<Diagnostic> Diagnostics) FromAssembly(Assembly assembly)
        => FromAssembly(assembly, RuleSeverities.Default);

    /// <summary>
    /// Every tenant of every catalog in <paramref name="assembly"/>. Each tenant is placed at the source line
    /// that declares it when the assembly's PDB and sources are at hand (else at the catalog's type name), and
    /// a catalog that throws is reported at the line that threw.
    /// </summary>
    public static (IReadOnlyList<TenantSource> Tenants, IReadOnlyList<Diagnostic> Diagnostics) FromAssembly(Assembly assembly, RuleSeverities severities)
    {
        var tenants = new List<TenantSource>();
        var diagnostics = new List<Diagnostic>();
        var catalogs = assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(TenantCatalog).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in catalogs)
        {
            var origin = type.FullName ?? type.Name;
            try
            {
                var catalog = (TenantCatalog)Activator.CreateInstance(type)!;
                foreach (var tenant in catalog.GetTenants())
                {
                    var source = TenantSource.FromCode(tenant, $"{origin}[{tenant.Name.Value}]", DeclarationLocator.Find(type, tenant.Name.Value)).Checked();
                    diagnostics.AddRange(TenantPolicy.Check(tenant).Where(d => severities.Of(d.Rule) != RuleSeverity.None).Select(source.Located));
                    tenants.Add(source);
                }
            }
            catch (Exception e) when (e is TargetInvocationException or MissingMethodException or ModelValidationException)
            {
                // A value type refused a value while the catalog built its tenants (e.g. an unpinned image
                // that slipped past a suppressed analyzer): report it at the line that threw. The exception
                // ended the catalog's enumeration, so its later tenants were never built and are not checked.
                var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
                var rule = inner is ModelValidationException mve ? mve.Rule : RuleCatalog.InvalidValue;
                var message = inner is ModelValidationException m ? m.Detail : inner.Message;
                var at = DeclarationLocator.Thrown(inner, assembly, message) ?? new SourceLocation(origin, 1, 1);
                diagnostics.Add(new Diagnostic(rule, $"{message} (in tenant catalog {origin}, which stopped there: its later tenants were not checked)", origin, at));
            }
        }
        return (tenants, diagnostics);
    }
}
