namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// What one run of the command line did: its exit code, what it printed on each stream, and the exception that
/// escaped it, if any (only <see cref="CliRunner.RunAsync"/> records one; the CLI must never throw for bad input).
/// </summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, Exception? Crash = null)
{
    /// <summary>Both streams, stdout first: where a test only cares that something was said.</summary>
    public string Both => Stdout + Stderr;

    /// <summary>For <c>var (code, output) = …</c>: the exit code and <see cref="Both"/>.</summary>
    public void Deconstruct(out int exitCode, out string both)
    {
        exitCode = ExitCode;
        both = Both;
    }

    /// <summary>Everything, for a failure message.</summary>
    public override string ToString()
        => $"exit {ExitCode}{(Crash is null ? "" : ", crashed: " + Crash)}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
