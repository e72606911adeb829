using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>The outcome of loading tenants: those that loaded, and every diagnostic in file order.</summary>
public sealed class TenantSet
{
    internal TenantSet(IReadOnlyList<TenantSource> tenants, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> files)
    {
        Tenants = tenants;
        Diagnostics = diagnostics;
        Files = files;
    }

    /// <summary>Tenants that loaded without error, ordered by name.</summary>
    public IReadOnlyList<TenantSource> Tenants { get; }

    /// <summary>Every diagnostic, ordered by file, line, column and rule.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The files that were read, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>True when nothing was found.</summary>
    public bool IsClean => Diagnostics.Count == 0;
}
