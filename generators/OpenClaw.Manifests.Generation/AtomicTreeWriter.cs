using System.Runtime.InteropServices;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// Replaces an output folder so that a reader (or a crash) sees either the previous tree or the
/// complete new one, never a mix. The new tree is staged beside the target; files whose bytes are
/// unchanged are hard-linked from the old tree so they keep their modification times; then the two
/// folders are exchanged in one atomic rename (Linux renameat2 RENAME_EXCHANGE), falling back to two
/// renames elsewhere. Written by hand: no obtainable library swaps directory trees atomically.
/// </summary>
public static class AtomicTreeWriter
{
    /// <summary>Writes <paramref name="desired"/> into <paramref name="root"/> unless it is already there; returns the diff applied.</summary>
    public static TreeDiff Write(string root, FileTree desired, Action<string>? beforeSwap = null)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        RecoverInterrupted(root);
        var diff = TreeDiff.Compute(root, desired);
        if (diff.IsEmpty) return diff;

        var parent = Path.GetDirectoryName(root)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(root);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            var unchanged = diff.Unchanged.ToHashSet(StringComparer.Ordinal);
            foreach (var dir in desired.Files.Keys.Select(rel => Path.GetDirectoryName(Path.Combine(staging, rel))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(dir);
            // Independent files: stage them in parallel (the swap below is the only ordering that matters).
            Parallel.ForEach(desired.Files, file =>
            {
                var (rel, bytes) = (file.Key, file.Value);
                var target = Path.Combine(staging, rel);
                var existing = Path.Combine(root, rel);
                if (unchanged.Contains(rel) && TryHardLink(existing, target)) return;
                using (var fs = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    fs.Write(bytes);
                    // Durability before the swap: one sync() below on Linux instead of an fsync per file.
                    fs.Flush(flushToDisk: !OperatingSystem.IsLinux());
                }
                if (unchanged.Contains(rel)) File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(existing));
            });
            if (OperatingSystem.IsLinux()) Native.sync();
            beforeSwap?.Invoke(staging);
            Swap(staging, root);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return diff;
    }

    /// <summary>Restores the previous tree when a two-rename swap was interrupted between its renames.</summary>
    public static void RecoverInterrupted(string root)
    {
        var parent = Path.GetDirectoryName(root);
        if (parent is null || !Directory.Exists(parent)) return;
        var name = Path.GetFileName(root);
        foreach (var old in Directory.EnumerateDirectories(parent, $".{name}.old-*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(root)) Directory.Move(old, root);
            else Directory.Delete(old, recursive: true);
        }
        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
            Directory.Delete(stale, recursive: true);
    }

    private static void Swap(string staging, string root)
    {
        if (!Directory.Exists(root))
        {
            Directory.Move(staging, root);
            return;
        }
        if (OperatingSystem.IsLinux() && Native.renameat2(Native.AtFdCwd, staging, Native.AtFdCwd, root, Native.RenameExchange) == 0)
        {
            Directory.Delete(staging, recursive: true); // now holds the old tree
            return;
        }
        var old = Path.Combine(Path.GetDirectoryName(root)!, $".{Path.GetFileName(root)}.old-{Environment.ProcessId}");
        Directory.Move(root, old);
        Directory.Move(staging, root);
        Directory.Delete(old, recursive: true);
    }

    private static bool TryHardLink(string existing, string link)
        => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? Native.link(existing, link) == 0 : false;

    private static partial class Native
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true)]
        public static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int link(string oldpath, string newpath);

        [DllImport("libc")]
        public static extern void sync();
    }
}
