using System.Text.Json.Nodes;
using CsCheck;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// The runtime contract (README "Runtime contract"): for every sample and generated tenant, through the direct render
/// and through <c>helm template</c>, the controller finds its template, stamps a pod the API server accepts, finds
/// that pod again, can reap it, reaches it, and the pod reaches DNS and its gateway, with a Role that allows exactly
/// the controller's calls.
/// </summary>
public sealed class ContractTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static void AssertHonoured(Tenant tenant, List<JsonNode> objects, string how, int seed)
    {
        var emulator = new ControllerEmulator(tenant, objects);
        var findings = emulator.Run(RenderPaths.Sub(seed), Now);
        Assert.True(findings.Count == 0, $"{how}, tenant {tenant.Name.Value}:\n{string.Join('\n', findings)}\n--- stamped pod ---\n{emulator.Stamped}");
    }

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void Sample_tenants_honour_the_contract_rendered_directly(string name)
        => AssertHonoured(SampleTenants.Get(name), RenderPaths.Direct(SampleTenants.Get(name)), "direct render", name.Length);

    [HelmTheory]
    [MemberData(nameof(HelmCases.Samples), MemberType = typeof(HelmCases))]
    public void Sample_tenants_honour_the_contract_rendered_by_helm(HelmMajor helm, string name)
        => AssertHonoured(SampleTenants.Get(name), RenderPaths.Helm(helm, chart, SampleTenants.Get(name)), $"helm template ({helm})", name.Length);

    [Fact]
    public void Generated_tenants_honour_the_contract_rendered_directly()
        => TenantGen.Tenant.Sample(t => AssertHonoured(t, RenderPaths.Direct(t), "direct render", Seed(t)),
            iter: 200, threads: 2, print: t => t.Name.Value);

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Generated_tenants_honour_the_contract_rendered_by_helm(HelmMajor helm)
        => TenantGen.Tenant.Sample(t => AssertHonoured(t, RenderPaths.Helm(helm, chart, t), $"helm template ({helm})", Seed(t)),
            iter: 12, threads: 2, print: t => t.Name.Value);

    // Stable across processes (string.GetHashCode is not), so a failing tenant's sub reproduces.
    private static int Seed(Tenant t) => t.Name.Value.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    [Fact]
    public void The_stamped_pod_is_the_one_the_controller_polls_and_reaps()
    {
        var tenant = SampleTenants.Get("initech");
        var sub = RenderPaths.Sub(7);
        var emulator = new ControllerEmulator(tenant, RenderPaths.Direct(tenant));
        Assert.Empty(emulator.Run(sub, Now));
        var pod = emulator.Pod!;
        Assert.Equal("openclaw-user-" + sub, pod.Metadata.Name);
        Assert.Equal("org-initech", pod.Metadata.NamespaceProperty);
        Assert.Equal("2026-12-01T09:30:00Z", pod.Metadata.Annotations["catalyst.openova.io/openclaw-last-seen"]);
        Assert.Equal([new k8s.Models.V1LocalObjectReference { Name = "initech-registry" }.Name], pod.Spec.ImagePullSecrets.Select(s => s.Name));
        Assert.All(pod.Spec.Containers[0].Env.Where(e => e.ValueFrom?.SecretKeyRef?.Key is "api-key" or "base-url"),
            e => Assert.Equal("newapi-key-" + sub, e.ValueFrom.SecretKeyRef.Name));
    }

    [Fact]
    public void The_controller_facts_name_pods_as_the_controller_does()
    {
        Assert.Equal("openclaw-user-3f2a", ControllerFacts.PodName("3F2A"));
        Assert.Equal("openclaw-user-a-b-c", ControllerFacts.PodName("a.b_c"));
        Assert.Equal("openclaw-user-x", ControllerFacts.PodName("-x-"));
        Assert.Equal(63, ControllerFacts.PodName(new string('a', 80)).Length);
        Assert.Equal("openclaw-user-" + new string('a', 48), ControllerFacts.PodName(new string('a', 48) + "-b"));
    }

    [Fact]
    public void The_stamp_goes_right_after_the_first_metadata_line_and_only_once()
    {
        var text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"p-${USER_UUID}\"\nspec: {}\n";
        var stamped = ControllerFacts.Stamp(text, "u1", Now);
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    catalyst.openova.io/openclaw-last-seen: \"2026-12-01T09:30:00Z\"\n  name: \"p-u1\"\nspec: {}\n", stamped);
        Assert.Equal(stamped, ControllerFacts.Stamp(stamped, "u1", Now.AddHours(1)));
        Assert.Equal("{\"metadata\":{}}", ControllerFacts.Stamp("{\"metadata\":{}}", "u1", Now));
    }
}
