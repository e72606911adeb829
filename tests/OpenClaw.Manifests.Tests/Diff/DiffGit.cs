using System.Diagnostics;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>A throwaway git repository, driven with the git command line as CI runners have it.</summary>
internal static class DiffGit
{
    public static void Init(string dir)
    {
        Run(dir, "init", "-q", "-b", "main");
        Run(dir, "config", "user.email", "diff-tests@example.org");
        Run(dir, "config", "user.name", "diff tests");
        Run(dir, "config", "commit.gpgsign", "false");
    }

    public static void Commit(string dir, string message)
    {
        Run(dir, "add", "-A");
        Run(dir, "commit", "-q", "-m", message);
    }

    public static string Run(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"git {string.Join(' ', args)}: {errors.Result}");
        return output.Result;
    }
}
