using System.Diagnostics;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Benchmarks;

/// <summary>
/// Where the time of one whole generate goes, stage by stage, for N tenants in one process: the
/// profile that tells which stage to optimise (BenchmarkDotNet measures the stages per tenant).
/// </summary>
internal static class StageTimer
{
    public static void Run(string tenantsDir, string settingsFile, string outDir)
    {
        var total = Stopwatch.StartNew();
        _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var set = TenantLoader.Load([tenantsDir]);
        Report("load + validate", sw, set.Tenants.Count);
        var settings = PlatformSettingsFile.Load(settingsFile);
        sw.Restart();
        Parallel.ForEach(set.Tenants, t => TenantRenderer.Render(t.Tenant).ToYaml());
        Report("render only (policy + YAML)", sw, set.Tenants.Count);
        sw.Restart();
        var (tree, _) = OutputPlan.Build(set.Tenants, settings, outDir);
        Report("output plan (render + chart + overlays)", sw, set.Tenants.Count);
        sw.Restart();
        var diff = TreeDiff.Compute(outDir, tree!);
        Report($"diff against {outDir} ({diff.Unchanged.Count} unchanged)", sw, set.Tenants.Count);
        sw.Restart();
        AtomicTreeWriter.Write(outDir, tree!);
        Report("write", sw, set.Tenants.Count);
        Report("total", total, set.Tenants.Count);
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB, GC heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB");
    }

    // CPU time as well as wall time: on a shared machine CPU time is the steadier of the two.
    private static TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    private static void Report(string stage, Stopwatch sw, int n)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var used = stage == "total" ? cpu : cpu - _lastCpu;
        _lastCpu = cpu;
        Console.WriteLine($"{stage,-50} {sw.Elapsed.TotalMilliseconds,9:F0} ms wall {used.TotalMilliseconds,9:F0} ms CPU  {used.TotalMilliseconds * 1000 / Math.Max(n, 1),8:F0} us CPU/tenant");
    }
}
