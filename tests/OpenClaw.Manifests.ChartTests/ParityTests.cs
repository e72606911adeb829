using CsCheck;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// One model, two outputs: <c>helm template</c> of the generated chart with a tenant's generated values
/// yields exactly the objects of the direct renderer, for every sample tenant and for generated tenants.
/// </summary>
public sealed class ParityTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void Sample_tenant_renders_the_same_through_the_chart(string name)
    {
        var problem = Parity.Check(chart, SampleTenants.Get(name));
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void Generated_tenants_render_the_same_through_the_chart()
    {
        // Each sample runs Helm once; CsCheck shrinks a failure to the smallest disagreeing tenant.
        TenantGen.Tenant.Sample(tenant =>
        {
            if (Parity.Check(chart, tenant) is { } problem) throw new Xunit.Sdk.XunitException(problem);
        }, iter: TenantGen.Count, threads: 2, print: t => $"{t.Name.Value} ({t.EffectiveNamespace})");
    }

    [Fact]
    public void Parity_check_notices_a_difference()
    {
        // The comparison itself must be able to fail: a chart value the renderer does not share shows up.
        var tenant = SampleTenants.Get("acme");
        var values = OpenClaw.Manifests.Generation.Chart.TenantValues.Overlay(tenant);
        values["controller"]!["replicas"] = 3;
        var helm = chart.Render(tenant, values);
        Assert.Equal(0, helm.ExitCode);
        var diff = ObjectSet.Compare(ObjectSet.FromRenderer(OpenClaw.Manifests.Rendering.TenantRenderer.BuildObjects(tenant)), ObjectSet.FromYaml(helm.Stdout), "direct", "helm");
        Assert.NotNull(diff);
        Assert.Contains("Deployment/org-acme/openclaw-controller differs", diff);
        Assert.Contains("\"replicas\": 3", diff);
    }
}
