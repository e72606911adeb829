using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpenClaw.Manifests.Tests.Native;

/// <summary>
/// The Native AOT command line (docs/native-aot.md), published once per test run into the CLI's bin/aot folder.
/// The publish is incremental: when nothing changed since the last one, the native compiler is skipped and this
/// costs seconds, not the minutes of a first publish.
/// </summary>
public sealed class NativeCliFixture
{
    public string Executable { get; }

    /// <summary>The whole publish log, for a failing test's message.</summary>
    public string PublishLog { get; }

    public NativeCliFixture()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var output = Path.Combine(RepoPaths.Root, "generators", "OpenClaw.Manifests.Cli", "bin", "aot", "native", rid);
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", "generators/OpenClaw.Manifests.Cli/OpenClaw.Manifests.Cli.csproj", "-c", "Release", "-r", rid, "-p:OpenClawAot=true", "-o", output })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        PublishLog = stdout + stderr.Result;
        Executable = Path.Combine(output, OperatingSystem.IsWindows() ? "openclaw-manifests.exe" : "openclaw-manifests");
        if (p.ExitCode != 0 || !File.Exists(Executable))
            throw new InvalidOperationException("the native publish failed:\n" + PublishLog);
    }

    /// <summary>Runs the native binary as a process in <paramref name="workingDirectory"/>.</summary>
    public CliResult Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(CliRunner.ProcessTimeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("native openclaw-manifests " + string.Join(' ', args));
        }
        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}
