using System.CommandLine;
using OpenClaw.Manifests.Loading;

namespace OpenClaw.Manifests.Cli;

/// <summary>Where tenants come from: YAML files and folders, and/or a built assembly with TenantCatalog classes.</summary>
internal static class TenantInputs
{
    public const string DefaultTenants = "samples/tenants";

    public static Option<string> AssemblyOption() => new("--assembly")
    {
        Description = "A built assembly whose public TenantCatalog classes declare tenants in C# (files from --tenants are added to them)",
    };

    /// <summary>Loads every tenant; null (after printing why) on a usage or I/O error.</summary>
    public static TenantSet? Load(string[]? paths, string? assembly, TextWriter stderr)
    {
        // Without an assembly the samples are the default input; with one, only what is named.
        var inputs = paths is { Length: > 0 } ? paths : assembly is null ? [DefaultTenants] : [];
        if (!PathArguments.AllExist(assembly is null ? inputs : [.. inputs, assembly], stderr)) return null;
        if (assembly is null) return TenantLoader.Load(inputs);
        try
        {
            var (tenants, diagnostics) = CatalogAssembly.Load(assembly);
            return TenantLoader.Load(inputs, tenants, diagnostics);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or System.Reflection.ReflectionTypeLoadException)
        {
            stderr.WriteLine($"error: cannot load tenant catalogs from {assembly}: {e.Message}");
            return null;
        }
    }
}
