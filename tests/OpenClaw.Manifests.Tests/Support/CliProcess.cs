using System.Diagnostics;

namespace OpenClaw.Manifests.Tests.Support;

/// <summary>Runs the built command line as a separate process (the same binaries CI ships), with its own environment.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "openclaw-manifests.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        return psi;
    }

    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDirectory, env, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("openclaw-manifests " + string.Join(' ', args)); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
