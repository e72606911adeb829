namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary><c>generate</c> over the samples with the sample settings, in process (<see cref="CliRunner"/>).</summary>
internal static class GenerateCli
{
    public static CliResult Generate(string outDir, bool check = false)
        => CliRunner.Run(["generate", "--tenants", RepoPaths.Samples, "--settings", RepoPaths.Settings, "--out", outDir, .. check ? new[] { "--check" } : []]);

    /// <summary>Generates into <c>charts-out</c> inside <paramref name="dir"/> and returns that folder.</summary>
    public static string Fresh(TempDir dir)
    {
        var outDir = Path.Combine(dir.Path, "charts-out");
        var result = Generate(outDir);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return outDir;
    }
}
