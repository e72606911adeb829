using System.CommandLine;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>How diagnostics are printed: compiler-style text on stderr, or one JSON or SARIF 2.1.0 document on stdout.</summary>
internal enum OutputFormat { Text, Json, Sarif }

internal static class OutputFormats
{
    public static Option<OutputFormat> Option() => new("--format")
    {
        Description = "Diagnostics as text (stderr), json or sarif (SARIF 2.1.0, for code scanning): the document goes to stdout, everything else to stderr",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
