using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The workspace controller: Deployment and ClusterIP Service.</summary>
internal static class ControllerBuilder
{
    public static V1Deployment Deployment(Tenant tenant)
    {
        var labels = Labels.For(tenant, Labels.Components.Controller);
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = Meta.Of(tenant, Names.Controller, Labels.Components.Controller),
            Spec = new V1DeploymentSpec
            {
                Replicas = tenant.Controller.Replicas,
                // The working-state volume is ReadWriteOnce: never run old and new pods side by side.
                Strategy = new V1DeploymentStrategy { Type = "Recreate" },
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, Labels.Components.Controller) },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = labels },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = Names.Controller,
                        AutomountServiceAccountToken = true,
                        EnableServiceLinks = false,
                        SecurityContext = SecurityContexts.Pod(),
                        Containers = [Container(tenant)],
                        Volumes =
                        [
                            new V1Volume { Name = "data", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = Names.Data } },
                            new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("256Mi") } },
                        ],
                    },
                },
            },
        };
    }

    private static V1Container Container(Tenant tenant) => new()
    {
        Name = "controller",
        Image = tenant.Images.Controller.Reference,
        ImagePullPolicy = "IfNotPresent",
        Ports = [new V1ContainerPort { Name = "http", ContainerPort = Names.ControllerPort, Protocol = "TCP" }],
        Env = ControllerEnvironment.Build(tenant),
        Resources = tenant.Controller.Resources.ToKubernetes(),
        SecurityContext = SecurityContexts.Container(),
        ReadinessProbe = Probe(5),
        LivenessProbe = Probe(15),
        VolumeMounts =
        [
            new V1VolumeMount { Name = "data", MountPath = "/data" },
            new V1VolumeMount { Name = "tmp", MountPath = "/tmp" },
        ],
    };

    private static V1Probe Probe(int initialDelay) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = "/healthz", Port = "http" },
        InitialDelaySeconds = initialDelay,
        PeriodSeconds = 10,
        TimeoutSeconds = 3,
        FailureThreshold = 3,
    };

    public static V1Service Service(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Meta.Of(tenant, Names.Controller, Labels.Components.Controller),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = Labels.Selector(tenant, Labels.Components.Controller),
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = "http", Protocol = "TCP" }],
        },
    };
}
