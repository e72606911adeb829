using System.Text.Json;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// The per-user pod the controller stamps out per session, kept as block YAML in a ConfigMap that the controller's
/// Deployment mounts at <see cref="Names.PodTemplateMountPath"/>. The runtime is identity-blind: it reads only the
/// per-user key Secret and the gateway settings, and never holds a Kubernetes token.
/// </summary>
internal static class PodTemplateBuilder
{
    public static V1Pod Pod(Tenant tenant)
    {
        var labels = Labels.For(tenant, Labels.Components.Runtime);
        labels[Names.OwnerLabel] = Names.UserUuid;
        return new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta
            {
                // The controller polls pods/openclaw-user-<sub> after creating the pod, so the name is fixed here.
                // No annotations: the controller adds its own annotations block after "metadata:", and a second
                // annotations key would make the stamped pod invalid YAML. The idle timeout reaches the controller
                // through IDLE_TIMEOUT_MINUTES instead.
                Name = Names.PerUserPod,
                NamespaceProperty = tenant.EffectiveNamespace,
                Labels = labels,
            },
            Spec = new V1PodSpec
            {
                ServiceAccountName = Names.Runtime,
                AutomountServiceAccountToken = false,
                EnableServiceLinks = false,
                RestartPolicy = "Never",
                ImagePullSecrets = PullSecrets(tenant),
                SecurityContext = SecurityContexts.Pod(),
                Containers =
                [
                    new V1Container
                    {
                        Name = "runtime",
                        Image = tenant.Images.Runtime.Reference,
                        ImagePullPolicy = "IfNotPresent",
                        Ports = [new V1ContainerPort { Name = "http", ContainerPort = Names.RuntimePort, Protocol = "TCP" }],
                        Env = Env(tenant),
                        Resources = tenant.Runtime.Resources.ToKubernetes(),
                        SecurityContext = SecurityContexts.Container(),
                        VolumeMounts =
                        [
                            new V1VolumeMount { Name = "tmp", MountPath = "/tmp" },
                            new V1VolumeMount { Name = "workspace", MountPath = "/workspace" },
                        ],
                    },
                ],
                Volumes =
                [
                    new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("256Mi") } },
                    new V1Volume { Name = "workspace", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("1Gi") } },
                ],
            },
        };
    }

    /// <summary>The pull secrets of the tenant's private registry, for the controller and the per-user pods alike.</summary>
    public static List<V1LocalObjectReference>? PullSecrets(Tenant tenant)
        => tenant.ImagePullSecrets.Count == 0 ? null : tenant.ImagePullSecrets.Select(s => new V1LocalObjectReference { Name = s.Value }).ToList();

    private static List<V1EnvVar> Env(Tenant tenant)
    {
        var env = new List<V1EnvVar>
        {
            EnvVars.FromSecret("NEWAPI_BASE_URL", Names.PerUserSecret, "base-url"),
            EnvVars.FromSecret("NEWAPI_KEY", Names.PerUserSecret, "api-key"),
            EnvVars.FromSecret("OPENAI_API_BASE", Names.PerUserSecret, "base-url"),
            EnvVars.FromSecret("OPENAI_API_KEY", Names.PerUserSecret, "api-key"),
            EnvVars.Value("LLM_DEFAULT_MODEL", tenant.Llm.DefaultModel),
        };
        env.AddRange(EnvVars.Extra(tenant.Runtime.ExtraEnv));
        return env;
    }

    /// <summary>The template's text, exactly as the ConfigMap holds it and the controller reads it.</summary>
    public static string Text(Tenant tenant)
    {
        using var doc = JsonDocument.Parse(KubernetesJson.Serialize(Pod(tenant)));
        return PodTemplateText.Write(doc.RootElement);
    }

    public static V1ConfigMap ConfigMap(Tenant tenant, string text) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = TenantMetadata.For(tenant, Names.PodTemplate, Labels.Components.Runtime),
        Data = new Dictionary<string, string> { [Names.PodTemplateKey] = text },
    };
}
