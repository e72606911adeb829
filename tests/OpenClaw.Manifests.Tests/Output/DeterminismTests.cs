using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Output;

/// <summary>
/// Same input, same bytes: whatever the culture, time zone or order the tenant files are named in.
/// Each run is a separate process, so culture and time zone come from the environment as in CI.
/// </summary>
public class DeterminismTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-det-").FullName;

    private FolderSnapshot Generate(string name, IReadOnlyDictionary<string, string>? env, params string[] tenantArgs)
    {
        var outDir = Path.Combine(_work, name);
        string[] args = ["generate", "--settings", Path.Combine(RepoPaths.Root, "samples", "platform.yaml"), "--out", outDir, "--tenants", .. tenantArgs];
        var (code, output) = CliRunner.RunProcess(RepoPaths.Root, env, args);
        Assert.True(code == 0, output);
        return FolderSnapshot.Of(outDir);
    }

    [Fact]
    public void Culture_time_zone_and_file_order_do_not_change_a_byte()
    {
        var files = Directory.GetFiles(RepoPaths.Samples, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        var baseline = Generate("baseline", new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8", ["TZ"] = "UTC" }, files);
        var variants = new (string Name, Dictionary<string, string> Env, string[] Files)[]
        {
            ("tr", new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Europe/Istanbul" }, files),
            ("de", new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "Pacific/Chatham" }, files.Reverse().ToArray()),
            ("folder", new() { ["TZ"] = "America/St_Johns" }, [RepoPaths.Samples]),
        };
        foreach (var (name, env, order) in variants)
        {
            var tree = Generate(name, env, order);
            Assert.True(baseline.Equals(tree), $"{name}: {tree.Describe(baseline)}");
        }
        // The committed output is the same tree again.
        Assert.True(baseline.Equals(FolderSnapshot.Of(Path.Combine(RepoPaths.Root, "charts-out"))));
    }

    [Fact]
    public void Output_has_lf_line_endings_and_no_timestamps()
    {
        var tree = FolderSnapshot.Of(Path.Combine(RepoPaths.Root, "charts-out"));
        var today = DateTime.UtcNow;
        foreach (var (path, bytes) in tree.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.False(text.Length > 0 && text[^1] != '\n', $"{path} does not end with a newline");
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
