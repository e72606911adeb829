using System.Reflection;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>This tool's version, as packed (<c>0.3.0</c>, without the source revision suffix).</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Of(typeof(ToolVersion).Assembly);

    public static string Of(Assembly assembly)
    {
        var v = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = v.IndexOf('+');
        return plus < 0 ? v : v[..plus];
    }
}
