using System.Diagnostics;
using OpenClaw.Manifests.Docs;
using OpenClaw.Manifests.Tests.Cli;
using OpenClaw.Manifests.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>
/// The README's CI recipes, run as written against two commits of a temporary git repository: the GitHub Actions
/// workflow's "Change summary" step with bash as the runner starts it, and the GitLab job's diff lines. The built
/// command line stands in for the restored dotnet tool: a <c>dotnet</c> first on PATH runs it for
/// <c>dotnet openclaw-manifests</c> and passes everything else to the real dotnet.
/// </summary>
public class DiffRecipeTests
{
    private static string Recipe(string marker)
        => DocSnippet.Parse("README.md", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).Single(b => b.Language == "yaml" && b.Code.Contains(marker, StringComparison.Ordinal)).Code;

    private static YamlNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    // Two commits: the base output, then the head output; returns the base commit.
    private static string Repository(TempTree dir, (Generation.FileTree Base, Generation.FileTree Head) trees)
    {
        DiffGit.Init(dir.Root);
        DiffTrees.WriteTo(trees.Base, dir.Path("charts-out"));
        DiffGit.Commit(dir.Root, "base");
        var baseCommit = DiffGit.Run(dir.Root, "rev-parse", "HEAD").Trim();
        Directory.Delete(dir.Path("charts-out"), recursive: true);
        DiffTrees.WriteTo(trees.Head, dir.Path("charts-out"));
        DiffGit.Commit(dir.Root, "head");
        return baseCommit;
    }

    private static (int ExitCode, string Output) Bash(TempTree dir, string script, IReadOnlyDictionary<string, string> env)
    {
        var shim = dir.Write("shim/dotnet", $"""
            #!/usr/bin/env bash
            if [ "$1" = openclaw-manifests ]; then shift; exec '{RealDotnet()}' '{CliRunner.Dll}' "$@"; fi
            exec '{RealDotnet()}' "$@"

            """);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var file = dir.Write("step.sh", script);
        // How GitHub's runner starts a bash step: bash --noprofile --norc -eo pipefail {0}
        var psi = new ProcessStartInfo("bash") { WorkingDirectory = dir.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--noprofile", "--norc", "-eo", "pipefail", file }) psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = Path.GetDirectoryName(shim) + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException(script); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RealDotnet()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "dotnet")).First(File.Exists);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_GitHub_Actions_step_writes_the_job_summary_and_says_whether_a_change_is_security_relevant(bool widening)
    {
        using var dir = new TempTree();
        Repository(dir, widening ? DiffScenarios.RbacWidened() : DiffScenarios.DefaultChangedForAll());
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)Yaml(Recipe("GITHUB_STEP_SUMMARY")))["jobs"]).Children.Values.Single())["steps"];
        var step = steps.Cast<YamlMappingNode>().Single(s => s.Children.TryGetValue("name", out var n) && n.ToString() == "Change summary");
        var summary = dir.Write("summary.md", "");
        var outputs = dir.Write("outputs.txt", "");
        var (code, output) = Bash(dir, step["run"].ToString(), new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary, ["GITHUB_OUTPUT"] = outputs });
        Assert.True(code == 0, output);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("## OpenClaw change summary", text, StringComparison.Ordinal);
        Assert.Contains("`HEAD^1` → `charts-out`", text, StringComparison.Ordinal);
        Assert.Equal(widening, text.Contains("OCM0201", StringComparison.Ordinal));
        if (!widening) Assert.Contains("IDLE_TIMEOUT_MINUTES", text, StringComparison.Ordinal);
        Assert.Equal($"security={(widening ? "true" : "false")}\n", File.ReadAllText(outputs));
    }

    [Fact]
    public void The_GitLab_job_diffs_against_the_merge_base_and_fails_on_security()
    {
        using var dir = new TempTree();
        var baseCommit = Repository(dir, DiffScenarios.RbacWidened());
        var script = ((YamlSequenceNode)((YamlMappingNode)Yaml(Recipe("CI_MERGE_REQUEST_DIFF_BASE_SHA")))["change-summary"]["script"]).Select(n => n.ToString()).ToList();
        var diffs = script.Where(l => l.StartsWith("dotnet openclaw-manifests diff", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, diffs.Count);
        var env = new Dictionary<string, string> { ["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = baseCommit };
        var results = diffs.Select(l => Bash(dir, l + "\n", env).ExitCode).ToList();
        Assert.Equal([0, 0, 1], results);
        Assert.Contains("OCM0201", File.ReadAllText(dir.Path("diff.md")), StringComparison.Ordinal);
        Assert.Contains("\"securityRelevant\": true", File.ReadAllText(dir.Path("diff.json")), StringComparison.Ordinal);
    }
}
