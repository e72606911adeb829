using System.Text.RegularExpressions;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// Tenant files for the pin tests: the committed sample <c>acme.yaml</c> (comments and flow mappings included) renamed,
/// with its two image scalars written as given (quotes and all) and a trailing comment on the controller line.
/// The controller is on line 16 at column 17, the runtime on line 17 at column 14.
/// </summary>
internal static partial class PinTenants
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(RepoPaths.Samples, "acme.yaml")).ReplaceLineEndings("\n");

    public static string Yaml(string name, string controller, string runtime, string newline = "\n")
    {
        var text = Images().Replace(Sample.Replace("acme", name, StringComparison.Ordinal),
            $"  images:\n    controller: {controller}   # the controller, kept readable by its tag\n    runtime: {runtime}\n", 1);
        return newline == "\n" ? text : text.Replace("\n", newline, StringComparison.Ordinal);
    }

    [GeneratedRegex("  images:\n    controller: [^\n]*\n    runtime: [^\n]*\n")]
    private static partial Regex Images();
}
