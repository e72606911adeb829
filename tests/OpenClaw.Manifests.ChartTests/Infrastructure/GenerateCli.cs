using OpenClaw.Manifests.Cli;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The CLI in process, as <c>openclaw-manifests ARGS</c>, and <c>generate</c> over the samples with the sample settings.</summary>
internal static class GenerateCli
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static (int Exit, string Stdout, string Stderr) Generate(string outDir, bool check = false)
        => Run(["generate", "--tenants", RepoPaths.Samples, "--settings", RepoPaths.Settings, "--out", outDir, .. check ? new[] { "--check" } : []]);

    /// <summary>Generates into <c>charts-out</c> inside <paramref name="dir"/> and returns that folder.</summary>
    public static string Fresh(TempDir dir)
    {
        var outDir = Path.Combine(dir.Path, "charts-out");
        var result = Generate(outDir);
        Assert.True(result.Exit == 0, result.Stderr);
        return outDir;
    }
}
