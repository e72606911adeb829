using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli;

/// <summary>Prints diagnostics in the compiler's form, then a one-line summary.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter stderr, IEnumerable<Diagnostic> diagnostics)
    {
        var n = 0;
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.ToString());
            n++;
        }
        if (n > 0) stderr.WriteLine($"{n} error(s)");
    }
}
