using System.Runtime.InteropServices;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// Replaces an output folder so that a reader (or a crash) sees either the previous tree or the
/// complete new one, never a mix. The new tree is staged beside the target; files whose bytes are
/// unchanged are hard-linked from the old tree so they keep their modification times; then the two
/// folders are exchanged in one atomic rename (Linux renameat2 RENAME_EXCHANGE), falling back to two
/// renames elsewhere. Concurrent runs are serialised by <see cref="OutputLock"/>, which every write
/// holds. Written by hand: no obtainable library swaps directory trees atomically.
/// </summary>
internal static class AtomicTreeWriter
{
    /// <summary>Takes the output's lock (waiting at most <see cref="OutputLock.DefaultWait"/>), then writes as <see cref="Write(OutputLock, FileTree, Action{string}?)"/>.</summary>
    public static TreeDiff Write(string root, FileTree desired, Action<string>? beforeSwap = null)
    {
        using var held = OutputLock.Acquire(root);
        return Write(held, desired, beforeSwap);
    }

    /// <summary>Writes <paramref name="desired"/> into the folder <paramref name="held"/> guards unless it is already there; returns the diff applied.</summary>
    public static TreeDiff Write(OutputLock held, FileTree desired, Action<string>? beforeSwap = null)
    {
        var root = held.Root;
        RecoverInterrupted(root);
        var diff = TreeDiff.Compute(root, desired);
        if (diff.IsEmpty) return diff;

        var parent = Path.GetDirectoryName(root)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, StagingOwner.NewName(Path.GetFileName(root)));
        try
        {
            var unchanged = diff.Unchanged.ToHashSet(StringComparer.Ordinal);
            foreach (var dir in desired.Files.Keys.Select(rel => Path.GetDirectoryName(Path.Combine(staging, rel))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(dir);
            // Independent files: stage them in parallel (the swap below is the only ordering that matters).
            Parallels.ForEach(desired.Files, file => Stage(root, staging, file.Key, file.Value, unchanged.Contains(file.Key)));
            Flush();
            beforeSwap?.Invoke(staging);
            Swap(staging, root);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return diff;
    }

    private static void Stage(string root, string staging, string rel, byte[] bytes, bool unchanged)
    {
        var target = Path.Combine(staging, rel);
        var existing = Path.Combine(root, rel);
        if (unchanged && TryHardLink(existing, target)) return;
        WriteNew(target, bytes);
        if (unchanged) File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(existing));
    }

    /// <summary>Creates <paramref name="target"/> (which must not exist) with <paramref name="bytes"/>; durable only after <see cref="Flush"/>.</summary>
    internal static void WriteNew(string target, ReadOnlySpan<byte> bytes)
    {
        using var fs = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        fs.Write(bytes);
        // Durability before the swap: one sync() on Linux (Flush) instead of an fsync per file.
        fs.Flush(flushToDisk: !OperatingSystem.IsLinux());
    }

    /// <summary>
    /// Puts the unchanged file <paramref name="existing"/> at <paramref name="target"/>: a hard link where the
    /// system has them (it keeps the modification time and costs no copy), else a copy with the old time.
    /// </summary>
    internal static void LinkUnchanged(string existing, string target)
    {
        if (TryHardLink(existing, target)) return;
        File.Copy(existing, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(existing));
    }

    /// <summary>Makes every staged file durable before the swap (one <c>sync()</c> on Linux; elsewhere each file was flushed to disk).</summary>
    internal static void Flush()
    {
        if (OperatingSystem.IsLinux()) Native.sync();
    }

    /// <summary>
    /// Restores the previous tree when a two-rename swap was interrupted between its renames, and clears
    /// staging folders left by runs that died. Call it holding the output's lock.
    /// </summary>
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
        // Only folders whose owner is gone: a live run's staging folder is its work in progress.
        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
            if (StagingOwner.IsGone(Path.GetFileName(staging))) Directory.Delete(staging, recursive: true);
    }

    /// <summary>Exchanges the complete <paramref name="staging"/> folder with <paramref name="root"/> in one step, then removes the old tree.</summary>
    internal static void Swap(string staging, string root)
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
