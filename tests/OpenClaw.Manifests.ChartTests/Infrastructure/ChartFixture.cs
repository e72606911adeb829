using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Generation.Yaml;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// The chart as the generator writes it now, in a temporary folder shared by the tests of a class
/// (so the tests prove the generator, whatever charts-out holds; generate --check pins charts-out).
/// </summary>
public sealed class ChartFixture : IDisposable
{
    private readonly TempDir _dir = new();
    private int _files;

    public ChartFixture()
    {
        foreach (var (path, text) in ChartWriter.ChartFiles) _dir.File(System.IO.Path.Combine("bp-openclaw", path), text);
        Chart = System.IO.Path.Combine(_dir.Path, "bp-openclaw");
    }

    /// <summary>The chart folder.</summary>
    public string Chart { get; }

    /// <summary>Writes a values file and returns its path.</summary>
    public string Values(JsonObject values) => _dir.File($"values-{Interlocked.Increment(ref _files)}.yaml", YamlWriter.Write(values));

    /// <summary>Writes raw values YAML and returns its path.</summary>
    public string Values(string yaml) => _dir.File($"values-{Interlocked.Increment(ref _files)}.yaml", yaml);

    /// <summary>Renders <paramref name="tenant"/> with the chart from its overlay values, as a tenant's pipeline would.</summary>
    internal Helm.Result Render(HelmMajor major, Tenant tenant, JsonObject? values = null)
        => Helm.Of(major).Template(tenant.Name.Value, Chart, tenant.EffectiveNamespace, Values(values ?? TenantValues.Overlay(tenant)));

    public void Dispose() => _dir.Dispose();
}
