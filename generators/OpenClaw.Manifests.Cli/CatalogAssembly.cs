using System.Reflection;
using System.Runtime.Loader;
using OpenClaw.Manifests.Catalog;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// Loads a platform repo's built assembly to find its <see cref="TenantCatalog"/> classes. The
/// assembly gets its own load context so its private dependencies resolve from its own deps.json,
/// while the libraries this tool already has (OpenClaw.Manifests, KubernetesClient) are shared with
/// it: <c>typeof(TenantCatalog)</c> must be one type on both sides.
/// </summary>
internal static class CatalogAssembly
{
    public static (IReadOnlyList<TenantSource> Tenants, IReadOnlyList<Diagnostic> Diagnostics) Load(string path)
    {
        var full = Path.GetFullPath(path);
        var context = new PlatformLoadContext(full);
        var assembly = context.LoadFromAssemblyPath(full);
        return CatalogDiscovery.FromAssembly(assembly);
    }

    private sealed class PlatformLoadContext(string mainAssembly) : AssemblyLoadContext("openclaw-platform", isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name)
        {
            // Prefer what the tool itself ships (shared types); fall back to the platform's own files.
            try { return Default.LoadFromAssemblyName(name); }
            catch (FileNotFoundException) { }
            return _resolver.ResolveAssemblyToPath(name) is { } p ? LoadFromAssemblyPath(p) : null;
        }
    }
}
