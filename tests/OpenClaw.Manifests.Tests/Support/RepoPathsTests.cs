namespace OpenClaw.Manifests.Tests.Support;

/// <summary>The shared repository-root finder every test project reads the repository with.</summary>
public sealed class RepoPathsTests
{
    [Fact]
    public void The_root_holds_the_solution_and_the_paths_the_tests_read()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, RepoPaths.Marker)));
        Assert.True(File.Exists(RepoPaths.Sample("acme")), RepoPaths.Sample("acme"));
        Assert.True(File.Exists(RepoPaths.Settings), RepoPaths.Settings);
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Corpus, "bad")), RepoPaths.Corpus);
        Assert.True(Directory.Exists(RepoPaths.ChartsOut), RepoPaths.ChartsOut);
        Assert.True(Directory.Exists(RepoPaths.Snapshots), RepoPaths.Snapshots);
    }

    [Fact]
    public void The_nearest_folder_with_the_marker_is_found_from_below()
    {
        var root = Directory.CreateTempSubdirectory("ocm-root-").FullName;
        try
        {
            var deep = Directory.CreateDirectory(Path.Combine(root, "tests", "x", "bin", "Debug")).FullName;
            var error = Assert.Throws<InvalidOperationException>(() => RepoPaths.Find(deep));
            Assert.Equal($"repository root (OpenClaw.Manifests.sln) not found above {deep}", error.Message);

            File.WriteAllText(Path.Combine(root, RepoPaths.Marker), "");
            Assert.Equal(root, RepoPaths.Find(deep));
            File.WriteAllText(Path.Combine(root, "tests", RepoPaths.Marker), "");
            Assert.Equal(Path.Combine(root, "tests"), RepoPaths.Find(deep));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
