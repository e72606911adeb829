using System.Diagnostics;
using System.Globalization;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Tests.Cli;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Output;

/// <summary>
/// Several <c>generate</c> runs at once into one output folder (a build target and a developer's
/// command overlapping, two CI jobs sharing a workspace), half with one tenant set and half with
/// another, as separate processes of the built command line. Every round proves the four promises:
/// each run completes or exits 3 with the documented message; none prints a stack trace; the final
/// tree is exactly one set's complete output (<c>generate --check</c> passes for one set and fails for
/// the other); no run loses its staging folder to another's clean-up (it would fail with exit 2).
/// </summary>
public class ConcurrentRunsTests : IDisposable
{
    /// <summary>Rounds of <see cref="Parallel"/> runs; CI sets 50 (.ci/run), the default keeps a local run short.</summary>
    public const string RoundsVariable = "OCM_CONCURRENCY_ROUNDS";

    private const int Parallel = 8;
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-concurrent-").FullName;

    private string Dir(string name) => Path.Combine(_work, name);

    private static string Settings => Path.Combine(RepoPaths.Root, "samples", "platform.yaml");

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable(RoundsVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5;

    /// <summary>Set "a" is three tenants on one model, set "b" four on another: they differ in changed and in extra files.</summary>
    private string TenantSet(string set, int count)
    {
        var dir = Dir("tenants-" + set);
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"t{i}.yaml"), TestTenants.Yaml($"t{i}").Replace("  llm:\n", $"  llm:\n    defaultModel: model-{set}\n", StringComparison.Ordinal));
        return dir;
    }

    private static ProcessStartInfo Generate(string tenants, string outDir, IReadOnlyDictionary<string, string>? env = null)
        => CliRunner.StartInfo(RepoPaths.Root, env, "generate", "--tenants", tenants, "--settings", Settings, "--out", outDir);

    [Fact]
    public void Parallel_runs_with_two_tenant_sets_leave_one_sets_complete_tree()
    {
        var a = TenantSet("a", 3);
        var b = TenantSet("b", 4);
        var (refA, refB) = (Dir("ref-a"), Dir("ref-b"));
        Assert.Equal(0, CliRunner.RunProcess(RepoPaths.Root, null, "generate", "--tenants", a, "--settings", Settings, "--out", refA).ExitCode);
        Assert.Equal(0, CliRunner.RunProcess(RepoPaths.Root, null, "generate", "--tenants", b, "--settings", Settings, "--out", refB).ExitCode);
        var (treeA, treeB) = (FolderSnapshot.Of(refA), FolderSnapshot.Of(refB));
        Assert.False(treeA.Equals(treeB));

        var outDir = Dir("out");
        var finals = new HashSet<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var runs = Enumerable.Range(0, Parallel).Select(i => Process.Start(Generate(i % 2 == 0 ? a : b, outDir))!).ToList();
            var results = runs.Select(p =>
            {
                var stdout = p.StandardOutput.ReadToEndAsync();
                var stderr = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(TimeSpan.FromMinutes(5))) p.Kill(entireProcessTree: true);
                return (Code: p.ExitCode, Output: stdout.Result + stderr.Result);
            }).ToList();
            runs.ForEach(p => p.Dispose());

            foreach (var (code, output) in results)
            {
                Assert.DoesNotContain("Unhandled exception", output);
                Assert.DoesNotContain("   at ", output);
                // 0: written (or already up to date); 3: waited for the lock too long (only on a badly overloaded machine).
                Assert.True(code == 0 || (code == 3 && output.Contains("another generate holds", StringComparison.Ordinal)), $"round {round}: exit {code}\n{output}");
            }
            var after = FolderSnapshot.Of(outDir);
            var isA = after.Equals(treeA);
            var isB = after.Equals(treeB);
            Assert.True(isA || isB, $"round {round}: a mixed tree; against a: {after.Describe(treeA)}; against b: {after.Describe(treeB)}");
            // The user's own check agrees: up to date for exactly one of the two sets.
            var checkA = CliRunner.Run("generate", "--check", "--tenants", a, "--settings", Settings, "--out", outDir).ExitCode;
            var checkB = CliRunner.Run("generate", "--check", "--tenants", b, "--settings", Settings, "--out", outDir).ExitCode;
            Assert.Equal((isA ? 0 : 1, isB ? 0 : 1), (checkA, checkB));
            Assert.Empty(Directory.GetDirectories(_work, ".out.*"));
            finals.Add(isA ? "a" : "b");
        }
        Assert.NotEmpty(finals);
    }

    [Fact]
    public void A_run_that_cannot_get_the_lock_exits_3_saying_so_and_writes_nothing()
    {
        var a = TenantSet("a", 1);
        var outDir = Dir("out");
        Assert.Equal(0, CliRunner.RunProcess(RepoPaths.Root, null, "generate", "--tenants", a, "--settings", Settings, "--out", outDir).ExitCode);
        var before = FolderSnapshot.Of(outDir);
        var b = TenantSet("b", 2);
        using (OutputLock.Acquire(outDir))
        {
            var env = new Dictionary<string, string> { [OutputLock.WaitVariable] = "1" };
            var (code, output) = CliRunner.RunProcess(RepoPaths.Root, env, "generate", "--tenants", b, "--settings", Settings, "--out", outDir);
            Assert.Equal(3, code);
            Assert.Contains($"error: another generate holds {outDir} (lock {OutputLock.PathFor(outDir)}); waited 1", output);
            Assert.Contains("nothing was written", output);
            Assert.DoesNotContain("   at ", output);
        }
        Assert.True(FolderSnapshot.Of(outDir).Equals(before));
        // Released, the same run goes through.
        Assert.Equal(0, CliRunner.RunProcess(RepoPaths.Root, null, "generate", "--tenants", b, "--settings", Settings, "--out", outDir).ExitCode);
    }

    [Fact]
    public void The_lock_is_released_when_its_holder_is_killed()
    {
        var outDir = Dir("out");
        var lockFile = OutputLock.PathFor(outDir);
        // flock(1) holds the same kind of lock as OutputLock (flock(2) on the same file) until it is killed.
        var psi = new ProcessStartInfo("flock", ["--exclusive", lockFile, "sleep", "60"]) { RedirectStandardOutput = true };
        using var holder = Process.Start(psi)!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(lockFile) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Thread.Sleep(200);
        Assert.Throws<OutputBusyException>(() => OutputLock.Acquire(outDir, TimeSpan.FromMilliseconds(300)).Dispose());
        holder.Kill(entireProcessTree: true);
        holder.WaitForExit();
        using var held = OutputLock.Acquire(outDir, TimeSpan.FromSeconds(5));
        Assert.Equal(OutputLock.Normalize(outDir), held.Root);
    }

    [Fact]
    public void Clean_up_removes_staging_folders_of_dead_owners_only()
    {
        var outDir = Dir("out");
        Directory.CreateDirectory(outDir);
        // Live: this process, under the name a run of it would use.
        var live = Dir(StagingOwner.NewName("out"));
        // Dead: a process that has exited.
        using var child = Process.Start(new ProcessStartInfo("sleep", ["30"]))!;
        var childStart = new DateTimeOffset(child.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
        child.Kill();
        child.WaitForExit();
        var dead = Dir($".out.staging-{child.Id}-{childStart}-1");
        // Reused pid: this process's id with another start time.
        var reused = Dir($".out.staging-{Environment.ProcessId}-{childStart - 3_600_000}-1");
        foreach (var d in new[] { live, dead, reused }) Directory.CreateDirectory(d);

        AtomicTreeWriter.RecoverInterrupted(OutputLock.Normalize(outDir));

        Assert.True(Directory.Exists(live), "a live owner's staging folder was deleted");
        Assert.False(Directory.Exists(dead), "a dead owner's staging folder was kept");
        Assert.False(Directory.Exists(reused), "a folder whose pid was reused by a later process was kept");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
