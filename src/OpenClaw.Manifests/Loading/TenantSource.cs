using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>A tenant and where it was declared, so later diagnostics can point back at the file.</summary>
public sealed class TenantSource
{
    internal TenantSource(Tenant tenant, string file, IReadOnlyDictionary<string, SourceLocation> locations, SourceLocation? declaredAt = null, bool policyChecked = false)
    {
        PolicyChecked = policyChecked;
        Tenant = tenant;
        File = file;
        Locations = locations;
        DeclaredAt = declaredAt;
    }

    /// <summary>The tenant as loaded (or as declared in C#), with every default filled in.</summary>
    public Tenant Tenant { get; }

    /// <summary>The file (or C# type) it came from.</summary>
    public string File { get; }

    /// <summary>Where each field was read: a tenant-file path such as <c>spec.llm.baseURL</c> (see the README's tenant reference) to its line and column; empty for tenants declared in code.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; }

    /// <summary>Where a tenant declared in code was written (source file and line), when known; diagnostics without a field position point there.</summary>
    public SourceLocation? DeclaredAt { get; }

    /// <summary>True when the tenant policy already ran on this tenant (the loader and the catalogs run it once, with its findings reported there).</summary>
    internal bool PolicyChecked { get; }

    /// <summary>Wraps a tenant declared in code; diagnostics then name <paramref name="origin"/>, or <paramref name="declaredAt"/> when given.</summary>
    public static TenantSource FromCode(Tenant tenant, string origin, SourceLocation? declaredAt = null) => new(tenant, origin, new Dictionary<string, SourceLocation>(), declaredAt);

    /// <summary>The position of a field path, or of its nearest enclosing field; the file start when unknown.</summary>
    public SourceLocation Locate(string path)
    {
        var p = path;
        while (p.Length > 0)
        {
            if (Locations.TryGetValue(p, out var loc)) return loc;
            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut <= 0 ? "" : p[..cut];
        }
        return DeclaredAt ?? new SourceLocation(File, 1, 1);
    }

    /// <summary>The diagnostic with the location of its subject path in this tenant's source, unless it has one already.</summary>
    public Diagnostic Located(Diagnostic d) => d.Location is null ? d with { Location = Locate(d.Subject) } : d;

    /// <summary>This source, marked as checked by the tenant policy.</summary>
    internal TenantSource Checked() => new(Tenant, File, Locations, DeclaredAt, policyChecked: true);
}
