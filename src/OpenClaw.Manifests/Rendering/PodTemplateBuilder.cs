using System.Globalization;
using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// The per-user pod the controller stamps out per session, stored as canonical JSON in a ConfigMap.
/// The runtime is identity-blind: it reads only the per-user key Secret and the gateway settings,
/// and never holds a Kubernetes token.
/// </summary>
internal static class PodTemplateBuilder
{
    public static V1Pod Pod(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new V1ObjectMeta
        {
            // The controller fills in the session's name and user label.
            GenerateName = "openclaw-session-",
            NamespaceProperty = tenant.EffectiveNamespace,
            Labels = Labels.For(tenant, Labels.Components.Runtime),
            Annotations = new Dictionary<string, string>
            {
                ["openclaw.io/idle-timeout-minutes"] = tenant.Runtime.IdleTimeoutMinutes.ToString(CultureInfo.InvariantCulture),
            },
        },
        Spec = new V1PodSpec
        {
            ServiceAccountName = Names.Runtime,
            AutomountServiceAccountToken = false,
            EnableServiceLinks = false,
            RestartPolicy = "Never",
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

    public static V1ConfigMap ConfigMap(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = Meta.Of(tenant, Names.PodTemplate, Labels.Components.Runtime),
        Data = new Dictionary<string, string> { [Names.PodTemplateKey] = CanonicalJson.Serialize(Pod(tenant)) },
    };
}
