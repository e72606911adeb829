using OpenClaw.Manifests.Loading;

namespace OpenClaw.Manifests.CorpusTests;

/// <summary>
/// The good twins: near neighbours of bad cases that must pass, so the corpus proves the rules are precise
/// and not that everything fails.
/// </summary>
public sealed class GoodCorpusTests
{
    public static TheoryData<string> GoodInputs() => new(
        Directory.EnumerateFiles(Corpus.Good, "*.yaml").Select(f => "good/" + Path.GetFileName(f))
            .Concat(Directory.EnumerateDirectories(Corpus.GoodSets).Select(d => "good-sets/" + Path.GetFileName(d)))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(GoodInputs))]
    public async Task Good_twin_passes_validate_and_generates(string relative)
    {
        var path = RepoPaths.Corpus.Replace('\\', '/') + "/" + relative;
        await AssertAcceptedAsync(path);
    }

    internal static async Task AssertAcceptedAsync(string path)
    {
        var set = TenantLoader.Load([path]);
        Assert.True(set.IsClean, string.Join("\n", set.Diagnostics));
        Assert.Equal(set.Files.Count, set.Tenants.Count);

        var validate = await CliRunner.RunAsync("validate", path);
        Assert.True(validate.ExitCode == 0 && validate.Crash is null, validate.ToString());

        var parent = Path.Combine(Path.GetTempPath(), "ocm-corpus-good-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Path.Combine(parent, "charts-out");
            var generate = await CliRunner.RunAsync(Corpus.GenerateArgs(path, output));
            Assert.True(generate.ExitCode == 0 && generate.Crash is null, generate.ToString());
            foreach (var t in set.Tenants)
                Assert.True(Directory.Exists(Path.Combine(output, "tenants", t.Tenant.Name.Value)), $"no output for tenant {t.Tenant.Name.Value}");
        }
        finally
        {
            if (Directory.Exists(parent)) Directory.Delete(parent, recursive: true);
        }
    }
}
