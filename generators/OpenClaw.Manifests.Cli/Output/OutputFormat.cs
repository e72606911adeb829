using System.CommandLine;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>
/// How diagnostics are printed: compiler-style text on stderr, one JSON or SARIF 2.1.0 document on stdout, or
/// (for the package's build target) one tab-separated record per diagnostic that carries its help link.
/// </summary>
internal enum OutputFormat { Text, Json, Sarif, Msbuild }

internal static class OutputFormats
{
    public static Option<OutputFormat> Option() => new("--format")
    {
        Description = "Diagnostics as text (stderr), json or sarif (SARIF 2.1.0, for code scanning): the document goes to stdout, everything else to stderr; msbuild is what the build target reads",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
