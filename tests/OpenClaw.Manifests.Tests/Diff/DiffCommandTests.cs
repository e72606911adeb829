using OpenClaw.Manifests.Tests.Cli;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary><c>openclaw-manifests diff</c> in process: exit codes, formats, and refusals naming file, line, column and rule.</summary>
public class DiffCommandTests
{
    private static (TempTree Dir, string Base, string Head) Trees((Generation.FileTree Base, Generation.FileTree Head) trees)
    {
        var dir = new TempTree();
        return (dir, DiffTrees.WriteTo(trees.Base, dir.Path("base")), DiffTrees.WriteTo(trees.Head, dir.Path("head")));
    }

    [Fact]
    public void Exit_0_either_way_and_1_with_fail_on_security_when_a_change_widens()
    {
        var (dir, @base, head) = Trees(DiffScenarios.RbacWidened());
        using var _ = dir;
        var plain = CliRunner.Run("diff", "--base-dir", @base, "--out", head);
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("OCM0201", plain.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("diff", "--base-dir", @base, "--out", head, "--fail-on", "security").ExitCode);
        Assert.Equal(0, CliRunner.Run("diff", "--base-dir", @base, "--out", @base, "--fail-on", "security").ExitCode);
    }

    [Fact]
    public void A_tightening_alone_does_not_fail_on_security()
    {
        var (dir, @base, head) = Trees(DiffScenarios.EgressCidrNarrowed());
        using var _ = dir;
        var run = CliRunner.Run("diff", "--base-dir", @base, "--out", head, "--fail-on", "security", "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tightening NetworkPolicy/openclaw-runtime", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_goes_to_stdout_as_one_document()
    {
        var (dir, @base, head) = Trees(DiffScenarios.TenantAddedAndRemoved());
        using var _ = dir;
        var run = CliRunner.Run("diff", "--base-dir", @base, "--out", head, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)!;
        Assert.Equal(["initech"], json["tenants"]!["added"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.True(json["securityRelevant"]!.GetValue<bool>());
    }

    [Fact]
    public void Base_and_base_dir_together_are_refused()
    {
        var run = CliRunner.Run("diff", "--base", "HEAD", "--base-dir", ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base and --base-dir contradict each other", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_in_a_later_document_is_reported_at_its_line_and_column()
    {
        var (dir, @base, head) = Trees(DiffScenarios.RbacWidened());
        using var _ = dir;
        var file = Path.Combine(head, "tenants", "acme", "rendered.yaml");
        var lines = File.ReadAllLines(file).ToList();
        var at = lines.FindIndex(l => l == "kind: Service");
        lines.Insert(at + 1, "kind: Service");
        File.WriteAllLines(file, lines);
        var run = CliRunner.Run("diff", "--base-dir", @base, "--out", head);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"tenants/acme/rendered.yaml({at + 2},1): error OCM0104: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_document_that_is_no_object_is_reported_at_its_line()
    {
        var (dir, @base, head) = Trees(DiffScenarios.RbacWidened());
        using var _ = dir;
        var file = Path.Combine(head, "tenants", "acme", "rendered.yaml");
        var before = File.ReadAllLines(file).Length;
        File.AppendAllText(file, "---\n- just\n- a list\n");
        var run = CliRunner.Run("diff", "--base-dir", @base, "--out", head);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"tenants/acme/rendered.yaml({before + 2},1): error OCM0100: not a Kubernetes object", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_in_a_tree_is_refused()
    {
        var (dir, @base, head) = Trees(DiffScenarios.RbacWidened());
        using var _ = dir;
        var file = Path.Combine(head, "tenants", "acme", "rendered.yaml");
        File.Delete(file);
        File.CreateSymbolicLink(file, Path.Combine(@base, "tenants", "acme", "rendered.yaml"));
        var run = CliRunner.Run("diff", "--base-dir", @base, "--out", head);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rendered.yaml: a symbolic link", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_git_does_not_know_is_reported_with_gits_own_message()
    {
        using var dir = new TempTree();
        DiffGit.Init(dir.Root);
        DiffTrees.WriteTo(DiffScenarios.RbacWidened().Base, dir.Path("charts-out"));
        DiffGit.Commit(dir.Root, "base");
        var run = CliRunner.Run("diff", "--base", "no-such-branch", "--out", dir.Path("charts-out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("git archive no-such-branch:charts-out failed", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("diff", "--base", "--upload-pack=x", "--out", dir.Path("charts-out")).ExitCode);
    }

    [Fact]
    public void The_base_comes_from_the_committed_output_at_a_ref()
    {
        using var dir = new TempTree();
        DiffGit.Init(dir.Root);
        var (@base, head) = DiffScenarios.RbacWidened();
        DiffTrees.WriteTo(@base, dir.Path("charts-out"));
        DiffGit.Commit(dir.Root, "base");
        Directory.Delete(dir.Path("charts-out"), recursive: true);
        DiffTrees.WriteTo(head, dir.Path("charts-out"));
        // The working tree against HEAD: what a developer sees before committing.
        var run = CliRunner.Run("diff", "--out", dir.Path("charts-out"), "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("HEAD → ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("widening Role/openclaw-controller: gained pods/exec create — tenant globex", run.Stdout, StringComparison.Ordinal);
    }
}
