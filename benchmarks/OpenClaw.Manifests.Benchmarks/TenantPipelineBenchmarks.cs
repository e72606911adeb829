using BenchmarkDotNet.Attributes;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Benchmarks;

/// <summary>In-process cost of each stage for one tenant that uses most optional fields.</summary>
[MemoryDiagnoser]
public class TenantPipelineBenchmarks
{
    private string _yaml = "";
    private Tenant _tenant = null!;
    private RenderedTenant _rendered = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = TenantFiles.Yaml(0);
        _tenant = TenantLoader.LoadText("t00000.yaml", _yaml).Tenant!.Tenant;
        _rendered = TenantRenderer.Render(_tenant);
    }

    [Benchmark(Description = "load + validate a tenant file")]
    public object Load() => TenantLoader.LoadText("t00000.yaml", _yaml).Tenant!;

    [Benchmark(Description = "build the objects")]
    public object Build() => TenantRenderer.BuildObjects(_tenant);

    [Benchmark(Description = "render-time policy on the objects")]
    public object Policy() => ObjectPolicy.Check(_tenant, _rendered.Objects).ToList();

    [Benchmark(Description = "serialize to YAML")]
    public string Yaml() => _rendered.ToYaml();

    [Benchmark(Description = "the whole direct render (policy included)")]
    public string Render() => TenantRenderer.Render(_tenant).ToYaml();
}
