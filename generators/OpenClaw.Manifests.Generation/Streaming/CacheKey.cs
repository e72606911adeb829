using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>
/// Everything besides a tenant's own bytes that its output depends on, hashed into one key: the generator's build, the
/// settings file's bytes (or their absence, <c>--no-gitops</c>), every rule's severity and the working folder (tenant
/// paths in findings and file headers are relative to it). A cache written under another key is ignored as a whole.
/// </summary>
internal static class CacheKey
{
    /// <summary>Bumped whenever <see cref="CacheDocument"/> or what it means changes.</summary>
    private const string Format = "openclaw-manifests no-op cache 1";

    /// <summary>The code that reads tenants and writes the output, besides the command line's own assembly.</summary>
    private static readonly Assembly[] Code =
        [typeof(CacheKey).Assembly, typeof(Tenant).Assembly, typeof(k8s.Models.V1Pod).Assembly, typeof(YamlDotNet.Core.Parser).Assembly, typeof(Scriban.Template).Assembly];

    /// <summary>The key for a run of <paramref name="commandLine"/>'s assembly with the settings file (null: none) and the severities.</summary>
    public static string Of(Assembly commandLine, string? settingsFile, RuleSeverities severities)
    {
        var text = new StringBuilder(Format).Append('\n');
        text.Append("build: ").Append(Build(Code.Prepend(commandLine))).Append('\n');
        text.Append("cwd: ").Append(Directory.GetCurrentDirectory()).Append('\n');
        text.Append("settings: ").Append(settingsFile is null ? "none" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(settingsFile)))).Append('\n');
        foreach (var rule in RuleCatalog.All) text.Append(rule.Id).Append('=').Append(severities.Of(rule)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The build: each assembly's module version ID (the compiler derives it from the compiled bytes in a deterministic
    /// build, so it changes with any code change, even uncommitted, and not otherwise), the runtime's version (its JSON and
    /// text code shapes the output too), and the running executable's path, length and time. The last is what identifies
    /// a Native AOT build, where the code is compiled into the executable and the metadata reader may not carry a
    /// module version ID (it then reads as empty, or throws); relinking rewrites the executable. For the framework-dependent
    /// build the executable is <c>dotnet</c> (or the tool's launcher), harmless to include.
    /// </summary>
    private static string Build(IEnumerable<Assembly> code)
    {
        var parts = code.Select(a => a.GetName().Name + "@" + ModuleVersion(a)).ToList();
        parts.Add("runtime " + Environment.Version);
        if (Environment.ProcessPath is { } exe && new FileInfo(exe) is { Exists: true } info)
            parts.Add($"exe {exe} {info.Length} {info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(' ', parts);
    }

    private static string ModuleVersion(Assembly assembly)
    {
        try { return assembly.ManifestModule.ModuleVersionId.ToString("N"); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException) { return "none"; }
    }
}
