using System.Text.Json.Nodes;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>A tenant in chart-values form, read through the value table.</summary>
internal static class TenantValues
{
    /// <summary>
    /// Only the values where the tenant differs from the chart's defaults: what a reviewer needs to see,
    /// and what the tenant's values.yaml holds. A value equal to what an empty value means (such as
    /// client id <c>openclaw</c>) counts as a default too.
    /// </summary>
    public static JsonObject Overlay(Tenant tenant)
    {
        var root = new JsonObject();
        foreach (var v in ValueCatalog.Leaves)
        {
            if (v.FromTenant is null) continue;
            var value = v.FromTenant(tenant);
            if (JsonNode.DeepEquals(value, v.Default)) continue;
            if (v.EmptyMeans is not null && value is JsonValue s && s.GetValue<string>() == v.EmptyMeans) continue;
            ValueTree.Set(root, v.Path, value);
        }
        return root;
    }
}
