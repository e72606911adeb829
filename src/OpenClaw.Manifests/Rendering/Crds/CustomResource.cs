using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering.Crds;

// k8s.Models has no types for custom resources, so the three the renderer emits are written in this folder: only the
// fields the renderer sets, named as their CRDs name them. Serialized by ObjectJson (a source-generated context, for
// the native command line).

/// <summary>A namespaced custom resource: fixed apiVersion and kind, the usual metadata, a spec of its own type.</summary>
public abstract class CustomResource<TSpec>(string apiVersion, string kind) : IKubernetesObject<V1ObjectMeta>
    where TSpec : new()
{
    /// <summary>The resource's group and version.</summary>
    [JsonPropertyName("apiVersion")] public string ApiVersion { get; set; } = apiVersion;
    /// <summary>The resource's kind.</summary>
    [JsonPropertyName("kind")] public string Kind { get; set; } = kind;
    /// <summary>Name, namespace and labels.</summary>
    [JsonPropertyName("metadata")] public V1ObjectMeta Metadata { get; set; } = new();
    /// <summary>The resource's spec.</summary>
    [JsonPropertyName("spec")] public TSpec Spec { get; set; } = new();
}
