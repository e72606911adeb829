using System.Text.Json.Nodes;
using k8s;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>A tenant's objects as JSON, from the direct renderer or from <c>helm template</c> of the generated chart.</summary>
internal static class RenderPaths
{
    public static List<JsonNode> Direct(Tenant tenant)
        => TenantRenderer.BuildObjects(tenant).Select(o => JsonNode.Parse(KubernetesJson.Serialize(o))!).ToList();

    public static List<JsonNode> Helm(HelmMajor helm, ChartFixture chart, Tenant tenant)
    {
        var result = chart.Render(helm, tenant);
        if (result.ExitCode != 0) throw new Xunit.Sdk.XunitException($"helm template failed for {tenant.Name.Value}:\n{result}");
        return ObjectSet.FromYaml(result.Stdout).Objects.Values.ToList();
    }

    /// <summary>A user's sub as Keycloak issues them: a lowercase UUID, from a seeded source so failures reproduce.</summary>
    public static string Sub(int seed)
    {
        var bytes = new byte[16];
        new Random(seed).NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
