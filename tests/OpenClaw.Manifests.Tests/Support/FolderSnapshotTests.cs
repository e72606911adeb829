namespace OpenClaw.Manifests.Tests.Support;

/// <summary>
/// The shared folder snapshot the output, CLI, corpus and chart tests compare trees with: each difference it must
/// see, shown on a pair of folders that differ by exactly that.
/// </summary>
public sealed class FolderSnapshotTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-snapshot-").FullName;

    private string Tree(string name, params (string Path, string Text)[] files)
    {
        var root = Path.Combine(_work, name);
        Directory.CreateDirectory(root);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return root;
    }

    [Fact]
    public void Equal_trees_are_equal_and_describe_no_difference()
    {
        var a = FolderSnapshot.Of(Tree("a", ("x.txt", "1"), ("sub/y.txt", "2")));
        var b = FolderSnapshot.Of(Tree("b", ("sub/y.txt", "2"), ("x.txt", "1")));
        Assert.Equal(a, b);
        Assert.Equal("", a.Describe(b));
        Assert.Equal(["sub/y.txt", "x.txt"], a.Paths);
        Assert.Equal("2"u8.ToArray(), a.Files["sub/y.txt"]);
    }

    [Fact]
    public void A_changed_byte_a_missing_and_an_extra_file_are_differences_named_by_path()
    {
        var expected = FolderSnapshot.Of(Tree("expected", ("same.txt", "s"), ("changed.txt", "old"), ("gone.txt", "g")));
        var actual = FolderSnapshot.Of(Tree("actual", ("same.txt", "s"), ("changed.txt", "olD"), ("new.txt", "n")));
        Assert.NotEqual(expected, actual);
        Assert.Equal("missing: gone.txt; extra: new.txt; differ: changed.txt", actual.Describe(expected));
    }

    [Fact]
    public void An_empty_folder_counts_only_when_folders_are_asked_for()
    {
        var plain = Tree("plain", ("a.txt", "a"));
        var withLeftover = Tree("leftover", ("a.txt", "a"));
        Directory.CreateDirectory(Path.Combine(withLeftover, ".out.staging-1"));
        Assert.Equal(FolderSnapshot.Of(plain), FolderSnapshot.Of(withLeftover));
        Assert.Equal("missing: ; extra: .out.staging-1; differ: ",
            FolderSnapshot.Of(withLeftover, folders: true).Describe(FolderSnapshot.Of(plain, folders: true)));
    }

    [Fact]
    public void A_rewrite_with_the_same_bytes_counts_only_when_times_are_asked_for()
    {
        var dir = Tree("rewritten", ("a.txt", "a"));
        var (bytes, timed) = (FolderSnapshot.Of(dir), FolderSnapshot.Of(dir, times: true));
        File.SetLastWriteTimeUtc(Path.Combine(dir, "a.txt"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        Assert.Equal(bytes, FolderSnapshot.Of(dir));
        Assert.NotEqual(timed, FolderSnapshot.Of(dir, times: true));
        Assert.Contains("a.txt: 1 bytes modified 2001-02-03T04:05:06", FolderSnapshot.Of(dir, times: true).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_empty()
    {
        var missing = FolderSnapshot.Of(Path.Combine(_work, "never-created"));
        Assert.Empty(missing.Paths);
        Assert.Equal(missing, FolderSnapshot.Of(Tree("empty")));
        Assert.NotEqual(missing, FolderSnapshot.Of(Tree("one", ("a.txt", ""))));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
