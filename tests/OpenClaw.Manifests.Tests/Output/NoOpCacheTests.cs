using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Streaming;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Output;

/// <summary>
/// Plain <c>generate</c>'s no-op cache (issue #17, target 3): a tenant whose file, settings, severities and generator
/// are the same and whose output folder still stats the same is not parsed or rendered again. It may only ever save
/// work: the tree is the one a cache-less run writes, its findings are reported the same, a damaged or outdated cache is
/// ignored, and <c>--check</c> trusts neither the cache nor the output folder. Each run is a child process with its own
/// XDG_CACHE_HOME under the test's folder.
/// </summary>
public class NoOpCacheTests : IDisposable
{
    private const string FromCache = "not rendered again";

    private readonly string _work = Directory.CreateTempSubdirectory("ocm-cache-").FullName;

    public NoOpCacheTests()
    {
        Directory.CreateDirectory(Tenants);
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.yaml"))
            File.Copy(file, Path.Combine(Tenants, Path.GetFileName(file)));
        File.Copy(Path.Combine(RepoPaths.Root, "samples", "platform.yaml"), Settings);
    }

    private string Tenants => Path.Combine(_work, "tenants");

    private string Out => Path.Combine(_work, "out");

    private string Settings => Path.Combine(_work, "platform.yaml");

    private string CacheHome => Path.Combine(_work, "xdg-cache");

    private CliResult Generate(params string[] extra) => GenerateInto(Out, extra);

    private CliResult GenerateInto(string outDir, params string[] extra)
    {
        var env = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = CacheHome, [NoOpCache.DisableVariable] = "0" };
        return CliRunner.RunProcess(_work, env, ["generate", "--tenants", Tenants, "--settings", Settings, "--out", outDir, .. extra]);
    }

    private static CliResult Ok(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        return r;
    }

    private string CacheFile => NoOpCache.FileIn(CacheHome, Out);

    [Fact]
    public void Check_catches_a_tampered_output_and_a_tampered_cache_that_plain_generate_trusts()
    {
        // --check neither reads nor writes the cache.
        Assert.Equal(1, GenerateInto(Out, "--check").ExitCode);
        Assert.False(Directory.Exists(CacheHome));
        Ok(Generate());
        Assert.True(File.Exists(CacheFile));
        Assert.Contains(FromCache, Ok(Generate()).Stdout);

        // A same-size edit with the old time: plain generate believes the stat (as make does), --check does not.
        var file = Path.Combine(Out, "tenants", "acme", "rendered.yaml");
        var text = HandEdit.SameSizeKeepingTime(file);
        Assert.Contains("0 added, 0 changed, 0 removed", Ok(Generate()).Stdout);
        var check = Generate("--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changed: tenants/acme/rendered.yaml", check.Stderr);
        Assert.Contains("+  replicas: 1", check.Stdout);
        Assert.Contains("is stale: 0 added, 1 changed, 0 removed", check.Stderr);
        File.WriteAllText(file, text);
        Ok(Generate());

        // A deleted file, and a cache edited to say the folder never had it.
        File.Delete(Path.Combine(Out, "tenants", "globex", "values.yaml"));
        var cache = JsonNode.Parse(File.ReadAllText(CacheFile))!;
        var globex = cache["Tenants"]!.AsArray().Single(t => (string)t!["Name"]! == "globex")!["Files"]!.AsArray();
        globex.Remove(globex.Single(f => (string)f!["Name"]! == "values.yaml"));
        File.WriteAllText(CacheFile, cache.ToJsonString());
        Assert.Contains("0 added, 0 changed, 0 removed", Ok(Generate()).Stdout);
        check = Generate("--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("added:   tenants/globex/values.yaml", check.Stderr);
        Ok(Generate("--no-cache"));
        Ok(Generate("--check"));
    }

    [Fact]
    public void A_warm_run_after_one_tenant_changes_writes_the_tree_of_a_cold_run_without_cache()
    {
        Ok(Generate());
        var edited = Path.Combine(Tenants, "globex.yaml");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("domain: globex.example.com", "domain: globex2.example.com", StringComparison.Ordinal));

        var warm = Ok(Generate());
        Assert.Contains("(5 tenant(s) " + FromCache, warm.Stdout);
        Assert.Contains("changed: tenants/globex/rendered.yaml", warm.Stdout);
        var cold = Ok(GenerateInto(Path.Combine(_work, "cold"), "--no-cache"));
        Assert.DoesNotContain(FromCache, cold.Stdout);
        var (a, b) = (FolderSnapshot.Of(Out), FolderSnapshot.Of(Path.Combine(_work, "cold")));
        Assert.True(a.Equals(b), a.Describe(b));
        Assert.Contains("(6 tenant(s) " + FromCache, Ok(Generate()).Stdout);
    }

    [Fact]
    public void A_damaged_cache_is_ignored_and_replaced()
    {
        Ok(Generate());
        var good = File.ReadAllText(CacheFile);
        var key = good[good.IndexOf("\"Key\":\"", StringComparison.Ordinal)..][..72];
        var damages = new[]
        {
            "{not json", "", good[..(good.Length / 2)],
            good.Replace(key, "\"Key\":\"" + new string('0', 64) + "\"", StringComparison.Ordinal),
            good.Replace("\"Name\":\"acme\"", "\"Name\":null", StringComparison.Ordinal),
            good.Replace("\"Files\":", "\"Filez\":", StringComparison.Ordinal),
        };
        foreach (var damaged in damages)
        {
            Assert.NotEqual(good, damaged);
            File.WriteAllText(CacheFile, damaged);
            var run = Ok(Generate());
            Assert.Contains("0 added, 0 changed, 0 removed", run.Stdout);
            Assert.DoesNotContain(FromCache, run.Stdout);
            Assert.Contains(FromCache, Ok(Generate()).Stdout);
        }
    }

    [Fact]
    public void Changed_settings_or_severities_or_the_switch_invalidate_or_skip_it()
    {
        Ok(Generate());
        Assert.Contains(FromCache, Ok(Generate()).Stdout);
        Assert.DoesNotContain(FromCache, Ok(Generate("--severity", "OCM0004=warning")).Stdout);
        Assert.DoesNotContain(FromCache, Ok(Generate()).Stdout);
        File.AppendAllText(Settings, "# the same settings, other bytes\n");
        Assert.DoesNotContain(FromCache, Ok(Generate()).Stdout);
        Assert.Contains(FromCache, Ok(Generate()).Stdout);
        Assert.DoesNotContain(FromCache, Ok(Generate("--no-cache")).Stdout);

        var env = new Dictionary<string, string> { ["XDG_CACHE_HOME"] = CacheHome, [NoOpCache.DisableVariable] = "1" };
        var off = CliRunner.RunProcess(_work, env, "generate", "--tenants", Tenants, "--settings", Settings, "--out", Path.Combine(_work, "other"));
        Assert.Equal(0, off.ExitCode);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(CacheFile)!));
    }

    [Fact]
    public void Warnings_are_reported_the_same_by_a_run_from_the_cache()
    {
        // A load-time warning (OCM0004 lowered) and render-time ones (OCM0012, egress not acknowledged).
        File.WriteAllText(Path.Combine(Tenants, "wild.yaml"), TestTenants.Yaml("wild", "  rbac:\n    extraRules:\n      - {apiGroups: [\"\"], resources: [\"*\"], verbs: [get]}\n"));
        var open = TestTenants.Yaml("open");
        File.WriteAllText(Path.Combine(Tenants, "open.yaml"), open[..open.LastIndexOf("  network:", StringComparison.Ordinal)]);
        static List<string> Warnings(CliResult r) => (r.Stdout + r.Stderr).Split('\n').Where(l => l.Contains("warning OCM", StringComparison.Ordinal)).ToList();

        var cold = Ok(Generate("--severity", "OCM0004=warning"));
        var warm = Ok(Generate("--severity", "OCM0004=warning"));
        Assert.Contains("(8 tenant(s) " + FromCache, warm.Stdout);
        Assert.Contains(Warnings(cold), w => w.Contains("wild.yaml(", StringComparison.Ordinal) && w.Contains("warning OCM0004", StringComparison.Ordinal));
        Assert.Contains(Warnings(cold), w => w.Contains("warning OCM0012", StringComparison.Ordinal));
        Assert.Equal(Warnings(cold), Warnings(warm));
    }

    [Fact]
    public void A_hand_edit_that_changes_a_size_is_put_right_by_plain_generate()
    {
        Ok(Generate());
        var file = Path.Combine(Out, "tenants", "acme", "rendered.yaml");
        var text = File.ReadAllText(file);
        File.AppendAllText(file, "# hand-written\n");
        File.WriteAllText(Path.Combine(Out, "tenants", "hooli", "notes.yaml"), "hand-written: true\n");

        var run = Ok(Generate());
        Assert.Contains("changed: tenants/acme/rendered.yaml", run.Stdout);
        Assert.Contains("removed: tenants/hooli/notes.yaml", run.Stdout);
        Assert.Contains("(4 tenant(s) " + FromCache, run.Stdout);
        Assert.Equal(text, File.ReadAllText(file));
        Ok(Generate("--check"));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
