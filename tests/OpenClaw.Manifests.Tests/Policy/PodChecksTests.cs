using k8s.Models;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// OCM0001, 0003, 0005, 0006 and 0010 on one pod spec: each weakness alone, with the exact words the
/// message uses, the pod-level fallbacks Kubernetes applies, and init containers.
/// </summary>
public class PodChecksTests
{
    private const string Image = "ghcr.io/example/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static V1SecurityContext Restricted() => new()
    {
        RunAsNonRoot = true,
        ReadOnlyRootFilesystem = true,
        AllowPrivilegeEscalation = false,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    private static V1ResourceRequirements Resources() => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("512Mi") },
    };

    private static V1Container Container(string name = "app") => new()
    {
        Name = name,
        Image = Image,
        SecurityContext = Restricted(),
        Resources = Resources(),
    };

    private static V1PodSpec Spec(params V1Container[] containers) => new() { Containers = containers.Length == 0 ? [Container()] : containers.ToList() };

    private static List<Diagnostic> Check(V1PodSpec spec) => PodChecks.Check("Deployment/x", spec).ToList();

    private static string Only(V1PodSpec spec, string id)
    {
        var d = Assert.Single(Check(spec));
        Assert.Equal(id, d.Rule.Id);
        return d.Message;
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_restricted_pod_is_clean() => Assert.Empty(Check(Spec()));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_host_namespace_and_host_path_is_named_in_one_OCM0006()
    {
        var spec = Spec();
        spec.HostNetwork = true;
        spec.HostPID = true;
        spec.HostIPC = true;
        spec.Volumes = [new V1Volume { Name = "h", HostPath = new V1HostPathVolumeSource { Path = "/etc" } }];
        var d = Assert.Single(Check(spec));
        Assert.Equal("OCM0006", d.Rule.Id);
        Assert.Equal("Deployment/x", d.Subject);
        Assert.Equal(
            "Pod 'Deployment/x' uses hostNetwork, hostPID, hostIPC, hostPath volume 'h' (/etc): host namespaces, hostPath volumes and container-runtime sockets break tenant isolation",
            d.Message);
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("hostPID")]
    [InlineData("hostIPC")]
    public void Each_host_namespace_alone_is_OCM0006(string which)
    {
        var spec = Spec();
        if (which == "hostPID") spec.HostPID = true; else spec.HostIPC = true;
        Assert.Contains($"uses {which}:", Only(spec, "OCM0006"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void False_host_flags_and_volumes_without_host_path_are_fine()
    {
        var spec = Spec();
        spec.HostNetwork = false;
        spec.HostPID = false;
        spec.HostIPC = false;
        spec.Volumes = [new V1Volume { Name = "e", EmptyDir = new V1EmptyDirVolumeSource() }];
        Assert.Empty(Check(spec));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("/var/run/docker.sock")]
    [InlineData("/run/containerd/containerd.sock")]
    [InlineData("/var/run/crio/crio.sock")]
    [InlineData("/var/run/cri-dockerd.sock")]
    [InlineData("/run/podman/podman.sock")]
    public void Every_container_runtime_socket_is_OCM0006(string path)
    {
        var c = Container();
        c.VolumeMounts = [new V1VolumeMount { Name = "s", MountPath = path }];
        Assert.Contains($"a container-runtime socket at '{path}'", Only(Spec(c), "OCM0006"));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("/var/run/docker.sock.d")]
    [InlineData("/data")]
    [InlineData(null)]
    public void Other_mounts_are_fine(string? path)
    {
        var c = Container();
        c.VolumeMounts = [new V1VolumeMount { Name = "s", MountPath = path }];
        Assert.Empty(Check(Spec(c)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_socket_in_an_init_container_is_OCM0006()
    {
        var init = Container("init");
        init.VolumeMounts = [new V1VolumeMount { Name = "s", MountPath = "/var/run/docker.sock" }];
        var spec = Spec();
        spec.InitContainers = [init];
        Only(spec, "OCM0006");
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Init_containers_are_held_to_the_same_rules()
    {
        var init = Container("init");
        init.Image = "busybox:latest";
        init.SecurityContext = null;
        init.Resources = null;
        var spec = Spec();
        spec.InitContainers = [init];
        var d = Check(spec);
        Assert.Equal(["OCM0001", "OCM0005", "OCM0010"], d.Select(x => x.Rule.Id));
        Assert.All(d, x => Assert.Equal("Deployment/x container 'init'", x.Subject));
        Assert.Equal("Image 'busybox:latest' is not pinned by digest: use '<repository>@sha256:<64 lowercase hex>'", d[0].Message);
        Assert.Equal("Container 'init' is not restricted: no securityContext", d[1].Message);
        Assert.Equal("Container 'init' has no cpu requests, memory requests, cpu limits, memory limits", d[2].Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_container_without_an_image_is_OCM0001_with_an_empty_name()
    {
        var c = Container();
        c.Image = null;
        Assert.StartsWith("Image '' is not pinned", Only(Spec(c), "OCM0001"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void An_empty_security_context_lists_every_weakness_in_order()
    {
        var c = Container();
        c.SecurityContext = new V1SecurityContext();
        Assert.Equal(
            "Container 'app' is not restricted: allowPrivilegeEscalation is not false, readOnlyRootFilesystem is not true, runAsNonRoot is not true, capabilities do not drop ALL, seccomp profile is not RuntimeDefault",
            Only(Spec(c), "OCM0005"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Privileged_and_added_capabilities_are_named()
    {
        var c = Container();
        c.SecurityContext.Privileged = true;
        c.SecurityContext.RunAsUser = 0;
        c.SecurityContext.Capabilities.Add = ["NET_ADMIN", "NET_BIND_SERVICE", "SYS_TIME"];
        Assert.Equal("Container 'app' is not restricted: privileged, runs as UID 0, adds capabilities NET_ADMIN, SYS_TIME", Only(Spec(c), "OCM0005"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Explicitly_safe_values_are_fine()
    {
        var c = Container();
        c.SecurityContext.Privileged = false;
        c.SecurityContext.RunAsUser = 1000;
        c.SecurityContext.Capabilities.Add = [];
        Assert.Empty(Check(Spec(c)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Dropping_something_other_than_ALL_is_OCM0005()
    {
        var c = Container();
        c.SecurityContext.Capabilities = new V1Capabilities { Drop = ["NET_RAW"] };
        Assert.EndsWith(": capabilities do not drop ALL", Only(Spec(c), "OCM0005"));
        c.SecurityContext.Capabilities = null;
        Assert.EndsWith(": capabilities do not drop ALL", Only(Spec(c), "OCM0005"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Pod_level_run_as_non_root_and_seccomp_count_for_the_container()
    {
        var c = Container();
        c.SecurityContext.RunAsNonRoot = null;
        c.SecurityContext.SeccompProfile = null;
        var spec = Spec(c);
        Assert.Equal("Container 'app' is not restricted: runAsNonRoot is not true, seccomp profile is not RuntimeDefault", Only(spec, "OCM0005"));
        spec.SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } };
        Assert.Empty(Check(spec));
        spec.SecurityContext = new V1PodSecurityContext { RunAsNonRoot = false, SeccompProfile = new V1SeccompProfile { Type = "Unconfined" } };
        Assert.Single(Check(spec));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_localhost_seccomp_profile_is_accepted()
    {
        var c = Container();
        c.SecurityContext.SeccompProfile = new V1SeccompProfile { Type = "Localhost", LocalhostProfile = "profiles/app.json" };
        Assert.Empty(Check(Spec(c)));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_container_seccomp_profile_wins_over_the_pod_one()
    {
        var c = Container();
        c.SecurityContext.SeccompProfile = new V1SeccompProfile { Type = "Unconfined" };
        var spec = Spec(c);
        spec.SecurityContext = new V1PodSecurityContext { SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } };
        Assert.EndsWith(": seccomp profile is not RuntimeDefault", Only(spec, "OCM0005"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Uid_0_at_pod_level_counts_unless_the_container_sets_its_own_uid()
    {
        var spec = Spec();
        spec.SecurityContext = new V1PodSecurityContext { RunAsUser = 0 };
        Assert.EndsWith(": runs as UID 0", Only(spec, "OCM0005"));
        spec.Containers[0].SecurityContext.RunAsUser = 65532;
        Assert.Empty(Check(spec));
        spec.SecurityContext = new V1PodSecurityContext { RunAsUser = 65532 };
        spec.Containers[0].SecurityContext.RunAsUser = null;
        Assert.Empty(Check(spec));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("requests", "cpu", "cpu requests")]
    [InlineData("requests", "memory", "memory requests")]
    [InlineData("limits", "cpu", "cpu limits")]
    [InlineData("limits", "memory", "memory limits")]
    public void Each_missing_request_or_limit_is_named(string map, string resource, string named)
    {
        var c = Container();
        (map == "requests" ? c.Resources.Requests : c.Resources.Limits).Remove(resource);
        Assert.Equal($"Container 'app' has no {named}", Only(Spec(c), "OCM0010"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Missing_maps_are_named_whole()
    {
        var c = Container();
        c.Resources.Limits = null;
        Assert.Equal("Container 'app' has no cpu limits, memory limits", Only(Spec(c), "OCM0010"));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_plain_value_under_a_secret_name_is_OCM0003_but_empty_values_and_references_are_not()
    {
        var c = Container();
        c.Env =
        [
            new V1EnvVar { Name = "LOG_LEVEL", Value = "info" },
            new V1EnvVar { Name = "DB_PASSWORD", Value = "" },
            new V1EnvVar { Name = "API_TOKEN", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "s", Key = "k" } } },
        ];
        Assert.Empty(Check(Spec(c)));
        c.Env.Add(new V1EnvVar { Name = "DB_PASSWORD", Value = "hunter2" });
        var d = Assert.Single(Check(Spec(c)));
        Assert.Equal("OCM0003", d.Rule.Id);
        Assert.Equal("Deployment/x container 'app'", d.Subject);
        Assert.StartsWith("Plaintext secret in env 'DB_PASSWORD' of Deployment/x container 'app': ", d.Message);
        Assert.DoesNotContain("hunter2", d.Message);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Every_container_is_checked_not_only_the_first()
    {
        var second = Container("second");
        second.Image = "busybox:latest";
        var d = Assert.Single(Check(Spec(Container(), second)));
        Assert.Equal(("OCM0001", "Deployment/x container 'second'"), (d.Rule.Id, d.Subject));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_spec_with_init_containers_only_is_checked_without_failing()
    {
        var init = Container("init");
        init.Image = "busybox:latest";
        var d = Assert.Single(Check(new V1PodSpec { InitContainers = [init], Containers = null }));
        Assert.Equal(("OCM0001", "Deployment/x container 'init'"), (d.Rule.Id, d.Subject));
    }


    // HostAccessAnalyzer (OCM0006) reports a C# property under its YAML name.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("HostNetwork", "hostNetwork")]
    [InlineData("HostPID", "hostPID")]
    [InlineData("HostIPC", "hostIPC")]
    [InlineData("hostpid", "hostPID")]
    [InlineData("HostUsers", null)]
    [InlineData(null, null)]
    public void A_host_namespace_property_has_its_yaml_name(string? property, string? field)
        => Assert.Equal(field, HostFacts.HostNamespaceField(property));
}
