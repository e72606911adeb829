using System.Globalization;
using AnalyzerOverhead;

// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/AnalyzerOverhead -- compiler [tenants=1000] [iterations=9] [warmup=1] [--floor] [--sdk-defaults] [--baseline <analyzers.dll>] [--dotnet-build]
//   dotnet run -c Release --project benchmarks/AnalyzerOverhead -- inprocess [tenants=1000] [iterations=7] [warmup=2]
//   dotnet run -c Release --project benchmarks/AnalyzerOverhead -- server [tenants=1000] [iterations=9] [warmup=2]
var mode = args.Length > 0 ? args[0] : "compiler";
var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
int Number(int index, int fallback) => numbers.Length > index ? numbers[index] : fallback;
var baselineIndex = Array.IndexOf(args, "--baseline");
var baseline = baselineIndex >= 0 && baselineIndex + 1 < args.Length ? Path.GetFullPath(args[baselineIndex + 1]) : null;

switch (mode)
{
    case "compiler":
        CompilerBenchmark.Run(Number(0, 1000), Number(1, 9), Number(2, 1), baseline, args.Contains("--floor"), args.Contains("--sdk-defaults"), args.Contains("--dotnet-build"));
        break;
    case "server":
        WarmServerBenchmark.Run(Number(0, 1000), Number(1, 9), Number(2, 2));
        break;
    case "inprocess":
        InProcessBenchmark.Run(Number(0, 1000), Number(1, 7), Number(2, 2));
        break;
    default:
        Console.Error.WriteLine("usage: compiler|server|inprocess [tenants] [iterations] [warmup] [--floor] [--sdk-defaults] [--baseline <dll>] [--dotnet-build]");
        return 2;
}

return 0;
