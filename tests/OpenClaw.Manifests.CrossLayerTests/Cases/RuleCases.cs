using k8s;
using k8s.Models;
using static OpenClaw.Manifests.CrossLayerTests.RuleCase;

namespace OpenClaw.Manifests.CrossLayerTests;

/// <summary>
/// One case table per policy rule (OCM0001–OCM0012), each case written for every layer or saying why a layer cannot
/// see it. <see cref="CrossLayerTests"/> runs them all; the rule pages' "Checked at" rows are generated from them.
/// </summary>
internal static class RuleCases
{
    private const string Controller = "Deployment/openclaw-controller";
    private const string ControllerContainer = Controller + " container 'controller'";
    private const string Role = "Role/openclaw-controller";

    // Reasons shared by several rules.
    private const string NoPodSpecInTenants = "tenant files have no pod spec: the library writes every container from its own restricted template";
    private const string RendererLabels = "labels are written by the renderer, never by platform code or tenant files";
    private const string EffectiveEgress = "egress is what every policy selecting a pod allows together (CIDR lists, or Cilium's names and entities), which only the rendered policies show";

    public static readonly Dictionary<string, RuleCase[]> Tables = new(StringComparer.Ordinal)
    {
        ["OCM0001"] =
        [
            new("OCM0001", "an image by tag",
                """var c = new V1Container { Name = "app", Image = {|OCM0001:"nginx:latest"|} };""",
                """
                  images:
                    controller: {|OCM0001:ghcr.io/openova-io/openova/openclaw-controller:latest|}
                    runtime: ghcr.io/openova-io/openova/openclaw-runtime@sha256:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b
                """,
                new RenderedChange(o => ControllerSpec(o).Containers[0].Image = "nginx:latest", ("OCM0001", ControllerContainer))),
        ],
        ["OCM0002"] =
        [
            new("OCM0002", "create restricted by resourceNames",
                """var r = RbacRule.For("", "configmaps").WithVerbs("get", {|OCM0002:"create"|}).WithResourceNames("prompts");""",
                """
                  rbac:
                    extraRules:
                      - {|OCM0002:{apiGroups: [""], resources: [configmaps], verbs: [get, create], resourceNames: [prompts]}|}
                """,
                new RenderedChange(o => AddRule(o, [""], ["configmaps"], ["get", "create"], ["prompts"]), ("OCM0002", Role + " rule 2"))),
            new("OCM0002", "get restricted by resourceNames is matched by name",
                """var r = RbacRule.For("", "configmaps").WithVerbs("get").WithResourceNames("prompts");""",
                """
                  rbac:
                    extraRules:
                      - {apiGroups: [""], resources: [configmaps], verbs: [get], resourceNames: [prompts]}
                """,
                new RenderedChange(o => AddRule(o, [""], ["configmaps"], ["get"], ["prompts"]))),
        ],
        ["OCM0003"] =
        [
            new("OCM0003", "a plain value under a secret-looking name",
                """var e = new V1EnvVar { Name = "DB_PASSWORD", Value = {|OCM0003:"correct-horse-battery"|} };""",
                """
                  controller:
                    extraEnv:
                      - {name: DB_PASSWORD, value: {|OCM0003:correct-horse-battery|}}
                """,
                new RenderedChange(o => ControllerSpec(o).Containers[0].Env.Add(new V1EnvVar { Name = "DB_PASSWORD", Value = "correct-horse-battery" }), ("OCM0003", ControllerContainer))),
            new("OCM0003", "an empty value holds nothing",
                """var e = new V1EnvVar { Name = "DB_PASSWORD", Value = "" };""",
                """
                  controller:
                    extraEnv:
                      - {name: DB_PASSWORD, value: ""}
                """,
                new RenderedChange(o => ControllerSpec(o).Containers[0].Env.Add(new V1EnvVar { Name = "DB_PASSWORD", Value = "" }))),
        ],
        ["OCM0004"] =
        [
            new("OCM0004", "every resource",
                """var r = new V1PolicyRule { ApiGroups = [""], Resources = [{|OCM0004:"*"|}], Verbs = ["get"] };""",
                """
                  rbac:
                    extraRules:
                      - {|OCM0004:{apiGroups: [""], resources: ["*"], verbs: [get]}|}
                """,
                new RenderedChange(o => AddRule(o, [""], ["*"], ["get"], null), ("OCM0004", Role + " rule 2"))),
            new("OCM0004", "one subresource of every resource",
                """var r = RbacRule.For("", {|OCM0004:"*/exec"|}).WithVerbs("create");""",
                """
                  rbac:
                    extraRules:
                      - {|OCM0004:{apiGroups: [""], resources: ["*/exec"], verbs: [create]}|}
                """,
                new RenderedChange(o => AddRule(o, [""], ["*/exec"], ["create"], null), ("OCM0004", Role + " rule 2"))),
            new("OCM0004", "pods/* is the literal string to the authorizer",
                """var r = new V1PolicyRule { ApiGroups = [""], Resources = ["pods/*"], Verbs = ["get"] };""",
                """
                  rbac:
                    extraRules:
                      - {apiGroups: [""], resources: ["pods/*"], verbs: [get]}
                """,
                new RenderedChange(o => AddRule(o, [""], ["pods/*"], ["get"], null))),
            new("OCM0004", "resourceNames are compared exactly",
                """var r = RbacRule.For("", "configmaps").WithVerbs("get").WithResourceNames("*");""",
                """
                  rbac:
                    extraRules:
                      - {apiGroups: [""], resources: [configmaps], verbs: [get], resourceNames: ["*"]}
                """,
                new RenderedChange(o => AddRule(o, [""], ["configmaps"], ["get"], ["*"]))),
            new("OCM0004", "every URL under a prefix",
                """var r = new V1PolicyRule { NonResourceURLs = [{|OCM0004:"/logs/*"|}], Verbs = ["get"] };""",
                Unseen("tenant RBAC rules have no nonResourceURLs"),
                UnseenRendered("a namespaced Role cannot carry nonResourceURLs: the API server refuses them before any authorizer reads them")),
        ],
        ["OCM0005"] =
        [
            new("OCM0005", "an added capability other than NET_BIND_SERVICE",
                """var c = new V1Capabilities { Drop = ["ALL"], Add = [{|OCM0005:"NET_ADMIN"|}, "NET_BIND_SERVICE"] };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).Containers[0].SecurityContext.Capabilities.Add = ["NET_ADMIN", "NET_BIND_SERVICE"], ("OCM0005", ControllerContainer))),
            new("OCM0005", "NET_BIND_SERVICE is what the restricted profile allows",
                """var c = new V1Capabilities { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).Containers[0].SecurityContext.Capabilities.Add = ["NET_BIND_SERVICE"])),
            new("OCM0005", "a privileged container",
                """var s = new V1SecurityContext { Privileged = {|OCM0005:true|} };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).Containers[0].SecurityContext.Privileged = true, ("OCM0005", ControllerContainer))),
        ],
        ["OCM0006"] =
        [
            new("OCM0006", "the node's network",
                """var s = new V1PodSpec { HostNetwork = {|OCM0006:true|} };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).HostNetwork = true, ("OCM0006", Controller))),
            new("OCM0006", "the Podman socket",
                """var m = new V1VolumeMount { Name = "sock", MountPath = {|OCM0006:"/run/podman/podman.sock"|} };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).Containers[0].VolumeMounts.Add(new V1VolumeMount { Name = "tmp", MountPath = "/run/podman/podman.sock" }), ("OCM0006", Controller))),
            new("OCM0006", "paths are case-sensitive",
                """var m = new V1VolumeMount { Name = "sock", MountPath = "/var/run/Docker.sock" };""",
                Unseen(NoPodSpecInTenants),
                new RenderedChange(o => ControllerSpec(o).Containers[0].VolumeMounts.Add(new V1VolumeMount { Name = "tmp", MountPath = "/var/run/Docker.sock" }))),
        ],
        ["OCM0007"] =
        [
            new("OCM0007", "a shared namespace",
                Unseen("namespaces are usually computed from the tenant name, so only the tenant (load time) and the rendered objects show the result"),
                """
                  namespace: {|OCM0007:kube-system|}
                """,
                new RenderedChange(o => Find<V1Service>(o).Metadata.NamespaceProperty = "kube-system", ("OCM0007", "Service/openclaw-controller"))),
        ],
        ["OCM0008"] =
        [
            new("OCM0008", "a binding to a ClusterRole",
                Unseen("the C# model has no way to declare a ClusterRole for a tenant, so there is nothing for an analyzer to flag"),
                Unseen("a tenant file cannot ask for cluster-scoped RBAC: extra rules always land in the namespaced Role"),
                new RenderedChange(o => Find<V1RoleBinding>(o).RoleRef.Kind = "ClusterRole", ("OCM0008", "RoleBinding/openclaw-controller"))),
        ],
        ["OCM0009"] =
        [
            new("OCM0009", "no NetworkPolicy at all",
                Unseen("coverage depends on labels and selectors across objects, which only the rendered set shows"),
                Unseen("the library writes the tenant's NetworkPolicies itself; a tenant file cannot remove them"),
                new RenderedChange(o => o.RemoveAll(x => x is V1NetworkPolicy),
                    ("OCM0009", Controller), ("OCM0009", Controller),
                    ("OCM0009", "ConfigMap/openclaw-pod-template pod template"), ("OCM0009", "ConfigMap/openclaw-pod-template pod template"))),
        ],
        ["OCM0010"] =
        [
            new("OCM0010", "a container without requests and limits",
                Unseen("the model always has resources (defaults), so only rendered output can lack them"),
                Unseen("every container gets the tenant's requests and limits, which have defaults; the loader checks their syntax"),
                new RenderedChange(o => ControllerSpec(o).Containers[0].Resources = null, ("OCM0010", ControllerContainer))),
        ],
        ["OCM0011"] =
        [
            new("OCM0011", "an object without the tenant label",
                Unseen(RendererLabels),
                Unseen(RendererLabels),
                new RenderedChange(o => Find<V1Service>(o).Metadata.Labels.Remove("openclaw.io/tenant"), ("OCM0011", "Service/openclaw-controller"))),
        ],
        ["OCM0012"] =
        [
            new("OCM0012", "egress to 0.0.0.0/0",
                Unseen(EffectiveEgress),
                Unseen(EffectiveEgress),
                new RenderedChange(o => Policy(o, "openclaw-runtime-egress").Spec.Egress[0].To[0].IpBlock.Cidr = "0.0.0.0/0", ("OCM0012", "NetworkPolicy/openclaw-runtime-egress"))),
            new("OCM0012", "an egress rule without peers allows every destination",
                Unseen(EffectiveEgress),
                Unseen(EffectiveEgress),
                new RenderedChange(o => Policy(o, "openclaw-controller-egress").Spec.Egress[1].To = null, ("OCM0012", "NetworkPolicy/openclaw-controller-egress"))),
            new("OCM0012", "a narrowed CIDR is not any address",
                Unseen(EffectiveEgress),
                Unseen(EffectiveEgress),
                new RenderedChange(o => Policy(o, "openclaw-runtime-egress").Spec.Egress[0].To[0].IpBlock.Cidr = "0.0.0.0/1")),
        ],
    };

    /// <summary>Every case's name (<see cref="RuleCase.ToString"/>), as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Tables.Values.SelectMany(t => t))
            data.Add(c.ToString());
        return data;
    }

    public static RuleCase Find(string name) => Tables.Values.SelectMany(t => t).Single(c => c.ToString() == name);

    private static T Find<T>(List<IKubernetesObject<V1ObjectMeta>> objects) => objects.OfType<T>().Single();

    private static V1NetworkPolicy Policy(List<IKubernetesObject<V1ObjectMeta>> objects, string name) => objects.OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == name);

    private static V1PodSpec ControllerSpec(List<IKubernetesObject<V1ObjectMeta>> objects) => Find<V1Deployment>(objects).Spec.Template.Spec;

    private static void AddRule(List<IKubernetesObject<V1ObjectMeta>> objects, string[] groups, string[] resources, string[] verbs, string[]? names)
        => Find<V1Role>(objects).Rules.Add(new V1PolicyRule { ApiGroups = groups, Resources = resources, Verbs = verbs, ResourceNames = names });
}
