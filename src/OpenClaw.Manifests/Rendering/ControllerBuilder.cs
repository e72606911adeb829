using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The workspace controller: Deployment and ClusterIP Service.</summary>
internal static class ControllerBuilder
{
    private const string PodTemplateVolume = "pod-template";

    /// <param name="tenant">The tenant.</param>
    /// <param name="podTemplate">The pod template's text: its checksum rolls the controller when it changes.</param>
    public static V1Deployment Deployment(Tenant tenant, string podTemplate)
    {
        var labels = Labels.For(tenant, Labels.Components.Controller);
        var volumes = new List<V1Volume>
        {
            new() { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("256Mi") } },
            // Projected by the kubelet as <mount>/pod-template.yaml, the one file the controller reads.
            new() { Name = PodTemplateVolume, ConfigMap = new V1ConfigMapVolumeSource { Name = Names.PodTemplate } },
        };
        if (tenant.Storage is not null)
            volumes.Add(new V1Volume { Name = Names.DataVolume, PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = Names.Data } });
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
            Spec = new V1DeploymentSpec
            {
                Replicas = tenant.Controller.Replicas,
                // The controller keeps no state on disk and the optional data volume is ReadWriteMany, so replicas may
                // run side by side on any nodes and a rollout never waits for a volume.
                Strategy = new V1DeploymentStrategy { Type = "RollingUpdate" },
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, Labels.Components.Controller) },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta
                    {
                        Labels = labels,
                        // The controller reads the pod template only at start-up: a changed template must restart it.
                        Annotations = new Dictionary<string, string> { [Names.PodTemplateChecksum] = PodTemplateText.Checksum(podTemplate) },
                    },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = Names.Controller,
                        AutomountServiceAccountToken = true,
                        EnableServiceLinks = false,
                        ImagePullSecrets = PodTemplateBuilder.PullSecrets(tenant),
                        SecurityContext = SecurityContexts.Pod(),
                        Containers = [Container(tenant)],
                        Volumes = volumes,
                    },
                },
            },
        };
    }

    private static V1Container Container(Tenant tenant)
    {
        var mounts = new List<V1VolumeMount>
        {
            new() { Name = "tmp", MountPath = "/tmp" },
            new() { Name = PodTemplateVolume, MountPath = Names.PodTemplateMountPath, ReadOnlyProperty = true },
        };
        if (tenant.Storage is not null) mounts.Add(new V1VolumeMount { Name = Names.DataVolume, MountPath = "/data" });
        return new V1Container
        {
            Name = "controller",
            Image = tenant.Images.Controller.Reference,
            ImagePullPolicy = "IfNotPresent",
            Ports = [new V1ContainerPort { Name = "http", ContainerPort = Names.ControllerPort, Protocol = "TCP" }],
            Env = ControllerEnvironment.Build(tenant),
            Resources = tenant.Controller.Resources.ToKubernetes(),
            SecurityContext = SecurityContexts.Container(),
            // /readyz answers 200 only once the API server and the issuer's JWKS are reachable; /healthz once the
            // configuration is parsed. Restarting on an unreachable issuer would not help, so liveness stays on /healthz.
            ReadinessProbe = Probe("/readyz", 5),
            LivenessProbe = Probe("/healthz", 15),
            VolumeMounts = mounts,
        };
    }

    private static V1Probe Probe(string path, int initialDelay) => new()
    {
        HttpGet = new V1HTTPGetAction { Path = path, Port = "http" },
        InitialDelaySeconds = initialDelay,
        PeriodSeconds = 10,
        TimeoutSeconds = 3,
        FailureThreshold = 3,
    };

    public static V1Service Service(Tenant tenant) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = Labels.Selector(tenant, Labels.Components.Controller),
            Ports = [new V1ServicePort { Name = Names.ServicePortName, Port = Names.ServicePort, TargetPort = Names.ServicePortName, Protocol = "TCP" }],
        },
    };
}
