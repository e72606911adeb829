namespace AnalyzerOverhead;

/// <summary>One timed run: wall clock and CPU time (all threads of the process that did the work).</summary>
internal readonly record struct Sample(double WallMs, double CpuMs);

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Prints one row per mode, medians, relative to the first mode.</summary>
    public static void PrintTable(IReadOnlyList<string> modes, IReadOnlyDictionary<string, List<Sample>> samples)
    {
        var baseWall = Median(samples[modes[0]].Select(s => s.WallMs));
        var baseCpu = Median(samples[modes[0]].Select(s => s.CpuMs));
        Console.WriteLine($"  {"mode",-34} {"wall ms",9} {"vs first",8} {"cpu ms",9} {"vs first",8}   cpu samples");
        foreach (var name in modes)
        {
            var wall = Median(samples[name].Select(s => s.WallMs));
            var cpu = Median(samples[name].Select(s => s.CpuMs));
            var all = string.Join(" ", samples[name].Select(s => s.CpuMs.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)));
            Console.WriteLine($"  {name,-34} {wall,9:F0} {((wall / baseWall) - 1) * 100,7:F1}% {cpu,9:F0} {((cpu / baseCpu) - 1) * 100,7:F1}%   {all}");
        }
    }
}
