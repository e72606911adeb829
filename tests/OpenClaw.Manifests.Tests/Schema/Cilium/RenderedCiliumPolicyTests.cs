using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Rendering.Crds;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Schema.Cilium;

/// <summary>The CiliumNetworkPolicy objects the renderer emits, against the CRD's own schema for the fields emitted.</summary>
public sealed class RenderedCiliumPolicyTests
{
    public static TheoryData<string> Tenants() => new("umbrella", "acme");

    [Theory]
    [MemberData(nameof(Tenants))]
    public void Every_rendered_Cilium_policy_is_valid_for_the_CRD(string sample)
    {
        var tenant = TenantLoader.Load([RepoPaths.Sample(sample)]).Tenants.Single().Tenant;
        // The acme sample has Cilium off; turned on here, so two tenants with different settings are checked.
        tenant = tenant with { Network = tenant.Network with { Cilium = true } };
        var policies = TenantRenderer.Render(tenant).Objects.OfType<CiliumNetworkPolicy>().ToList();
        Assert.Equal(2, policies.Count);
        foreach (var p in policies)
        {
            var errors = CiliumSchema.Errors(ObjectJson.Serialize(p));
            Assert.True(errors.Count == 0, $"{p.Metadata.Name}:\n{string.Join('\n', errors)}");
        }
    }

    [Fact]
    public void A_field_outside_the_schema_fails_the_rendered_policy()
    {
        var tenant = TestTenants.Minimal() with { Network = new NetworkSettings { Cilium = true } };
        var policy = TenantRenderer.Render(tenant).Objects.OfType<CiliumNetworkPolicy>().First();
        // toCIDR is a real CRD field, but not one the renderer emits: the trimmed schema refuses it.
        policy.Spec.Egress![0].ToCidr = ["10.0.0.0/8"];
        Assert.Contains(CiliumSchema.Errors(ObjectJson.Serialize(policy)), e => e.Contains("toCIDR", StringComparison.Ordinal));
    }
}
