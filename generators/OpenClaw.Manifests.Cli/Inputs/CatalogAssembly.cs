using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using OpenClaw.Manifests.Catalog;
using OpenClaw.Manifests.Cli.Output;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>
/// Loads a platform repo's built assembly to find its <see cref="TenantCatalog"/> classes. The
/// assembly gets its own load context so its private dependencies resolve from its own deps.json,
/// while the libraries this tool already has (OpenClaw.Manifests, KubernetesClient) are shared with
/// it: <c>typeof(TenantCatalog)</c> must be one type on both sides.
/// </summary>
internal static class CatalogAssembly
{
#if OPENCLAW_AOT
    // A native executable has no JIT to run a platform's IL: --assembly stays with the framework-dependent tool,
    // which the package's build target runs for it (docs/native-aot.md).
    public static (IReadOnlyList<TenantSource> Tenants, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, RuleSeverities severities, TextWriter stderr)
        => throw new FileLoadException("the native openclaw-manifests cannot load .NET assemblies; run the framework-dependent tool (dotnet openclaw-manifests.dll) for --assembly");
#else
    public static (IReadOnlyList<TenantSource> Tenants, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, RuleSeverities severities, TextWriter stderr)
    {
        var full = Path.GetFullPath(path);
        WarnOnVersionMismatch(full, stderr);
        var context = new PlatformLoadContext(full);
        var assembly = context.LoadFromAssemblyPath(full);
        return CatalogDiscovery.FromAssembly(assembly, severities);
    }

    /// <summary>
    /// The platform was built against the OpenClaw.Manifests beside its assembly; this tool brings its own copy.
    /// When the two versions differ, the tool's model (and so its output) is not the one the platform compiled
    /// against: say so rather than generate silently from another version.
    /// </summary>
    private static void WarnOnVersionMismatch(string platformAssembly, TextWriter stderr)
    {
        var theirs = Path.Combine(Path.GetDirectoryName(platformAssembly)!, "OpenClaw.Manifests.dll");
        if (!File.Exists(theirs)) return;
        var their = FileVersionInfo.GetVersionInfo(theirs).ProductVersion is { } pv ? pv.Split('+')[0] : null;
        var ours = ToolVersion.Of(typeof(TenantCatalog).Assembly);
        if (their is not null && their != ours)
            stderr.WriteLine($"warning: {Path.GetFileName(platformAssembly)} was built against OpenClaw.Manifests {their}, but this openclaw-manifests is {ours}: " +
                $"install the same version of the tool (dotnet tool update OpenClaw.Manifests.Tool --version {their}) so the build and the tool generate the same output");
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
#endif
}
