using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The heart of the suite: the chart rendered by Helm equals the direct renderer, object for object.</summary>
internal static class Parity
{
    /// <summary>Null when <c>helm template</c> with the tenant's overlay produces exactly <c>TenantRenderer.BuildObjects</c>; else why not.</summary>
    public static string? Check(ChartFixture chart, Tenant tenant)
    {
        var helm = chart.Render(tenant);
        if (helm.ExitCode != 0) return $"helm template failed for tenant {tenant.Name.Value}:\n{helm}";
        var expected = ObjectSet.FromRenderer(TenantRenderer.BuildObjects(tenant));
        var actual = ObjectSet.FromYaml(helm.Stdout);
        return ObjectSet.Compare(expected, actual, "direct-renderer", "helm-template") is { } diff
            ? $"tenant {tenant.Name.Value}: the chart and the direct renderer disagree:\n{diff}" : null;
    }
}
