using OpenClaw.Manifests.Cli;

namespace OpenClaw.Manifests.CorpusTests;

/// <summary>The outcome of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr, Exception? Crash)
{
    public string Both => Stdout + Stderr;

    public override string ToString()
        => $"exit {ExitCode}{(Crash is null ? "" : ", crashed: " + Crash)}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

internal static class CliHarness
{
    /// <summary>
    /// Runs the real command line (the same <see cref="CliApp.RunAsync"/> the executable calls). An exception escaping
    /// it is recorded, not rethrown, so a crash fails the case with the case's name and output in the message.
    /// </summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            var code = await CliApp.RunAsync(args, stdout, stderr);
            return new CliResult(code, stdout.ToString(), stderr.ToString(), null);
        }
#pragma warning disable CA1031 // any escaping exception is the finding
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CliResult(-1, stdout.ToString(), stderr.ToString(), e);
        }
    }
}
