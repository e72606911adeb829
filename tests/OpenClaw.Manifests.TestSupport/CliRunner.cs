using System.Diagnostics;
using System.Runtime.ExceptionServices;
using OpenClaw.Manifests.Cli;

namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// The real command line, run two ways: in process through <see cref="CliApp.RunAsync"/> (the method the executable
/// calls; fast, and what most tests want), or as a separate <c>dotnet openclaw-manifests.dll</c> process with its own
/// working folder and environment (the binaries CI ships; for exit codes of a dying process, locks and concurrency).
/// </summary>
public static class CliRunner
{
    // Every CLI a test runs, in process or as a child (which inherits the variable), runs without generate's no-op cache,
    // so the tests neither read nor fill the developer's ~/.cache. The cache's own tests turn it on for their child
    // processes with a temporary XDG_CACHE_HOME; setting XDG_CACHE_HOME here instead would also move the tools' cache
    // (kube-validate, the CEL evaluator) that other suites keep under it.
    static CliRunner()
    {
        if (Environment.GetEnvironmentVariable("OPENCLAW_MANIFESTS_NO_CACHE") is null)
            Environment.SetEnvironmentVariable("OPENCLAW_MANIFESTS_NO_CACHE", "1");
    }

    /// <summary>How long a child process may run before it is killed and the test fails.</summary>
    public static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The CLI's assembly beside the test binaries. A test project that runs it as a process references
    /// generators/OpenClaw.Manifests.Cli, which puts it there.
    /// </summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "openclaw-manifests.dll");

    /// <summary>Runs <c>openclaw-manifests ARGS</c> in process; an exception escaping it fails the calling test as it is.</summary>
    public static CliResult Run(params string[] args)
    {
        var result = RunAsync(args).GetAwaiter().GetResult();
        if (result.Crash is not null)
            ExceptionDispatchInfo.Capture(result.Crash).Throw();
        return result;
    }

    /// <summary>
    /// Runs <c>openclaw-manifests ARGS</c> in process. An exception escaping it is recorded in
    /// <see cref="CliResult.Crash"/> (exit code -1), not rethrown, so a caller checking hostile input can fail with the
    /// input's name and the output so far.
    /// </summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        // "\n" whatever the platform: the tests compare printed lines, and the CLI's own output uses LF.
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        try
        {
            var code = await CliApp.RunAsync(args, stdout, stderr);
            return new CliResult(code, stdout.ToString(), stderr.ToString());
        }
#pragma warning disable CA1031 // any escaping exception is the finding
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CliResult(-1, stdout.ToString(), stderr.ToString(), e);
        }
    }

    /// <summary>The start of <c>dotnet openclaw-manifests.dll ARGS</c> in <paramref name="workingDirectory"/>, both streams redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        return psi;
    }

    /// <summary>Runs <c>openclaw-manifests ARGS</c> as a process and waits for it (at most <see cref="ProcessTimeout"/>).</summary>
    public static CliResult RunProcess(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDirectory, env, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(ProcessTimeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("openclaw-manifests " + string.Join(' ', args));
        }

        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}
