using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The sample tenants of samples/tenants (public: xunit reads <see cref="Names"/> as member data).</summary>
public static class SampleTenants
{
    private static readonly Lazy<IReadOnlyList<Tenant>> All = new(() =>
    {
        var set = TenantLoader.Load([RepoPaths.Samples]);
        if (!set.IsClean) throw new InvalidOperationException(string.Join('\n', set.Diagnostics));
        return set.Tenants.Select(t => t.Tenant).ToList();
    });

    public static IReadOnlyList<Tenant> Tenants => All.Value;

    public static Tenant Get(string name) => Tenants.Single(t => t.Name.Value == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var t in Tenants) data.Add(t.Name.Value);
        return data;
    }
}
