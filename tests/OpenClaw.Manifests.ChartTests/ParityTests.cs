using CsCheck;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// One model, two outputs: <c>helm template</c> of the generated chart with a tenant's generated values
/// yields exactly the objects of the direct renderer, for every sample tenant and for generated tenants.
/// </summary>
public sealed class ParityTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    [HelmTheory]
    [MemberData(nameof(HelmCases.Samples), MemberType = typeof(HelmCases))]
    public void Sample_tenant_renders_the_same_through_the_chart(HelmMajor helm, string name)
    {
        var problem = Parity.Check(helm, chart, SampleTenants.Get(name));
        Assert.True(problem is null, problem);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Generated_tenants_render_the_same_through_the_chart(HelmMajor helm)
    {
        // Each sample runs Helm once; CsCheck shrinks a failure to the smallest disagreeing tenant.
        TenantGen.Tenant.Sample(tenant =>
        {
            if (Parity.Check(helm, chart, tenant) is { } problem) throw new Xunit.Sdk.XunitException(problem);
        }, iter: TenantGen.Count, threads: 2, print: t => $"{t.Name.Value} ({t.EffectiveNamespace})");
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Parity_check_notices_a_difference(HelmMajor helm)
    {
        // The comparison itself must be able to fail: a chart value the renderer does not share shows up.
        var tenant = SampleTenants.Get("acme");
        var values = OpenClaw.Manifests.Generation.Chart.TenantValues.Overlay(tenant);
        values["controller"]!["replicas"] = 3;
        var result = chart.Render(helm, tenant, values);
        Assert.Equal(0, result.ExitCode);
        var diff = Parity.Compare(tenant, result, "helm");
        Assert.NotNull(diff);
        Assert.Contains("acme: helm and the direct renderer disagree", diff);
        Assert.Contains("Deployment/org-acme/openclaw-controller differs", diff);
        Assert.Contains("\"replicas\": 3", diff);
    }
}
