using System.Globalization;
using BenchmarkDotNet.Running;
using OpenClaw.Manifests.Benchmarks;

// make-tenants N DIR   writes N realistic tenant files (the input of benchmarks/run-scale.sh)
// stages DIR SETTINGS OUT  where one whole generate spends its time, stage by stage
// anything else        BenchmarkDotNet's own switches, e.g. --filter '*'
if (args is ["make-tenants", var n, var dir])
{
    TenantFiles.Write(int.Parse(n, CultureInfo.InvariantCulture), dir);
    return 0;
}
if (args is ["touch-tenant", var index, var file])
{
    // Changes one setting of one tenant, to measure an incremental run.
    File.WriteAllText(file, TenantFiles.Yaml(int.Parse(index, CultureInfo.InvariantCulture), changed: true));
    return 0;
}
if (args is ["stages", var tenants, var settings, var outDir])
{
    StageTimer.Run(tenants, settings, outDir);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(TenantFiles).Assembly).Run(args);
return 0;
