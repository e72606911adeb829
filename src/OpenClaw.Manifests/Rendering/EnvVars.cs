using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>Environment variable construction: values are only ever non-secret; secrets come by reference.</summary>
internal static class EnvVars
{
    public static V1EnvVar Value(string name, string value) => new() { Name = name, Value = value };

    public static V1EnvVar FromSecret(string name, SecretKeyRef secret) => FromSecret(name, secret.Name, secret.Key);

    public static V1EnvVar FromSecret(string name, string secretName, string key) => new()
    {
        Name = name,
        ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secretName, Key = key } },
    };

    /// <summary>A variable whose value may be unset: without a value Kubernetes sets it empty, which programs read as unset.</summary>
    public static V1EnvVar Optional(string name, string? value) => new() { Name = name, Value = string.IsNullOrEmpty(value) ? null : value };

    public static IEnumerable<V1EnvVar> Extra(IEnumerable<EnvVarSpec> extra)
        => extra.Select(e => e.SecretKeyRef is { } s ? FromSecret(e.Name, s) : Value(e.Name, e.Value ?? ""));
}
