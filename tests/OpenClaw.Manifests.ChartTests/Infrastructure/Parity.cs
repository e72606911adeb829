using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The heart of the suite: the chart rendered by Helm equals the direct renderer, object for object.</summary>
internal static class Parity
{
    /// <summary>Null when <c>helm template</c> of the generated chart with the tenant's overlay produces exactly <c>TenantRenderer.BuildObjects</c>; else why not.</summary>
    public static string? Check(HelmMajor major, ChartFixture chart, Tenant tenant) => Compare(tenant, chart.Render(major, tenant), $"helm template ({major})");

    /// <summary>Null when <paramref name="helm"/> succeeded and printed exactly the direct renderer's objects for <paramref name="tenant"/>; else why not.</summary>
    public static string? Compare(Tenant tenant, Helm.Result helm, string source)
    {
        if (helm.ExitCode != 0) return $"{source} failed for tenant {tenant.Name.Value}:\n{helm}";
        var expected = ObjectSet.FromRenderer(TenantRenderer.BuildObjects(tenant));
        var actual = ObjectSet.FromYaml(helm.Stdout);
        return ObjectSet.Compare(expected, actual, "direct-renderer", source) is { } diff
            ? $"tenant {tenant.Name.Value}: {source} and the direct renderer disagree:\n{diff}" : null;
    }
}
