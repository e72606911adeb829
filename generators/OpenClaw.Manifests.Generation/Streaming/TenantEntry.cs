using System.Security.Cryptography;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>
/// What a streamed generate keeps of one tenant between checking the set and rendering it: a few hundred
/// bytes, so 100,000 tenants fit in a few tens of MiB. The tenant itself is read again from <see cref="File"/>
/// when it is rendered (a tenant declared in code is kept: it is in memory anyway).
/// </summary>
/// <param name="Name">The tenant's name (its folder under <c>tenants/</c>).</param>
/// <param name="File">The tenant file, or the C# catalog it came from.</param>
/// <param name="Code">The tenant when it was declared in code; null for a tenant file.</param>
/// <param name="InputHash">SHA-256 of the tenant file's bytes (empty for a tenant declared in code): the render must read the bytes that were checked.</param>
/// <param name="Sops">The tenant's SOPS keys, for the one <c>.sops.yaml</c> that lists every tenant.</param>
/// <param name="DeclaredIn">Where the tenant was declared, for its files' headers.</param>
/// <param name="Identity">What the rules across tenants read of it (kept for the no-op cache, which must run them on every run).</param>
/// <param name="Loading">The tenant file's own findings (none blocking), for the no-op cache to report them again.</param>
internal sealed record TenantEntry(string Name, string File, TenantSource? Code, byte[] InputHash, SopsSettings Sops, string DeclaredIn,
    TenantIdentity Identity, IReadOnlyList<Diagnostic> Loading)
{
    /// <summary>
    /// What an earlier run rendered from the same bytes, settings and build (<see cref="NoOpCache"/>); the render is
    /// skipped when the tenant's output folder still holds exactly the files it recorded. Null: render.
    /// </summary>
    public CachedTenant? Prior { get; init; }

    /// <summary>The entry of a loaded tenant; <paramref name="bytes"/> is its file's content, empty for a tenant declared in code.</summary>
    public static TenantEntry Of(TenantSource source, ReadOnlySpan<byte> bytes, IReadOnlyList<Diagnostic> loading, Func<TenantSource, string> declaredIn)
        => new(source.Tenant.Name.Value, source.File, bytes.IsEmpty ? source : null, bytes.IsEmpty ? [] : SHA256.HashData(bytes), source.Tenant.Sops, declaredIn(source),
            TenantIdentity.Of(source.Tenant), loading);
}
