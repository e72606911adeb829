using System.Diagnostics;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>Runs the real Helm binary of one major (found by <see cref="HelmLocator"/>) with the command lines a user types.</summary>
internal sealed class Helm
{
    private static readonly Dictionary<HelmMajor, Helm> Instances = new();

    private Helm(HelmMajor major, HelmLocator.Found binary)
    {
        Major = major;
        Binary = binary;
    }

    public HelmMajor Major { get; }

    public HelmLocator.Found Binary { get; }

    /// <summary>Helm of <paramref name="major"/>; throws with the locator's message when it is missing (the tests are skipped then).</summary>
    public static Helm Of(HelmMajor major)
    {
        lock (Instances)
        {
            if (Instances.TryGetValue(major, out var helm)) return helm;
            var found = HelmLocator.For(major);
            return Instances[major] = new Helm(major, found.Binary ?? throw new InvalidOperationException(found.Problem));
        }
    }

    public sealed record Result(HelmMajor Major, int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"{Major}: exit {ExitCode}\nstderr:\n{Stderr}\nstdout:\n{(Stdout.Length > 4000 ? Stdout[..4000] + "..." : Stdout)}";
    }

    /// <summary><c>helm template NAME CHART -f VALUES... -n NS</c>; CHART may be a folder or an <c>oci://</c> reference (then with <paramref name="ociVersion"/>).</summary>
    public Result Template(string release, string chart, string ns, IEnumerable<string> valueFiles, string? ociVersion = null)
        => Run(["template", release, chart, .. valueFiles.SelectMany(f => new[] { "-f", f }), "-n", ns, .. Oci(ociVersion)]);

    public Result Template(string release, string chart, string ns, params string[] valueFiles) => Template(release, chart, ns, valueFiles, null);

    /// <summary><c>helm lint --strict CHART -f VALUES...</c>.</summary>
    public Result Lint(string chart, params string[] valueFiles)
        => Run(["lint", "--strict", chart, .. valueFiles.SelectMany(f => new[] { "-f", f })]);

    /// <summary><c>helm package CHART -d DIR</c>.</summary>
    public Result Package(string chart, string destination) => Run(["package", chart, "-d", destination]);

    /// <summary><c>helm push ARCHIVE oci://…</c> (plain HTTP: the test registry listens on loopback without TLS).</summary>
    public Result Push(string archive, string remote) => Run(["push", archive, remote, "--plain-http"]);

    /// <summary><c>helm pull oci://… --version V -d DIR</c>.</summary>
    public Result Pull(string reference, string version, string destination) => Run(["pull", reference, "-d", destination, .. Oci(version)]);

    /// <summary><c>helm show values oci://… --version V</c>.</summary>
    public Result ShowValues(string reference, string version) => Run(["show", "values", reference, .. Oci(version)]);

    // Helm 4 refuses plain HTTP without --plain-http even on loopback; Helm 3.18 falls back to it there. Both accept the flag.
    private static string[] Oci(string? version) => version is null ? [] : ["--version", version, "--plain-http"];

    private Result Run(string[] args)
    {
        var psi = new ProcessStartInfo(Binary.Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + Binary.Path);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"helm {Binary.Version} did not finish in 120 s: " + string.Join(' ', args));
        }
        return new Result(Major, p.ExitCode, stdout.Result, stderr.Result);
    }
}
