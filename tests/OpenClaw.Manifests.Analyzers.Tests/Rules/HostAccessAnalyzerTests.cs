using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.HostAccessAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class HostAccessAnalyzerTests
{
    [Fact]
    public Task Host_namespaces_hostPath_and_runtime_sockets_are_reported() => Verify.VerifyAsync(InMethod("""
        var spec = new V1PodSpec
        {
            HostNetwork = {|OCM0006:true|},
            HostPID = {|OCM0006:true|},
            HostIPC = {|OCM0006:true|},
            Volumes =
            [
                new V1Volume { Name = "logs", HostPath = {|OCM0006:new V1HostPathVolumeSource { Path = "/var/log" }|} },
                new V1Volume { Name = "docker", HostPath = {|OCM0006:new V1HostPathVolumeSource { Path = "/var/run/docker.sock", Type = "Socket" }|} },
            ],
            Containers =
            [
                new V1Container
                {
                    Name = "builder",
                    VolumeMounts = [new V1VolumeMount { Name = "sock", MountPath = {|OCM0006:"/run/containerd/containerd.sock"|} }],
                    Env = [new V1EnvVar { Name = "DOCKER_HOST", Value = {|OCM0006:"unix:///var/run/docker.sock"|} }],
                    Command = ["crictl", "--runtime-endpoint", {|OCM0006:"unix:///var/run/crio/crio.sock"|}],
                    Args = [{|OCM0006:"--host=unix:///run/podman/podman.sock"|}, {|OCM0006:"-v=/var/run/cri-dockerd.sock:/s"|}],
                },
            ],
        };
        """));

    [Fact]
    public Task Message_names_the_pod_and_the_socket() => Verify.VerifyAsync(
        InMethod("""
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "builder" },
            Spec = new V1PodSpec { Volumes = [new V1Volume { Name = "d", HostPath = {|#0:new V1HostPathVolumeSource { Path = "/var/run/docker.sock" }|} }] },
        };
        """),
        Verify.Diagnostic("OCM0006").WithLocation(0).WithArguments("builder", "a hostPath volume of the container-runtime socket '/var/run/docker.sock'"));

    [Fact]
    public Task Isolated_pods_are_silent() => Verify.VerifyAsync(InMethod("""
        var spec = new V1PodSpec
        {
            HostNetwork = false,
            HostPID = false,
            AutomountServiceAccountToken = false,
            Volumes =
            [
                new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
                new V1Volume { Name = "state", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = "org-acme-state" } },
                new V1Volume { Name = "none", HostPath = null },
            ],
            // Linux paths are case-sensitive, and a socket's name must be the whole file name.
            Containers = [new V1Container { Name = "app", VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }], Args = ["/var/run/Docker.sock", "/srv/my-docker.sock", "/var/run/docker.sock.bak"] }],
        };
        """));
}
