using System.Diagnostics;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The shared schema validator, <c>../shared/tools/bin/kube-validate FILE|DIR</c> (exit 0 when every object is valid).</summary>
internal static class KubeValidate
{
    public static (int ExitCode, string Output) Run(string path)
    {
        if (SharedFolder.Problem is { } problem) throw new InvalidOperationException(problem);
        var tool = SharedFolder.Tool("kube-validate");
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(path);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // It installs its npm packages on first use.
        if (!p.WaitForExit(300_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException("kube-validate did not finish in 300 s"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
