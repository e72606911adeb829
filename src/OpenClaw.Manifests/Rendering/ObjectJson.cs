using System.Text.Json;
using System.Text.Json.Serialization;
using k8s;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// JSON of any object the renderer builds. k8s.Models types go through KubernetesJson; the custom resources of
/// <see cref="Crds"/> through a source-generated context of their own, because KubernetesClient.Aot (the native
/// command line) knows only its own types and the reflection fallback does not exist there.
/// </summary>
internal static class ObjectJson
{
    public static string Serialize(object o) => o switch
    {
        CiliumNetworkPolicy c => JsonSerializer.Serialize(c, CrdJsonContext.Default.CiliumNetworkPolicy),
        HttpRoute r => JsonSerializer.Serialize(r, CrdJsonContext.Default.HttpRoute),
        ServiceMonitor m => JsonSerializer.Serialize(m, CrdJsonContext.Default.ServiceMonitor),
        _ => KubernetesJson.Serialize(o),
    };
}

// Null fields are left out, as KubernetesJson leaves them out of k8s.Models objects.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CiliumNetworkPolicy))]
[JsonSerializable(typeof(HttpRoute))]
[JsonSerializable(typeof(ServiceMonitor))]
internal sealed partial class CrdJsonContext : JsonSerializerContext;
