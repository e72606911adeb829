using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// Staging folder names that say who owns them: <c>.NAME.staging-PID-STARTMS-N</c>, the process id, its
/// start time (Unix milliseconds) and a per-process counter. A process id alone is reused by the system,
/// so a folder is stale only when no process has that id or the one that has it started at another time.
/// The lock already keeps two runs apart; this keeps a run that was started without it (an older
/// version, another tool calling the library) from losing its work in progress.
/// </summary>
internal static partial class StagingOwner
{
    // Process.StartTime on Linux is derived from the boot time at each call and may move by a few
    // milliseconds between readings; a reused pid starts at least this much later.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(2);

    private static readonly long SelfStart = StartOf(Process.GetCurrentProcess());
    private static int _counter;

    /// <summary>A fresh staging name for the output folder named <paramref name="name"/>.</summary>
    public static string NewName(string name)
        => $".{name}.staging-{Environment.ProcessId}-{SelfStart}-{Interlocked.Increment(ref _counter)}";

    /// <summary>True when the folder named <paramref name="folderName"/> was left by a process that no longer runs.</summary>
    public static bool IsGone(string folderName)
    {
        var m = Owner().Match(folderName);
        // A name without an owner (from a version before owner names) has no live owner to protect.
        if (!m.Success) return true;
        var pid = int.Parse(m.Groups["pid"].Value, CultureInfo.InvariantCulture);
        var start = long.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.GetProcessById(pid);
            return Math.Abs(StartOf(process) - start) > Tolerance.TotalMilliseconds;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return true; // no such process, or it exited while we looked
        }
    }

    private static long StartOf(Process p) => new DateTimeOffset(p.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();

    [GeneratedRegex(@"\.staging-(?<pid>[0-9]{1,10})-(?<start>[0-9]{1,19})-[0-9]+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Owner();
}
