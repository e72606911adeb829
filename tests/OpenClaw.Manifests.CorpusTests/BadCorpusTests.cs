namespace OpenClaw.Manifests.CorpusTests;

/// <summary>Every committed bad case: tests/corpus/bad/*.yaml and tests/corpus/bad-sets/*/.</summary>
public sealed class BadCorpusTests
{
    public static TheoryData<string> BadFiles() => new(Corpus.BadFileNames());

    public static TheoryData<string> BadSets() => new(Corpus.BadSetNames());

    [Theory]
    [MemberData(nameof(BadFiles))]
    public Task Bad_file_is_rejected_where_its_expect_file_says(string name)
        => Rejection.AssertRejectedAsync(Corpus.BadFile(name));

    [Theory]
    [MemberData(nameof(BadSets))]
    public Task Bad_set_is_rejected_where_its_expect_file_says(string name)
        => Rejection.AssertRejectedAsync(Corpus.BadSet(name));
}
