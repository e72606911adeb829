using System.Globalization;
using OpenClaw.Manifests.Analyzers;

namespace AnalyzerOverhead;

/// <summary>
/// The overhead the way <c>dotnet build</c> really compiles: through the compiler server (VBCSCompiler), which stays
/// up between builds with the analyzer assemblies loaded and jitted. The same <c>csc</c> invocations as
/// <see cref="CompilerBenchmark"/>, each sent with <c>/shared:PIPE</c> to a server of this run's own (a unique pipe
/// name, so no other build on the machine shares it or is charged to it). A compile's CPU time is the client's
/// plus what the server process spent meanwhile (<c>/proc/PID/stat</c>); its wall time is the client's.
/// After warm-up rounds in which every mode has run, the modes alternate in rotating order; each round's
/// with/without ratio is a pair, and the table gives the median of the pairs and their spread.
/// </summary>
internal static class WarmServerBenchmark
{
    public static void Run(int tenants, int iterations, int warmup)
    {
        var analyzer = typeof(DiagnosticIds).Assembly.Location;
        var directory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "obj", $"platform-{tenants}"));
        var project = PlatformProject.Write(directory, tenants, analyzer);
        Console.WriteLine($"{project}: {tenants} tenants; {Environment.ProcessorCount} cores; load average {CompilerBenchmark.LoadAverage()}");

        var without = CompilerBenchmark.SaveCommandLine(project, directory, "without", "-p:RunAnalyzers=false");
        var with = CompilerBenchmark.SaveCommandLine(project, directory, "with", "-p:RunAnalyzers=true");
        var defaults = CompilerBenchmark.SaveCommandLine(project, directory, "defaults", "-p:RunAnalyzers=true", "-p:SdkDefaults=true");
        var (dotnet, csc) = CompilerBenchmark.Compiler(directory);
        var pipe = "ocm-bench-" + Guid.NewGuid().ToString("N")[..12];
        Console.WriteLine($"compiler: {dotnet} exec {csc} /shared:{pipe}");

        var modes = new List<(string Name, string Rsp)>
        {
            ("server, RunAnalyzers=false", CompilerBenchmark.WriteRsp(directory, "without", without)),
            ("server, empty analyzer (floor)", CompilerBenchmark.WriteRsp(directory, "floor", CompilerBenchmark.WithAnalyzer(with, typeof(FloorAnalyzer).Assembly.Location))),
            ("server, OpenClaw analyzers", CompilerBenchmark.WriteRsp(directory, "with", with)),
            ("server, SDK defaults", CompilerBenchmark.WriteRsp(directory, "defaults-without", CompilerBenchmark.WithoutOpenClaw(defaults))),
            ("server, SDK defaults + OpenClaw", CompilerBenchmark.WriteRsp(directory, "defaults-with", defaults)),
        };
        try
        {
            var samples = CompilerBenchmark.Alternate(modes.Select(m => m.Name).ToList(), iterations, warmup, name => Compile(dotnet, csc, pipe, modes.First(m => m.Name == name).Rsp, directory));
            Console.WriteLine($"{iterations} rounds after {warmup} warm-up rounds, modes rotating; one warm compiler server for all; medians:");
            Stats.PrintTable(modes.Select(m => m.Name).ToList(), samples);
            Console.WriteLine("paired rounds (round by round, CPU; median [min, max] of the ratios):");
            Pairs(samples, modes[3].Name, modes[4].Name);
            Pairs(samples, modes[1].Name, modes[2].Name);
            Pairs(samples, modes[0].Name, modes[2].Name);
        }
        finally
        {
            // Only the server this run started, by its own pipe name.
            ChildProcesses.Run(dotnet, [Path.Combine(Path.GetDirectoryName(csc)!, "VBCSCompiler.dll"), "-shutdown", "-pipename:" + pipe], directory);
        }
    }

    private static Sample Compile(string dotnet, string csc, string pipe, string rsp, string directory)
    {
        var server = ServerCpuMs(pipe);
        var (client, output) = ChildProcesses.Run(dotnet, ["exec", csc, "/shared:" + pipe, "@" + rsp], directory);
        var spent = ServerCpuMs(pipe) - server;
        // A client that cannot reach the server compiles by itself and says nothing: then nothing here is warm.
        if (spent < client.CpuMs)
            throw new InvalidOperationException($"the compile did not run in the server (server {spent:F0} ms, client {client.CpuMs:F0} ms CPU):\n{output}");
        return client with { CpuMs = client.CpuMs + spent };
    }

    private static void Pairs(IReadOnlyDictionary<string, List<Sample>> samples, string baseline, string mode)
    {
        var ratios = samples[baseline].Zip(samples[mode], (b, m) => m.CpuMs / b.CpuMs).ToList();
        string Percent(double r) => ((r - 1) * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + "%";
        Console.WriteLine($"  {mode} over {baseline}: {Percent(Stats.Median(ratios))} [{Percent(ratios.Min())}, {Percent(ratios.Max())}]  ({string.Join(" ", ratios.Select(r => r.ToString("F3", CultureInfo.InvariantCulture)))})");
    }

    // The server of this pipe (0 before the first compile starts it): user + system time from /proc/PID/stat.
    private static double ServerCpuMs(string pipe)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            string cmdline;
            try { cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            if (!cmdline.Contains("VBCSCompiler", StringComparison.Ordinal) || !cmdline.Contains(pipe, StringComparison.Ordinal)) continue;
            // Fields after the command name in parentheses: utime and stime are the 12th and 13th of them.
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
        }
        return 0;
    }
}
