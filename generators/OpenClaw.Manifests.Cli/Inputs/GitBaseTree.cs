using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>
/// The output folder as committed at a git ref, through the git CLI (what CI runners have): <c>git archive REF:PATH</c>
/// unpacked into a temporary folder, removed on dispose. PATH is the folder's place in its repository, so the command
/// works from any working folder inside it.
/// </summary>
internal sealed class GitBaseTree : IDisposable
{
    private GitBaseTree(string root) => Root = root;

    /// <summary>The unpacked tree.</summary>
    public string Root { get; }

    /// <summary>Unpacks <paramref name="folder"/> at <paramref name="gitRef"/>; throws <see cref="IOException"/> with git's own message when git cannot.</summary>
    public static GitBaseTree Extract(string gitRef, string folder)
    {
        // A ref is passed as one argument, but git would still read "-..." as an option.
        if (gitRef.Length == 0 || gitRef.StartsWith('-')) throw new IOException($"'{gitRef}' is not a git ref");
        var full = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(full) ?? full;
        var top = Git(parent, "rev-parse", "--show-toplevel").Trim();
        var path = Path.GetRelativePath(top, full).Replace('\\', '/');
        var root = Directory.CreateTempSubdirectory("openclaw-diff-").FullName;
        try
        {
            using var git = Start(top, "archive", "--format=tar", $"{gitRef}:{path}");
            var errors = git.StandardError.ReadToEndAsync();
            Exception? unreadable = null;
            try { TarFile.ExtractToDirectory(git.StandardOutput.BaseStream, root, overwriteFiles: false); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                unreadable = e;
                git.Kill();
            }
            git.WaitForExit();
            if (git.ExitCode != 0 || unreadable is not null)
            {
                var why = errors.Result.Trim();
                throw new IOException($"git archive {gitRef}:{path} failed: {(why.Length > 0 ? why : unreadable?.Message)}");
            }
            return new GitBaseTree(root);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    private static string Git(string dir, params string[] args)
    {
        using var git = Start(dir, args);
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new IOException($"git {string.Join(' ', args)} in {dir} failed: {errors.Result.Trim()}");
        return output.Result;
    }

    private static Process Start(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        try { return Process.Start(psi)!; }
        catch (Win32Exception e) { throw new IOException($"cannot run git ({e.Message}); --base needs the git command line, or pass --base-dir DIR"); }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
