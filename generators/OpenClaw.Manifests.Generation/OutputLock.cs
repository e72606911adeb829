using System.Diagnostics;
using System.Globalization;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// Exclusive right to read and replace one output folder, held by one run at a time: an advisory lock
/// on <c>.NAME.openclaw-lock</c> beside the folder (FileShare.None: flock on Linux and macOS, a sharing
/// lock on Windows). Held from the first read of the old tree (carried-over secrets, the chart digest,
/// the diff) to the swap, so two runs cannot interleave and leave a tree that neither of them computed.
/// The operating system drops the lock when its holder dies, so a killed run never blocks the next one.
/// The lock file itself is never deleted: deleting it would let a waiting run lock a file that a
/// newcomer no longer sees, and both would go ahead.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The environment variable that overrides <see cref="DefaultWait"/>, in seconds.</summary>
    public const string WaitVariable = "OPENCLAW_MANIFESTS_LOCK_WAIT";

    private readonly FileStream _file;

    private OutputLock(string root, FileStream file)
    {
        Root = root;
        _file = file;
    }

    /// <summary>The output folder this lock guards (full path, no trailing separator).</summary>
    public string Root { get; }

    /// <summary>How long <see cref="Acquire(string)"/> waits for another run: 120 s, or <see cref="WaitVariable"/> seconds.</summary>
    public static TimeSpan DefaultWait =>
        double.TryParse(Environment.GetEnvironmentVariable(WaitVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(120);

    /// <summary>The lock file of <paramref name="root"/>: in its parent, so it survives the folder's exchange.</summary>
    public static string PathFor(string root)
    {
        root = Normalize(root);
        return Path.Combine(Path.GetDirectoryName(root)!, $".{Path.GetFileName(root)}.openclaw-lock");
    }

    /// <summary>Takes the lock, waiting at most <see cref="DefaultWait"/>.</summary>
    public static OutputLock Acquire(string root) => Acquire(root, DefaultWait);

    /// <summary>Takes the lock, waiting at most <paramref name="wait"/>; throws <see cref="OutputBusyException"/> when another run keeps it.</summary>
    public static OutputLock Acquire(string root, TimeSpan wait)
    {
        root = Normalize(root);
        var path = PathFor(root);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        var pause = 10;
        while (true)
        {
            try
            {
                return new OutputLock(root, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                if (clock.Elapsed >= wait) throw new OutputBusyException(root, clock.Elapsed);
                // Growing pauses with jitter, so waiting runs do not wake in lock step.
                Thread.Sleep(Math.Min(pause, (int)Math.Max(1, (wait - clock.Elapsed).TotalMilliseconds)) + Random.Shared.Next(10));
                pause = Math.Min(pause * 2, 200);
            }
        }
    }

    // Held by someone else: ERROR_SHARING_VIOLATION on Windows; on Unix .NET reports flock's EWOULDBLOCK
    // errno as the HResult (11 on Linux, 35 on macOS). Any other I/O error is not waited out.
    private static bool IsHeldElsewhere(IOException e) => e.GetType() == typeof(IOException) && e.HResult is unchecked((int)0x80070020) or 11 or 35;

    internal static string Normalize(string root) => Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Releases the lock (the lock file stays).</summary>
    public void Dispose() => _file.Dispose();
}

/// <summary>Another run held the output folder's lock for longer than this run would wait.</summary>
internal sealed class OutputBusyException(string root, TimeSpan waited)
    : Exception($"another generate holds {root} (lock {OutputLock.PathFor(root)}); waited {waited.TotalSeconds:0.#} s; nothing was written. Retry when it has finished, or raise {OutputLock.WaitVariable} (seconds)")
{
    /// <summary>The output folder.</summary>
    public string Root { get; } = root;

    /// <summary>How long this run waited.</summary>
    public TimeSpan Waited { get; } = waited;
}
