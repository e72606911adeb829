namespace OpenClaw.Manifests.CorpusTests;

/// <summary>The corpus itself: complete, readable, and as large as issue 7 asks.</summary>
public sealed class CorpusShapeTests
{
    [Fact]
    public void Every_bad_file_has_an_expect_file_and_every_expect_file_a_bad_file()
    {
        var yaml = Directory.EnumerateFiles(Corpus.Bad, "*.yaml").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var expect = Directory.EnumerateFiles(Corpus.Bad, "*.expect").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Empty(yaml.Except(expect));
        Assert.Empty(expect.Except(yaml));
        Assert.DoesNotContain(Directory.EnumerateFiles(Corpus.Bad), f => !f.EndsWith(".yaml", StringComparison.Ordinal) && !f.EndsWith(".expect", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_expect_file_parses_and_there_are_at_least_60_bad_files()
    {
        var cases = Corpus.BadFileNames().Select(Corpus.BadFile).ToList();
        Assert.True(cases.Count >= 60, $"{cases.Count} bad files");
        Assert.All(cases, c => Assert.NotEmpty(c.Description));
    }

    [Fact]
    public void Every_bad_set_has_two_or_more_tenant_files_and_an_expectation_naming_one_of_them()
    {
        var names = Corpus.BadSetNames().ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var c = Corpus.BadSet(name);
            var files = Directory.EnumerateFiles(c.InputPath, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(c.InputPath, f).Replace('\\', '/')).ToHashSet();
            Assert.True(files.Count >= 2, name);
            Assert.All(c.Expected, e => Assert.Contains(e.File!, files));
        }
    }

    [Fact]
    public void A_malformed_expectation_is_refused_rather_than_ignored()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# comment\nOCM9999 1:1\n");
            Assert.Throws<FormatException>(() => Corpus.Parse("x", "x.yaml", file, allowFiles: false));
            File.WriteAllText(file, "# only a comment\n");
            Assert.Throws<FormatException>(() => Corpus.Parse("x", "x.yaml", file, allowFiles: false));
            File.WriteAllText(file, "OCM0101 12\n");
            Assert.Throws<FormatException>(() => Corpus.Parse("x", "x.yaml", file, allowFiles: false));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
