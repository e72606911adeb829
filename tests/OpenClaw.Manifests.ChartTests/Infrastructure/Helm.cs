using System.Diagnostics;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>Runs the Helm binary (real helm or the helm-render stand-in; same command line).</summary>
internal static class Helm
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstderr:\n{Stderr}\nstdout:\n{(Stdout.Length > 4000 ? Stdout[..4000] + "..." : Stdout)}";
    }

    /// <summary><c>helm template NAME CHART -f VALUES... -n NS</c>.</summary>
    public static Result Template(string release, string chart, string ns, params string[] valueFiles)
        => Run(["template", release, chart, .. valueFiles.SelectMany(f => new[] { "-f", f }), "-n", ns]);

    /// <summary><c>helm lint --strict CHART -f VALUES...</c>.</summary>
    public static Result Lint(string chart, params string[] valueFiles)
        => Run(["lint", "--strict", chart, .. valueFiles.SelectMany(f => new[] { "-f", f })]);

    private static Result Run(string[] args)
    {
        var psi = new ProcessStartInfo(RepoPaths.Helm) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + RepoPaths.Helm);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("helm did not finish in 120 s: " + string.Join(' ', args));
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
