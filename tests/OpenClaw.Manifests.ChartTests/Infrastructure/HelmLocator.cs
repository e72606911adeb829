using System.Diagnostics;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// Finds the Helm binary of each major: <c>$HELM</c> / <c>$HELM3</c> (a relative path resolves from the
/// repository root), else <c>helm</c> / <c>helm3</c> on PATH, else <c>../shared/tools/bin/helm</c> / <c>helm3</c>.
/// A candidate counts only when <c>helm version</c> runs and reports the expected major, so a Helm 3 binary
/// given as HELM cannot quietly run the Helm 4 half of the suite.
/// </summary>
internal static class HelmLocator
{
    /// <summary>A found binary and the version it reported (<c>v4.1.4</c>).</summary>
    public sealed record Found(string Path, string Version);

    /// <summary>The binary of <paramref name="major"/>, or why there is none (with how to get one).</summary>
    public sealed record Outcome(Found? Binary, string? Problem);

    private static readonly Dictionary<HelmMajor, Lazy<Outcome>> Cache = Enum.GetValues<HelmMajor>()
        .ToDictionary(m => m, m => new Lazy<Outcome>(() => Locate(m, Environment.GetEnvironmentVariable, Environment.GetEnvironmentVariable("PATH") ?? "", RepoPaths.Root)));

    /// <summary>The outcome for <paramref name="major"/> in this test run (located once).</summary>
    public static Outcome For(HelmMajor major) => Cache[major].Value;

    /// <summary>Null when every major is available; else one message naming each missing major and how to get it.</summary>
    public static string? Problem => Enum.GetValues<HelmMajor>().Select(m => For(m).Problem).Where(p => p is not null).ToList() is { Count: > 0 } problems
        ? string.Join("\n", problems) + "\nThe chart tests run under both majors; the shared installers fetch the official static builds on first use (see TESTING.md)."
        : null;

    public static string Variable(HelmMajor major) => major == HelmMajor.Helm4 ? "HELM" : "HELM3";

    public static string Command(HelmMajor major) => major == HelmMajor.Helm4 ? "helm" : "helm3";

    /// <summary>The search itself, with the environment passed in so a test can show every step of the order.</summary>
    public static Outcome Locate(HelmMajor major, Func<string, string?> env, string path, string root)
    {
        var variable = Variable(major);
        if (env(variable) is { Length: > 0 } given)
            return Check(major, given.Contains('/') ? System.IO.Path.GetFullPath(given, root) : given, $"${variable}");
        var onPath = path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, Command(major))).FirstOrDefault(File.Exists);
        if (onPath is not null) return Check(major, onPath, $"{Command(major)} on PATH");
        var shared = System.IO.Path.Combine(SharedFolder.For(root, env), "tools", "bin", Command(major));
        if (File.Exists(shared)) return Check(major, shared, "../shared/tools/bin/" + Command(major));
        return new Outcome(null,
            $"Helm {(int)major} not found: set {variable} to a Helm {(int)major} binary, or put '{Command(major)}' on PATH, " +
            $"or check out the shared tools beside the repository (../shared/tools/bin/{Command(major)}). " +
            $"Official builds: https://github.com/helm/helm/releases (Helm {(int)major}.x).");
    }

    private static Outcome Check(HelmMajor major, string binary, string origin)
    {
        var (exit, stdout, stderr) = Version(binary);
        if (exit != 0) return new Outcome(null, $"Helm {(int)major} from {origin} ({binary}) does not run: 'version' exited {exit}: {stderr.Trim()}");
        var version = stdout.Trim();
        return version.StartsWith($"v{(int)major}.", StringComparison.Ordinal)
            ? new Outcome(new Found(binary, version), null)
            : new Outcome(null, $"{origin} ({binary}) is Helm {version}, not Helm {(int)major}: point {Variable(major)} at a Helm {(int)major} binary");
    }

    private static (int, string, string) Version(string binary)
    {
        var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("version");
        psi.ArgumentList.Add("--template");
        psi.ArgumentList.Add("{{.Version}}");
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            // The shared wrappers install Helm on first use; allow for a slow download.
            if (!p.WaitForExit(300_000)) { p.Kill(entireProcessTree: true); return (-1, "", "timed out"); }
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }
}
