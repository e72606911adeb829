using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenClaw.Manifests.Analyzers;

namespace AnalyzerOverhead;

/// <summary>
/// The secondary measure: parse, bind and emit in this process with <c>CSharpCompilation</c>, the analyzers
/// attached through <c>CompilationWithAnalyzers</c>. That API costs something of its own (see the empty
/// analyzer's row) which a command-line build does not pay in the same way, so the compiler benchmark is the
/// one that answers "what do users pay"; this one gives per-rule callback times from one process.
/// </summary>
internal static class InProcessBenchmark
{
    public static void Run(int tenants, int iterations, int warmup)
    {
        var files = TenantSources.Generate(tenants);
        var references = ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All)
            .Add(MetadataReference.CreateFromFile(typeof(k8s.Models.V1Pod).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "OpenClaw.Manifests.dll")));
        var rules = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer());
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

        Console.WriteLine($"{files.Count} files, {files.Sum(f => f.Text.Length) / 1024} KiB of C#; {rules.Length} analyzers; {Environment.ProcessorCount} cores; .NET {Environment.Version}; Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}");

        CSharpCompilation Compile() => CSharpCompilation.Create(
            "Platform",
            files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text), parseOptions, f.Path)),
            references,
            options);

        void Without()
        {
            using var pe = new MemoryStream();
            var result = Compile().Emit(pe);
            if (!result.Success)
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        // The analyzers are attached to the compilation that is emitted (its compilation events drive them, as in the
        // command-line compiler), and the build waits for both.
        AnalysisResult With(ImmutableArray<DiagnosticAnalyzer> analyzers, bool telemetry)
        {
            using var pe = new MemoryStream();
            var withAnalyzers = Compile().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: telemetry));
            var emit = withAnalyzers.Compilation.Emit(pe);
            var analysis = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (!emit.Success)
                throw new InvalidOperationException("compile failed");
            var reported = analysis.GetAllDiagnostics();
            if (!reported.IsEmpty)
                throw new InvalidOperationException("the safe tenants raised " + string.Join(Environment.NewLine, reported.Take(10)));
            return analysis;
        }

        var modes = new (string Name, Action Run)[]
        {
            ("no analyzers", Without),
            ("empty analyzer (harness floor)", () => With(floor, telemetry: false)),
            ("OpenClaw analyzers", () => With(rules, telemetry: false)),
        }.Concat(DriverProbe.All.Select(p => (p.Name, (Action)(() => With([p], telemetry: false))))).ToArray();
        var samples = modes.ToDictionary(m => m.Name, _ => new List<Sample>());
        for (var i = 0; i < warmup + iterations; i++)
        {
            // Rotate the order so that drift (GC heap growth, tiering, other load) hits every mode alike.
            for (var k = 0; k < modes.Length; k++)
            {
                var (name, run) = modes[(i + k) % modes.Length];
                var sample = Measure(run);
                if (i >= warmup)
                    samples[name].Add(sample);
            }
        }

        Console.WriteLine($"{iterations} iterations after {warmup} warmup; medians; parse + bind + emit of the whole project in this process:");
        Stats.PrintTable(modes.Select(m => m.Name).ToList(), samples);

        var result = With(rules, telemetry: true);
        Console.WriteLine("time inside the OpenClaw analyzers' callbacks (one run, AnalyzerTelemetryInfo.ExecutionTime):");
        foreach (var (analyzer, info) in result.AnalyzerTelemetryInfo.Where(p => p.Key is not FloorAnalyzer).OrderBy(p => p.Key.GetType().Name))
            Console.WriteLine($"  {analyzer.GetType().Name,-36} {info.ExecutionTime.TotalMilliseconds,8:F1} ms  ({info.SyntaxNodeActionsCount} syntax node, {info.OperationActionsCount} operation actions)");
    }

    // Wall time and this process's CPU time (all threads): on a shared 2-core machine the CPU time is the steadier measure of work.
    private static Sample Measure(Action run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        run();
        watch.Stop();
        return new Sample(watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
