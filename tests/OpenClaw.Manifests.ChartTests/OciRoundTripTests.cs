using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// The chart as clusters get it: charts-out/bp-openclaw packaged, pushed to a real OCI registry on loopback
/// and consumed from there (template, show values, pull), under each Helm major. What comes back out of the
/// registry must be the committed chart and render exactly the direct renderer's objects.
/// </summary>
public sealed class OciRoundTripTests(PublishedChart published) : IClassFixture<PublishedChart>
{
    [HelmTheory]
    [MemberData(nameof(HelmCases.Samples), MemberType = typeof(HelmCases))]
    public void Every_sample_renders_the_same_from_the_registry(HelmMajor helm, string name)
    {
        var tenant = SampleTenants.Get(name);
        var values = Path.Combine(RepoPaths.ChartsOut, "tenants", name, "values.yaml");
        var result = Helm.Of(helm).Template(name, published.Reference(helm), tenant.EffectiveNamespace, [values], PublishedChart.Version);
        var problem = Parity.Compare(tenant, result, $"helm template {published.Reference(helm)} ({helm})");
        Assert.True(problem is null, problem);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Show_values_from_the_registry_prints_the_chart_values_file(HelmMajor helm)
    {
        var result = Helm.Of(helm).ShowValues(published.Reference(helm), PublishedChart.Version);
        Assert.True(result.ExitCode == 0, result.ToString());
        // Both majors print the file as it is, then a newline of their own.
        Assert.Equal(File.ReadAllText(Path.Combine(PublishedChart.Folder, "values.yaml")) + "\n", result.Stdout);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void The_pulled_archive_holds_exactly_the_committed_chart(HelmMajor helm)
    {
        using var dir = new TempDir();
        var archive = Pull(helm, dir);
        var problem = ChartArchive.Compare(archive, PublishedChart.Folder);
        Assert.True(problem is null, problem);
        Assert.Equal(Directory.EnumerateFiles(PublishedChart.Folder, "*", SearchOption.AllDirectories).Count(), ChartArchive.Files(archive, Names.Chart).Count);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void The_archive_comparison_notices_a_changed_a_missing_and_an_extra_file(HelmMajor helm)
    {
        using var dir = new TempDir();
        var archive = Pull(helm, dir);
        var copy = Path.Combine(dir.Path, "copy", Names.Chart);
        foreach (var file in Directory.EnumerateFiles(PublishedChart.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(PublishedChart.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Assert.Null(ChartArchive.Compare(archive, copy));
        File.AppendAllText(Path.Combine(copy, "templates", "namespace.yaml"), "# changed\n");
        File.AppendAllText(Path.Combine(copy, "Chart.yaml"), "home: https://example.org\n");
        File.Delete(Path.Combine(copy, "README.md"));
        File.WriteAllText(Path.Combine(copy, "templates", "extra.yaml"), "");

        var problem = ChartArchive.Compare(archive, copy);

        Assert.NotNull(problem);
        Assert.Contains("differs: templates/namespace.yaml", problem);
        Assert.Contains("differs: Chart.yaml", problem);
        Assert.Contains("only in the archive: README.md", problem);
        Assert.Contains("missing from the archive: templates/extra.yaml", problem);
    }

    private string Pull(HelmMajor helm, TempDir dir)
    {
        var result = Helm.Of(helm).Pull(published.Reference(helm), PublishedChart.Version, dir.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        var archive = Path.Combine(dir.Path, $"{Names.Chart}-{PublishedChart.Version}.tgz");
        Assert.True(File.Exists(archive), $"helm pull wrote no {archive}:\n{result}");
        return archive;
    }
}
