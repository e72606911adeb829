using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>Where tenants come from: YAML files and folders, and/or a built assembly with TenantCatalog classes.</summary>
internal static class TenantInputs
{
    /// <summary>The platform-repo layout the README recommends: YAML tenants in ./tenants.</summary>
    public const string DefaultTenants = "tenants";

    /// <summary>
    /// The tenant paths to read: those given, else the config's, else <c>./tenants</c> when it exists. With an
    /// assembly and nothing else named, none (the catalogs are the input). Null, after saying what to pass,
    /// when there is nothing to read at all.
    /// </summary>
    public static string[]? Paths(string[]? given, ToolConfig config, string? assembly, TextWriter stderr)
    {
        if (given is { Length: > 0 }) return given;
        if (config.Tenants.Count > 0) return [.. config.Tenants];
        if (Directory.Exists(DefaultTenants)) return [DefaultTenants];
        if (assembly is not null) return [];
        stderr.WriteLine($"error: no tenants to read: name tenant files or folders, set 'tenants:' in {ToolConfig.FileName}, pass --assembly, or keep them in ./{DefaultTenants}");
        return null;
    }

    /// <summary>Loads every tenant; null (after printing why) on a usage or I/O error.</summary>
    public static TenantSet? Load(string[] paths, string? assembly, RuleSeverities severities, TextWriter stderr)
        => Load(paths, assembly, severities, stderr, static (source, _, _) => source) is var (tenants, diagnostics, files) ? new TenantSet(tenants, diagnostics, files) : null;

    /// <summary>
    /// Loads and checks every tenant as <see cref="Load(string[], string?, RuleSeverities, TextWriter)"/>, keeping of each only
    /// what <paramref name="keep"/> makes of it (generate keeps a small summary per tenant, not the tenants), or what
    /// <paramref name="reuse"/> answers for a file's bytes (generate's no-op cache).
    /// </summary>
    public static (List<T> Tenants, List<Diagnostic> Diagnostics, IReadOnlyList<string> Files)? Load<T>(string[] paths, string? assembly, RuleSeverities severities, TextWriter stderr,
        KeepTenant<T> keep, ReuseTenant<T>? reuse = null)
    {
        if (!PathArguments.AllExist(assembly is null ? paths : [.. paths, assembly], stderr)) return null;
        if (assembly is null) return TenantLoader.Load(paths, [], [], severities, keep, reuse);
        try
        {
            var (tenants, diagnostics) = CatalogAssembly.Load(assembly, severities, stderr);
            return TenantLoader.Load(paths, tenants, diagnostics, severities, keep, reuse);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or System.Reflection.ReflectionTypeLoadException)
        {
            stderr.WriteLine($"error: cannot load tenant catalogs from {assembly}: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Where a tenant was declared, for the headers of its generated files: the tenant file, or the C# catalog
    /// type and its source file and line. Paths are relative to the root of the Git repository holding the file
    /// (else to the current folder), so the output is the same on every machine, from every working folder and
    /// for every output folder; a file outside that root is named by its file name alone, never by a machine path.
    /// </summary>
    public static string DeclaredIn(TenantSource source)
    {
        if (source.Locations.Count > 0) return "the tenant file " + Relative(source.File);
        var type = source.File.EndsWith(']') && source.File.LastIndexOf('[') is > 0 and var bracket ? source.File[..bracket] : source.File;
        return source.DeclaredAt is { } at
            ? $"the C# tenant catalog {type} ({Relative(at.File)}, line {at.Line})"
            : $"the C# tenant catalog {type}";
    }

    /// <summary>
    /// As <see cref="DeclaredIn(TenantSource)"/> for tenant files, without parsing them (the no-op cache checks its
    /// files' headers would stay the same). Each folder's repository root is looked up once per run, not once per file.
    /// </summary>
    public static Func<string, string> DeclaredInFiles()
    {
        var roots = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        return file => "the tenant file " + Relative(file, dir => roots.GetOrAdd(dir, RepositoryRoot));
    }

    private static string Relative(string path) => Relative(path, RepositoryRoot);

    private static string Relative(string path, Func<string, string> rootOf)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetDirectoryName(full) is { } folder ? rootOf(folder) : Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }

    // The nearest folder from <paramref name="folder"/> up holding .git (a folder, or a file in a worktree), else the current folder.
    private static string RepositoryRoot(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git"))) return dir;
        return Directory.GetCurrentDirectory();
    }

}
