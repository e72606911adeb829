namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>
/// The shared command-line runner: in process and as a process it reports the same exit code and words, and an
/// exception escaping the CLI is recorded by <see cref="CliRunner.RunAsync"/> and rethrown by <see cref="CliRunner.Run"/>.
/// </summary>
public sealed class CliRunnerTests
{
    [Fact]
    public void In_process_and_as_a_process_give_the_same_result()
    {
        var missing = Path.Combine(RepoPaths.Root, "no-such-tenants");
        var inProcess = CliRunner.Run("validate", missing);
        var process = CliRunner.RunProcess(RepoPaths.Root, null, "validate", missing);
        Assert.Equal(2, inProcess.ExitCode);
        Assert.Equal((inProcess.ExitCode, inProcess.Stdout, inProcess.Stderr), (process.ExitCode, process.Stdout, process.Stderr));
        Assert.Contains(missing, inProcess.Stderr, StringComparison.Ordinal);
        var (code, both) = process;
        Assert.Equal((2, process.Stdout + process.Stderr), (code, both));
        Assert.Null(process.Crash);
    }

    [Fact]
    public async Task An_escaping_exception_is_recorded_or_rethrown()
    {
        // No argument array at all: the one input the CLI's parser throws for rather than reporting.
        var recorded = await CliRunner.RunAsync(null!);
        Assert.Equal(-1, recorded.ExitCode);
        Assert.IsType<ArgumentNullException>(recorded.Crash);
        Assert.Contains("crashed: System.ArgumentNullException", recorded.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CliRunner.Run(null!));
    }
}
