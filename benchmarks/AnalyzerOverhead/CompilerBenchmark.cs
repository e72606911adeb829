using OpenClaw.Manifests.Analyzers;

namespace AnalyzerOverhead;

/// <summary>
/// The overhead as users meet it: the real C# compiler of the SDK compiling the platform project on disk.
/// MSBuild builds the project once per mode (<c>-p:RunAnalyzers=false</c> and <c>true</c>) and hands back the
/// compiler's arguments; the benchmark then replays exactly those <c>csc</c> invocations, alternating the modes,
/// each in a fresh compiler process without the compiler server, so that the CPU time of a compile is the CPU
/// time of one process and nothing stays warm from one mode to the next.
/// </summary>
internal static class CompilerBenchmark
{
    public static void Run(int tenants, int iterations, int warmup, string? baselineAnalyzer, bool floor, bool sdkDefaults, bool alsoDotnetBuild)
    {
        var analyzer = typeof(DiagnosticIds).Assembly.Location;
        // Under this project's obj folder (bin/Release/net10.0 → obj): ignored by git, and not a shared temp folder
        // that other jobs on the machine clean up.
        var directory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "obj", $"platform-{tenants}"));
        var project = PlatformProject.Write(directory, tenants, analyzer);
        Console.WriteLine($"{project}: {tenants} tenants; {Environment.ProcessorCount} cores; load average {LoadAverage()}");

        var without = SaveCommandLine(project, directory, "without", "-p:RunAnalyzers=false");
        var with = SaveCommandLine(project, directory, "with", "-p:RunAnalyzers=true");
        var (dotnet, csc) = Compiler(directory);
        Console.WriteLine($"compiler: {dotnet} exec {csc}");

        var modes = new List<(string Name, string Rsp)>
        {
            ("csc, RunAnalyzers=false", WriteRsp(directory, "without", without)),
            ("csc, OpenClaw analyzers", WriteRsp(directory, "with", with)),
        };
        if (floor)
        {
            // This benchmark's own assembly holds FloorAnalyzer, an analyzer that registers nothing.
            modes.Add(("csc, empty analyzer (floor)", WriteRsp(directory, "floor", WithAnalyzer(with, typeof(FloorAnalyzer).Assembly.Location))));
        }

        if (baselineAnalyzer is not null)
        {
            var copy = Path.Combine(directory, "analyzers-baseline", "OpenClaw.Manifests.Analyzers.dll");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(baselineAnalyzer, copy, overwrite: true);
            modes.Add(("csc, baseline analyzers", WriteRsp(directory, "baseline", WithAnalyzer(with, copy))));
        }

        if (sdkDefaults)
        {
            // What adding the package costs a project as the SDK sets it up: the .NET analyzers and the targeting
            // pack's generators run in both modes (and pay the analyzer driver's fixed cost), the OpenClaw rules in one.
            var defaults = SaveCommandLine(project, directory, "defaults", "-p:RunAnalyzers=true", "-p:SdkDefaults=true");
            modes.Add(("csc, SDK defaults", WriteRsp(directory, "defaults-without", WithoutOpenClaw(defaults))));
            modes.Add(("csc, SDK defaults + OpenClaw", WriteRsp(directory, "defaults-with", defaults)));
        }

        var samples = Alternate(modes.Select(m => m.Name).ToList(), iterations, warmup, name =>
            ChildProcesses.Run(dotnet, ["exec", csc, "@" + modes.First(m => m.Name == name).Rsp], directory).Sample);
        Console.WriteLine($"{iterations} iterations after {warmup} warmup, modes alternating; medians; one csc process per compile:");
        Stats.PrintTable(modes.Select(m => m.Name).ToList(), samples);

        // The compiler's own account of the analyzers' time (csc /reportanalyzer, what -p:ReportAnalyzer=true prints).
        foreach (var (name, rsp) in modes.Skip(1))
        {
            var (_, output) = ChildProcesses.Run(dotnet, ["exec", csc, "@" + rsp, "/reportanalyzer"], directory);
            Console.WriteLine($"{name}, /reportanalyzer:");
            var report = output.Split('\n').SkipWhile(l => !l.Contains("Total analyzer execution time", StringComparison.Ordinal));
            foreach (var line in report.Where(l => l.Trim().Length > 0))
                Console.WriteLine("  " + line.TrimEnd());
        }

        if (!alsoDotnetBuild)
            return;
        // What a user waits for: a whole 'dotnet build' (MSBuild included), compiler server off for the same reason.
        var builds = new[] { "dotnet build, RunAnalyzers=false", "dotnet build, RunAnalyzers=true" };
        var buildSamples = Alternate(builds, iterations, warmup, name => ChildProcesses.Run(
            "dotnet",
            ["build", project, "-c", "Release", "--no-restore", "-nologo", "-v:q", "-t:Rebuild", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:RunAnalyzers=" + (name == builds[1] ? "true" : "false")],
            directory).Sample);
        Console.WriteLine($"{iterations} iterations after {warmup} warmup; whole dotnet build -t:Rebuild (MSBuild + csc):");
        Stats.PrintTable(builds, buildSamples);
    }

    internal static Dictionary<string, List<Sample>> Alternate(IReadOnlyList<string> modes, int iterations, int warmup, Func<string, Sample> run)
    {
        var samples = modes.ToDictionary(m => m, _ => new List<Sample>());
        for (var i = 0; i < warmup + iterations; i++)
        {
            // Rotate the order so that drift in the machine's load hits every mode alike.
            for (var k = 0; k < modes.Count; k++)
            {
                var name = modes[(i + k) % modes.Count];
                var sample = run(name);
                if (i >= warmup)
                    samples[name].Add(sample);
            }
        }

        return samples;
    }

    internal static List<string> SaveCommandLine(string project, string directory, string name, params string[] properties)
    {
        var file = Path.Combine(directory, name + ".args");
        ChildProcesses.Run(
            "dotnet",
            ["build", project, "-c", "Release", "-nologo", "-v:q", "-t:Rebuild", "-p:ProvideCommandLineArgs=true", "-p:CompilerArgsFile=" + file, .. properties],
            directory);
        return File.ReadAllLines(file).Where(l => l.Length > 0).ToList();
    }

    internal static (string Dotnet, string Csc) Compiler(string directory)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, "with.args.compiler")).Where(l => l.Length > 0).ToArray();
        return (lines[0], lines[1]);
    }

    private static bool IsOpenClawAnalyzer(string argument)
        => argument.StartsWith("/analyzer:", StringComparison.Ordinal) && argument.EndsWith("OpenClaw.Manifests.Analyzers.dll", StringComparison.Ordinal);

    internal static List<string> WithoutOpenClaw(IReadOnlyList<string> arguments)
    {
        var kept = arguments.Where(a => !IsOpenClawAnalyzer(a)).ToList();
        if (kept.Count != arguments.Count - 1)
            throw new InvalidOperationException("the compiler arguments name no OpenClaw analyzer to remove");
        return kept;
    }

    // MSBuild passes the project's analyzer by its relative path; swap that one argument for another assembly.
    internal static List<string> WithAnalyzer(IEnumerable<string> arguments, string analyzer)
    {
        var swapped = arguments.Select(a => IsOpenClawAnalyzer(a) ? "/analyzer:" + analyzer : a).ToList();
        if (!swapped.Contains("/analyzer:" + analyzer))
            throw new InvalidOperationException("the compiler arguments name no OpenClaw analyzer to swap");
        return swapped;
    }

    internal static string WriteRsp(string directory, string name, IReadOnlyList<string> arguments)
    {
        var rsp = Path.Combine(directory, name + ".rsp");
        File.WriteAllLines(rsp, arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? "\"" + a + "\"" : a));
        return rsp;
    }

    internal static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
