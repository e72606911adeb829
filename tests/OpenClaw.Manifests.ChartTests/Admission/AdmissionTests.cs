using System.Text.Json.Nodes;
using CsCheck;
using OpenClaw.Manifests.Analyzers.Tests.CrossLayer;
using OpenClaw.Manifests.ChartTests.Contract;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using static OpenClaw.Manifests.ChartTests.Admission.AdmissionCases;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// The generated admission policies (charts-out/cluster) evaluated with a real CEL implementation: everything this
/// project renders, and the per-user pod the controller stamps, is admitted by every policy; every violating object
/// (the cross-layer case tables, the corpus' images, kubectl-style objects) is denied by the policy of its rule, with
/// the rule ID first in the message, and by no other.
/// </summary>
public sealed class AdmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    // Every object of the tenant's render, and the pod the controller stamps from its template for one user.
    private static List<CelEvaluator.Case> Rendered(Tenant tenant, int seed)
    {
        var objects = RenderPaths.Direct(tenant);
        var emulator = new ControllerEmulator(tenant, objects);
        Assert.Empty(emulator.Run(RenderPaths.Sub(seed), Now));
        return [.. objects.Append(Json(emulator.Pod!)).Select(o => InTenant(tenant, o))];
    }

    private static void AssertAdmitted(IReadOnlyList<CelEvaluator.Case> cases)
    {
        var verdicts = CelEvaluator.Evaluate(Policies, cases);
        var problems = cases.Zip(verdicts).SelectMany(p => p.Second.SelectMany(v => v.Denials.Concat(v.Errors).Select(m => $"{Key(p.First.Object)}: {v.Policy}: {m}"))).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The pod policies saw the stamped pod and the controller's Deployment: an admission that matched nothing proves nothing.
        foreach (var kind in new[] { "Pod", "Deployment" })
        {
            var index = cases.ToList().FindIndex(c => (string?)c.Object["kind"] == kind);
            Assert.True(index >= 0, $"no {kind} among the objects");
            Assert.All(verdicts[index].Where(v => PodRules.Contains(RuleOf(v.Policy))), v => Assert.True(v.Matched, $"{v.Policy} did not match the {kind}"));
        }
    }

    private static readonly string[] PodRules = ["OCM0001", "OCM0005", "OCM0006"];

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void Every_object_of_a_sample_tenant_and_its_stamped_pod_is_admitted(string name)
        => AssertAdmitted(Rendered(SampleTenants.Get(name), name.Length));

    [Fact]
    public void Every_object_of_generated_tenants_and_their_stamped_pods_is_admitted()
        => TenantGen.Tenant.Array[8].Sample(tenants => AssertAdmitted([.. tenants.SelectMany((t, i) => Rendered(t, i))]),
            iter: 6, threads: 1, print: ts => string.Join(", ", ts.Select(t => t.Name.Value)));

    public static TheoryData<string> RuleCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in RuleCases.Tables.Values.SelectMany(t => t).Where(c => c.Rendered.Input is not null)) data.Add(c.ToString());
        return data;
    }

    /// <summary>
    /// Each rendered case of the cross-layer tables, as objects: the objects the render-time policy names for a rule that
    /// admission enforces are denied by that rule's policy alone; everything else (and every case of a rule admission
    /// cannot decide) is admitted.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleCaseNames))]
    public void A_rule_case_is_denied_by_its_rules_policy_and_no_other(string name)
    {
        var rule = RuleCases.Tables.Values.SelectMany(t => t).Single(c => c.ToString() == name);
        var tenant = SampleTenants.Get("acme");
        var objects = TenantRenderer.BuildObjects(tenant).ToList();
        rule.Rendered.Input!.Change(objects);
        var expected = rule.Rendered.Input.Expected.Where(e => Rules.Contains(e.Rule))
            .Select(e => (e.Rule, Object: e.Subject.Split(' ')[0])).Distinct().Order().ToList();
        AssertDenials([.. objects.Select(o => InTenant(tenant, Json(o)))], expected);
    }

    // The denials of every policy on every case, checked against (rule, Kind/name) pairs: each message starts with the
    // policy's rule ID, and no expression fails to evaluate.
    private static void AssertDenials(List<CelEvaluator.Case> cases, List<(string Rule, string Object)> expected)
    {
        var verdicts = CelEvaluator.Evaluate(Policies, cases);
        var actual = new List<(string, string)>();
        for (var i = 0; i < cases.Count; i++)
        {
            foreach (var v in verdicts[i])
            {
                Assert.True(v.Errors.Count == 0, $"{Key(cases[i].Object)}: {v.Policy}: {string.Join("; ", v.Errors)}");
                foreach (var message in v.Denials)
                {
                    Assert.StartsWith(RuleOf(v.Policy) + " ", message);
                    actual.Add((RuleOf(v.Policy), Key(cases[i].Object)));
                }
            }
        }
        Assert.Equal(expected, actual.Distinct().Order().ToList());
    }

    private const string Digest = "@sha256:4f2c1d8a9b7e6f5a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

    // A pod someone could apply with kubectl that every policy admits; the variants below break one rule each.
    private const string GoodPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          namespace: org-acme
        spec:
          securityContext:
            runAsNonRoot: true
            seccompProfile: {type: RuntimeDefault}
          containers:
            - name: shell
              image: docker.io/library/busybox@sha256:4f2c1d8a9b7e6f5a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities: {drop: [ALL]}
              resources:
                requests: {cpu: 10m, memory: 16Mi}
                limits: {cpu: 100m, memory: 64Mi}
        """;

    public static TheoryData<string, string, string?> KubectlObjects() => new()
    {
        { "a restricted, pinned pod", GoodPod, null },
        { "a :latest pod", GoodPod.Replace("busybox" + Digest, "busybox:latest"), "OCM0001" },
        { "a :latest init container", GoodPod.Replace("  containers:", "  initContainers:\n    - name: init\n      image: busybox:latest\n      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}\n  containers:"), "OCM0001" },
        { "a privileged pod", GoodPod.Replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n        privileged: true"), "OCM0005" },
        { "a pod running as root", GoodPod.Replace("runAsNonRoot: true", "runAsUser: 0"), "OCM0005" },
        { "a pod adding NET_ADMIN", GoodPod.Replace("{drop: [ALL]}", "{drop: [ALL], add: [NET_ADMIN]}"), "OCM0005" },
        { "a pod mounting the Docker socket", GoodPod.Replace("      resources:", "      volumeMounts:\n        - {name: docker, mountPath: /var/run/docker.sock}\n      resources:")
            + "\n  volumes:\n    - name: docker\n      hostPath: {path: /var/run/docker.sock}", "OCM0006" },
        { "a pod on the node's network", GoodPod.Replace("  containers:", "  hostNetwork: true\n  containers:"), "OCM0006" },
        { "a Deployment of a :latest image", Deployment(GoodPod.Replace("busybox" + Digest, "busybox:latest")), "OCM0001" },
        { "a pod outside tenant namespaces", GoodPod.Replace("busybox" + Digest, "busybox:latest").Replace("org-acme", "kube-system"), null },
    };

    // The pod as the template of a Deployment, as kubectl create deployment writes one.
    private static string Deployment(string pod)
    {
        var spec = string.Join('\n', pod[pod.IndexOf("spec:", StringComparison.Ordinal)..].Split('\n').Select(l => "    " + l));
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: debug\n  namespace: org-acme\nspec:\n  selector: {matchLabels: {app: debug}}\n  template:\n    metadata: {labels: {app: debug}}\n" + spec;
    }

    [Theory]
    [MemberData(nameof(KubectlObjects))]
    public void A_kubectl_style_object_is_denied_by_its_rules_policy_and_no_other(string what, string yaml, string? rule)
    {
        var o = ObjectSet.FromYaml(yaml).Objects.Values.Single();
        AssertDenials([InTenant(SampleTenants.Get("acme"), o)], rule is null ? [] : [(rule, Key(o))]);
        Assert.NotEmpty(what);
    }

    [Fact]
    public void The_messages_name_the_rule_the_container_and_the_field()
    {
        string Denial(string yaml) => CelEvaluator.Evaluate(Policies, [InTenant(SampleTenants.Get("acme"), ObjectSet.FromYaml(yaml).Objects.Values.Single())])
            .Single().SelectMany(v => v.Denials).Single();
        Assert.Equal("OCM0001 container 'shell': Image 'busybox:latest' is not pinned by digest: use '<repository>@sha256:<64 lowercase hex>'",
            Denial(GoodPod.Replace("docker.io/library/busybox" + Digest, "busybox:latest")));
        Assert.Equal("OCM0005 Container 'shell' is not restricted: adds capabilities NET_ADMIN",
            Denial(GoodPod.Replace("{drop: [ALL]}", "{drop: [ALL], add: [NET_BIND_SERVICE, NET_ADMIN]}")));
        Assert.Equal("OCM0006 Pod 'debug' uses a container-runtime socket at '/run/containerd/containerd.sock' in container 'shell': host namespaces, hostPath volumes and container-runtime sockets break tenant isolation",
            Denial(GoodPod.Replace("      resources:", "      volumeMounts:\n        - {name: tmp, mountPath: /run/containerd/containerd.sock}\n      resources:")));
    }

    /// <summary>The harness itself can fail: a policy with a narrowed pattern denies what the real one admits, and a function
    /// outside the listed set (one Kubernetes has but the policies may not use) is an evaluation error, not a pass.</summary>
    [Fact]
    public void A_broken_policy_is_caught()
    {
        var cases = Rendered(SampleTenants.Get("acme"), 1);
        JsonNode Broken(string rule, Func<string, string> edit)
        {
            var p = Policies.Single(p => (string?)p["metadata"]!["labels"]!["openclaw.io/rule"] == rule).DeepClone();
            var v = p["spec"]!["validations"]![0]!;
            v["expression"] = edit((string)v["expression"]!);
            return p;
        }
        var narrowed = CelEvaluator.Evaluate([Broken("OCM0001", e => e.Replace("@sha256:", "@sha512:"))], cases);
        Assert.Contains(narrowed, v => v.Single().Denials.Count > 0);
        var unlisted = CelEvaluator.Evaluate([Broken("OCM0005", e => e.Replace("has(c.securityContext)", "c.name.lowerAscii() != \"\""))], cases);
        Assert.Contains(unlisted, v => v.Single().Errors.Any(e => e.Contains("lowerAscii", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_schema_check_refuses_a_broken_policy_and_binding()
    {
        using var dir = new TempDir();
        var tree = GeneratedTree.Build(PlatformSettingsFile.Load(RepoPaths.Settings));
        var text = GeneratedTree.Text(tree, "cluster/ocm0001.yaml");
        dir.File("ocm0001.yaml", text.Replace("failurePolicy: \"Fail\"", "failurePolicy: \"Ignore-ish\"", StringComparison.Ordinal)
            .Replace("- \"Warn\"", "- \"Block\"", StringComparison.Ordinal));

        var (exit, output) = KubeValidate.Run(dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("spec/failurePolicy", output);
        Assert.Contains("spec/validationActions/0", output);
    }
}
