using System.Diagnostics;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Output;

/// <summary>
/// An interrupted generate leaves the previous output or the complete new one, never a mix: killed at
/// random moments, out of disk space in the middle of a file, or failing just before the swap.
/// </summary>
public class CrashSafetyTests : IDisposable
{
    private const int Tenants = 120;
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-crash-").FullName;

    private string Dir(string name) => Path.Combine(_work, name);

    private void WriteTenants(string dir, string model)
    {
        Directory.CreateDirectory(dir);
        for (var i = 0; i < Tenants; i++)
            File.WriteAllText(Path.Combine(dir, $"t{i:D3}.yaml"), TestTenants.Yaml($"t{i:D3}", $"  controller: {{replicas: 1}}\n").Replace("  llm:\n", $"  llm:\n    defaultModel: {model}\n", StringComparison.Ordinal));
    }

    private CliResult Generate(string tenants, string outDir, IReadOnlyDictionary<string, string>? env = null)
        => CliRunner.RunProcess(RepoPaths.Root, env, "generate", "--tenants", tenants, "--out", outDir);

    /// <summary>The complete trees for the old and the new tenants, generated without interruption.</summary>
    private (FolderSnapshot Old, FolderSnapshot New) Reference()
    {
        WriteTenants(Dir("old"), "model-a");
        WriteTenants(Dir("new"), "model-b");
        Assert.Equal(0, Generate(Dir("old"), Dir("ref-old")).ExitCode);
        Assert.Equal(0, Generate(Dir("new"), Dir("ref-new")).ExitCode);
        return (FolderSnapshot.Of(Dir("ref-old")), FolderSnapshot.Of(Dir("ref-new")));
    }

    [Fact]
    public void Killed_at_any_moment_the_output_is_old_or_new_never_a_mix()
    {
        var (old, @new) = Reference();
        Assert.False(old.Equals(@new));
        var random = new Random(20261123);
        var sawOld = false;
        var sawNew = false;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var outDir = Dir($"out{attempt}");
            CopyTree(Dir("ref-old"), outDir);
            using var p = Process.Start(CliRunner.StartInfo(RepoPaths.Root, null, "generate", "--tenants", Dir("new"), "--out", outDir))!;
            Thread.Sleep(random.Next(50, 2500));
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
            var after = FolderSnapshot.Of(outDir);
            var isOld = after.Equals(old);
            var isNew = after.Equals(@new);
            Assert.True(isOld || isNew, $"attempt {attempt}: a mix of old and new: {after.Describe(@new)}");
            sawOld |= isOld;
            sawNew |= isNew;
            // The next run finishes the job and clears what the killed one left beside the folder.
            Assert.Equal(0, Generate(Dir("new"), outDir).ExitCode);
            Assert.True(FolderSnapshot.Of(outDir).Equals(@new));
            Assert.Empty(Directory.GetDirectories(_work, $".out{attempt}.*"));
        }
        Assert.True(sawOld || sawNew);
    }

    [Fact]
    public void Disk_full_in_the_middle_of_a_file_leaves_the_previous_output()
    {
        var (old, _) = Reference();
        CopyTree(Dir("ref-old"), Dir("out"));
        var before = FolderSnapshot.Of(Dir("out"), times: true);
        // RLIMIT_FSIZE: any write past 8 KiB fails (EFBIG, or SIGXFSZ), as a full disk would mid-file.
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"ulimit -f 8; exec dotnet '{CliRunner.Dll}' generate --tenants '{Dir("new")}' --out '{Dir("out")}'");
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.NotEqual(0, p.ExitCode);
        Assert.DoesNotContain("   at ", output);
        Assert.True(FolderSnapshot.Of(Dir("out")).Equals(old));
        Assert.Equal(before, FolderSnapshot.Of(Dir("out"), times: true));
    }

    [Fact]
    public void A_failure_just_before_the_swap_leaves_the_previous_output_and_no_staging()
    {
        var root = Dir("out");
        var first = new FileTree();
        first.Add("a.txt", "old a\n");
        first.Add("b/c.txt", "old c\n");
        AtomicTreeWriter.Write(root, first);
        var before = FolderSnapshot.Of(root);

        var second = new FileTree();
        second.Add("a.txt", "new a\n");
        second.Add("d.txt", "new d\n");
        Assert.Throws<IOException>(() => AtomicTreeWriter.Write(root, second, beforeSwap: _ => throw new IOException("No space left on device")));
        Assert.True(FolderSnapshot.Of(root).Equals(before));
        Assert.Empty(Directory.GetDirectories(_work, ".out.*"));
    }

    [Fact]
    public void Unchanged_files_keep_their_bytes_and_modification_times()
    {
        var root = Dir("out");
        var first = new FileTree();
        first.Add("same.txt", "same\n");
        first.Add("changes.txt", "v1\n");
        AtomicTreeWriter.Write(root, first);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(root, "same.txt"), stamp);

        var second = new FileTree();
        second.Add("same.txt", "same\n");
        second.Add("changes.txt", "v2\n");
        var diff = AtomicTreeWriter.Write(root, second);
        Assert.Equal(["changes.txt"], diff.Changed);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(root, "same.txt")));
        Assert.Equal("v2\n", File.ReadAllText(Path.Combine(root, "changes.txt")));
    }

    [Fact]
    public void A_swap_interrupted_between_two_renames_is_recovered()
    {
        // Where renameat2 is unavailable the swap is two renames; a crash between them leaves only the old tree aside.
        var root = Dir("out");
        var aside = Dir(".out.old-4242");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "a.txt"), "previous\n");
        AtomicTreeWriter.RecoverInterrupted(root);
        Assert.Equal("previous\n", File.ReadAllText(Path.Combine(root, "a.txt")));
        Assert.False(Directory.Exists(aside));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
