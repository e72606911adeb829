using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

public class CliTests
{
    private static string BadRbac => TestTenants.Yaml("bad", "  rbac:\n    extraRules:\n      - {resources: [pods], verbs: [create], resourceNames: [p]}\n");

    [Fact]
    public void Validate_is_clean_on_the_samples()
    {
        var run = CliRun.Of("validate", RepoPaths.Samples);
        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("3 tenant(s)", run.Stdout);
    }

    [Fact]
    public void Validate_prints_compiler_style_diagnostics_and_exits_1()
    {
        using var tmp = new TempTree();
        var file = tmp.Write("bad.yaml", BadRbac);
        var run = CliRun.Of("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file.Replace('\\', '/')}(18,9): error OCM0002: ", run.Stderr);
    }

    [Fact]
    public void Missing_paths_and_bad_usage_exit_2()
    {
        Assert.Equal(2, CliRun.Of("validate", "/nonexistent/tenants").ExitCode);
        Assert.Equal(2, CliRun.Of("render", "/nonexistent.yaml").ExitCode);
        Assert.Equal(2, CliRun.Of("generate", "--no-such-flag").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
    }

    [Fact]
    public void Render_prints_the_manifests_of_a_good_tenant()
    {
        var run = CliRun.Of("render", RepoPaths.Sample("acme"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("---\n# Namespace/org-acme\n", run.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "charts-out", "tenants", "acme", "rendered.yaml")), run.Stdout);
    }

    [Fact]
    public void Render_refuses_a_failing_tenant_with_nothing_on_stdout()
    {
        using var tmp = new TempTree();
        var run = CliRun.Of("render", tmp.Write("bad.yaml", BadRbac));
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("OCM0002", run.Stderr);
    }

    [Fact]
    public void Generate_writes_nothing_when_any_tenant_fails()
    {
        using var tmp = new TempTree();
        tmp.Write("tenants/good.yaml", TestTenants.Yaml("good"));
        tmp.Write("tenants/bad.yaml", BadRbac);
        tmp.Write("out/tenants/old/rendered.yaml", "previous output\n");
        var before = TempTree.Snapshot(tmp.Path("out"));
        var run = CliRun.Of("generate", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing was written", run.Stderr);
        Assert.Equal(before, TempTree.Snapshot(tmp.Path("out")));
    }

    [Fact]
    public void Generate_then_check_is_clean_and_a_stale_file_fails_check_with_a_diff()
    {
        using var tmp = new TempTree();
        tmp.Write("tenants/good.yaml", TestTenants.Yaml("good"));
        var gen = CliRun.Of("generate", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out"));
        Assert.Equal(0, gen.ExitCode);
        Assert.True(File.Exists(tmp.Path("out", "tenants", "good", "rendered.yaml")));
        Assert.Equal(0, CliRun.Of("generate", "--check", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out")).ExitCode);

        var rendered = tmp.Path("out", "tenants", "good", "rendered.yaml");
        File.WriteAllText(rendered, File.ReadAllText(rendered).Replace("replicas: 1", "replicas: 3"));
        var before = TempTree.Snapshot(tmp.Path("out"));
        var check = CliRun.Of("generate", "--check", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out"));
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("-  replicas: 3", check.Stdout);
        Assert.Contains("+  replicas: 1", check.Stdout);
        Assert.Equal(before, TempTree.Snapshot(tmp.Path("out")));
    }

    [Fact]
    public void A_second_generate_with_nothing_changed_touches_no_file()
    {
        using var tmp = new TempTree();
        tmp.Write("tenants/a.yaml", TestTenants.Yaml("a"));
        tmp.Write("tenants/b.yaml", TestTenants.Yaml("b"));
        Assert.Equal(0, CliRun.Of("generate", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out")).ExitCode);
        var first = TempTree.Snapshot(tmp.Path("out"));
        Thread.Sleep(20);
        Assert.Equal(0, CliRun.Of("generate", "--tenants", tmp.Path("tenants"), "--out", tmp.Path("out")).ExitCode);
        Assert.Equal(first, TempTree.Snapshot(tmp.Path("out")));
    }
}
