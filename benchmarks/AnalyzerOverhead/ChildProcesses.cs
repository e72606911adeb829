using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AnalyzerOverhead;

/// <summary>
/// Runs a command and measures it as a whole: wall time and the CPU time (user + system, all threads) of the
/// child processes it waited for, from getrusage(RUSAGE_CHILDREN). Linux only; on a loaded machine the CPU
/// time is the figure that other processes' load does not inflate (much).
/// </summary>
internal static class ChildProcesses
{
    private const int RusageChildren = -1;

    public static (Sample Sample, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);

        var cpuBefore = ChildrenCpuMs();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        var output = stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:{Environment.NewLine}{Tail(output)}");
        return (new Sample(watch.Elapsed.TotalMilliseconds, ChildrenCpuMs() - cpuBefore), output);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static double ChildrenCpuMs()
    {
        if (GetRusage(RusageChildren, out var usage) != 0)
            throw new InvalidOperationException("getrusage failed: " + Marshal.GetLastPInvokeError());
        return (usage.UserSeconds * 1000.0) + (usage.UserMicroseconds / 1000.0) + (usage.SystemSeconds * 1000.0) + (usage.SystemMicroseconds / 1000.0);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);

    // struct rusage on 64-bit Linux: two timevals, then 14 longs this benchmark does not read.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }
}
