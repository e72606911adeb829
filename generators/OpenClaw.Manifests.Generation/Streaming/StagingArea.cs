using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>How a desired file compares with the one in the output folder.</summary>
internal enum FileState
{
    /// <summary>Not in the output folder yet.</summary>
    Added,
    /// <summary>In the output folder with other bytes.</summary>
    Changed,
    /// <summary>In the output folder with the same bytes.</summary>
    Unchanged,
}

/// <summary>
/// Compares desired files one at a time with the output folder and, when writing, stages each one that
/// differs beside the folder at once (its bytes are then dropped). The staging folder is made only when a
/// first file differs, so a run that changes nothing writes nothing. Unchanged files are hard-linked in
/// only at the end (<see cref="Complete"/>), when it is known that the folder is replaced at all. In
/// <c>--check</c> mode nothing is written; the bytes of differing files are kept, up to
/// <see cref="DiffBudget"/>, for the unified diff.
/// </summary>
internal sealed class StagingArea : IDisposable
{
    /// <summary>At most this many bytes of differing files are kept for the unified diff of a check.</summary>
    public const long DiffBudget = 32L << 20;

    private readonly string _root;
    private readonly bool _check;
    private readonly Lock _gate = new();
    private readonly FileTree _kept = new();
    private long _keptBytes;
    private string? _staging;

    public StagingArea(string root, bool check)
    {
        _root = root;
        _check = check;
    }

    /// <summary>The bytes of differing files kept for a check's unified diff (all of them unless <see cref="Truncated"/>).</summary>
    public FileTree Kept => _kept;

    /// <summary>True when a check found more differing bytes than <see cref="DiffBudget"/> and kept only the first.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Compares <paramref name="rel"/> with the output folder and stages (or keeps) it when it differs. Thread-safe.</summary>
    public FileState Offer(string rel, byte[] bytes)
    {
        var state = Compare(Path.Combine(_root, rel), bytes);
        if (state == FileState.Unchanged) return state;
        if (_check) Keep(rel, bytes);
        else
        {
            var target = Path.Combine(Staging(), rel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicTreeWriter.WriteNew(target, bytes);
        }
        return state;
    }

    /// <summary>
    /// Links the unchanged files in, makes the staged tree durable and swaps it with the output folder
    /// (<paramref name="beforeSwap"/> runs just before, for tests of a failure there).
    /// </summary>
    public void Complete(IEnumerable<string> unchanged, Action<string>? beforeSwap)
    {
        var staging = Staging();
        Parallels.ForEach(unchanged, rel =>
        {
            var target = Path.Combine(staging, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicTreeWriter.LinkUnchanged(Path.Combine(_root, rel), target);
        });
        AtomicTreeWriter.Flush();
        beforeSwap?.Invoke(staging);
        AtomicTreeWriter.Swap(staging, _root);
    }

    /// <summary>Removes what was staged (after a swap, the exchanged old tree is already gone).</summary>
    public void Dispose()
    {
        if (_staging is not null && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private string Staging()
    {
        lock (_gate)
        {
            if (_staging is null)
            {
                var staging = Path.Combine(Path.GetDirectoryName(_root)!, StagingOwner.NewName(Path.GetFileName(_root)));
                Directory.CreateDirectory(staging);
                _staging = staging;
            }
            return _staging;
        }
    }

    private void Keep(string rel, byte[] bytes)
    {
        lock (_gate)
        {
            if (_keptBytes + bytes.Length > DiffBudget) { Truncated = true; return; }
            _keptBytes += bytes.Length;
            _kept.AddBytes(rel, bytes);
        }
    }

    // Sizes first, then the bytes, read into a pooled buffer: no old file is kept after its comparison.
    private static FileState Compare(string path, byte[] bytes)
    {
        SafeFileHandle handle;
        try { handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return FileState.Added; }
        using (handle)
        {
            if (RandomAccess.GetLength(handle) != bytes.Length) return FileState.Changed;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0) read += n;
                return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes) ? FileState.Unchanged : FileState.Changed;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
