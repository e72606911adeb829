using System.Text;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>The chart's recorded digest: new chart content under an already recorded version is refused, naming the version.</summary>
public sealed class ChartDigestTests
{
    private static List<(string Path, byte[] Bytes)> Chart() => ChartWriter.ChartFiles.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text))).ToList();

    private static ChartDigest.Recorded Current() => new(Names.ChartVersion, ChartDigest.Compute(Chart()));

    private static CliResult Generate(string outDir, bool check = false) => GenerateCli.Generate(outDir, check);

    [Fact]
    public void The_digest_covers_every_byte_and_every_name_of_the_chart()
    {
        var chart = Chart();
        var digest = ChartDigest.Compute(chart);
        Assert.Matches("^sha256:[0-9a-f]{64}$", digest);
        Assert.Equal(digest, ChartDigest.Compute(Enumerable.Reverse(chart)));

        var changed = chart.Select(f => f.Path == "templates/namespace.yaml" ? (f.Path, f.Bytes.Append((byte)' ').ToArray()) : f);
        Assert.NotEqual(digest, ChartDigest.Compute(changed));
        var renamed = chart.Select(f => f.Path == "README.md" ? ("README.txt", f.Bytes) : f);
        Assert.NotEqual(digest, ChartDigest.Compute(renamed));
        Assert.NotEqual(digest, ChartDigest.Compute(chart.Append(("templates/extra.yaml", Array.Empty<byte>()))));
    }

    [Fact]
    public void A_changed_template_under_the_recorded_version_is_refused_naming_the_version()
    {
        var recorded = Current();
        var edited = Chart().Select(f => f.Path == "templates/deployment-openclaw-controller.yaml" ? (f.Path, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Bytes).Replace("replicas", "replicas ", StringComparison.Ordinal))) : f);
        var now = new ChartDigest.Recorded(Names.ChartVersion, ChartDigest.Compute(edited));

        var refusal = ChartDigest.Refusal(recorded, now, "charts-out/" + ChartDigest.File);

        Assert.NotNull(refusal);
        Assert.Contains($"its version {Names.ChartVersion} did not", refusal);
        Assert.Contains("bump Names.ChartVersion", refusal);
        Assert.Null(ChartDigest.Refusal(recorded, now with { Version = "9.9.9" }, "x"));
        Assert.Null(ChartDigest.Refusal(recorded, recorded, "x"));
        Assert.Null(ChartDigest.Refusal(null, now, "x"));
    }

    /// <summary>
    /// The output folder as an earlier generator left it: the committed chart with one template different and
    /// its record at <paramref name="version"/>, as if that template had been published under that version.
    /// </summary>
    private static string EarlierOutput(TempDir dir, string version)
    {
        var outDir = GenerateCli.Fresh(dir);
        var template = Path.Combine(outDir, Names.Chart, "templates", "namespace.yaml");
        File.AppendAllText(template, "# an earlier template\n");
        var chart = FileTree.ReadFrom(Path.Combine(outDir, Names.Chart)).Files.Select(f => (f.Key, f.Value));
        File.WriteAllText(Path.Combine(outDir, ChartDigest.File), ChartDigest.Write(new ChartDigest.Recorded(version, ChartDigest.Compute(chart))));
        return outDir;
    }

    [Fact]
    public void Generate_and_check_refuse_new_chart_content_under_the_recorded_version_and_write_nothing()
    {
        using var dir = new TempDir();
        var outDir = EarlierOutput(dir, Names.ChartVersion);
        var before = FileTree.ReadFrom(outDir);

        foreach (var check in new[] { false, true })
        {
            var result = Generate(outDir, check);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{ChartDigest.File}: the content of chart {Names.Chart} changed but its version {Names.ChartVersion} did not", result.Stderr);
            Assert.Contains("nothing was written", result.Stderr);
            Assert.True(TreeDiff.Compute(before, FileTree.ReadFrom(outDir)).IsEmpty, "the output folder changed although generation was refused");
        }
    }

    [Fact]
    public void With_the_version_bumped_the_new_content_is_generated_and_recorded()
    {
        using var dir = new TempDir();
        // The earlier content was recorded under an older version: Names.ChartVersion is then a bump.
        var outDir = EarlierOutput(dir, "0.0.1");

        var result = Generate(outDir);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var recorded = ChartDigest.Read(ChartDigest.File, File.ReadAllText(Path.Combine(outDir, ChartDigest.File)));
        Assert.Equal(Current(), recorded);
        Assert.Equal(0, Generate(outDir, check: true).ExitCode);
    }

    [Fact]
    public void A_damaged_record_is_an_error_naming_the_file()
    {
        using var dir = new TempDir();
        var outDir = GenerateCli.Fresh(dir);
        File.WriteAllText(Path.Combine(outDir, ChartDigest.File), "chart: bp-openclaw\nversion: \"0.3.0\"\ndigest: md5:abc\n");

        var result = Generate(outDir, check: true);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(ChartDigest.File + ": 'digest' must be sha256:", result.Stderr);
    }

    [Fact]
    public void The_committed_record_is_the_committed_chart()
    {
        var recorded = ChartDigest.Read(ChartDigest.File, File.ReadAllText(Path.Combine(RepoPaths.ChartsOut, ChartDigest.File)));
        var committed = FileTree.ReadFrom(Path.Combine(RepoPaths.ChartsOut, Names.Chart)).Files.Select(f => (f.Key, f.Value));
        Assert.Equal(Names.ChartVersion, recorded.Version);
        Assert.Equal(ChartDigest.Compute(committed), recorded.Digest);
    }
}
