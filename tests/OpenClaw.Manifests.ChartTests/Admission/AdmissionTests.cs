using System.Text.Json.Nodes;
using CsCheck;
using OpenClaw.Manifests.ChartTests.Contract;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.CrossLayerTests;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using static OpenClaw.Manifests.ChartTests.Admission.AdmissionCases;
using static OpenClaw.Manifests.ChartTests.Admission.KubectlObjects;

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

    private static void AssertAdmitted(IReadOnlyList<CelEvaluator.Case> cases, List<List<CelEvaluator.Verdict>>? evaluated = null)
    {
        var verdicts = evaluated ?? CelEvaluator.Evaluate(Policies, cases);
        var problems = cases.Zip(verdicts).SelectMany(p => p.Second.SelectMany(v => v.Denials.Concat(v.Errors).Select(m => $"{Key(p.First.Object)}: {v.Policy}: {m}"))).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // An admission that matched nothing proves nothing: every policy saw some rendered object, and the pod policies saw
        // both the stamped pod and the controller's Deployment.
        for (var p = 0; p < Policies.Count; p++)
            Assert.True(verdicts.Any(v => v[p].Matched), $"{Policies[p]["metadata"]!["name"]} matched none of the rendered objects");
        foreach (var kind in new[] { "Pod", "Deployment" })
        {
            var index = cases.ToList().FindIndex(c => (string?)c.Object["kind"] == kind);
            Assert.True(index >= 0, $"no {kind} among the objects");
            Assert.All(verdicts[index].Where(v => PodRules.Contains(RuleOf(v.Policy))), v => Assert.True(v.Matched, $"{v.Policy} did not match the {kind}"));
        }
    }

    private static readonly string[] PodRules = ["OCM0001", "OCM0003", "OCM0005", "OCM0006", "OCM0010"];

    private static readonly VerdictBook SampleBook = new(Policies, () => SampleTenants.Names().Cast<object[]>().Select(row => (string)row[0])
        .Select(name => (name, (IReadOnlyList<CelEvaluator.Case>)Rendered(SampleTenants.Get(name), name.Length))));

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void Every_object_of_a_sample_tenant_and_its_stamped_pod_is_admitted(string name)
        => AssertAdmitted(Rendered(SampleTenants.Get(name), name.Length), SampleBook[name]);

    // Two batches of 20 tenants: one Node process each (shrinking, on a failure, evaluates more).
    [Fact]
    public void Every_object_of_generated_tenants_and_their_stamped_pods_is_admitted()
        => TenantGen.Tenant.Array[20].Sample(tenants => AssertAdmitted([.. tenants.SelectMany((t, i) => Rendered(t, i))]),
            iter: 2, threads: 1, print: ts => string.Join(", ", ts.Select(t => t.Name.Value)));

    public static TheoryData<string> RuleCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in RuleCases.Tables.Values.SelectMany(t => t).Where(c => c.Rendered.Input is not null)) data.Add(c.ToString());
        return data;
    }

    /// <summary>
    /// Each rendered case of the cross-layer tables, as objects: the objects the render-time policy names for a rule that
    /// admission enforces are denied by that rule's policy alone; everything else (and every case of a rule admission
    /// cannot decide) is admitted. An object the case moves out of the tenant namespace is outside every policy's scope
    /// (they select tenant namespaces), which the rule pages say: it must be admitted.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleCaseNames))]
    public void A_rule_case_is_denied_by_its_rules_policy_and_no_other(string name)
    {
        var rule = RuleCases.Tables.Values.SelectMany(t => t).Single(c => c.ToString() == name);
        var cases = RuleCaseObjects(name);
        var inScope = cases.Where(c => c.NamespaceLabels?.ContainsKey(Names.TenantLabel) == true).Select(c => Key(c.Object)).ToHashSet();
        var expected = rule.Rendered.Input!.Expected.Where(e => Rules.Contains(e.Rule))
            .Select(e => (e.Rule, Object: e.Subject.Split(' ')[0])).Where(e => inScope.Contains(e.Object)).Distinct().Order().ToList();
        AssertDenials("rule:" + name, cases, expected);
    }

    // The sample tenant's objects with one case's change.
    private static List<CelEvaluator.Case> RuleCaseObjects(string name)
    {
        var rule = RuleCases.Tables.Values.SelectMany(t => t).Single(c => c.ToString() == name);
        var tenant = SampleTenants.Get("acme");
        var objects = TenantRenderer.BuildObjects(tenant).ToList();
        rule.Rendered.Input!.Change(objects);
        return [.. objects.Select(o => InTenant(tenant, Json(o)))];
    }

    private static CelEvaluator.Case Kubectl(string yaml) => InTenant(SampleTenants.Get("acme"), ObjectSet.FromYaml(yaml).Objects.Values.Single());

    // The pod the controller stamps after someone with ConfigMap access gave the template a tag-only image
    // (the runtime container): no render-time check sees this pod, admission does.
    private static CelEvaluator.Case TamperedStamp()
    {
        var tenant = SampleTenants.Get("acme");
        var objects = RenderPaths.Direct(tenant);
        var data = objects.Single(o => (string?)o["kind"] == "ConfigMap" && (string?)o["metadata"]!["name"] == Names.PodTemplate)["data"]!;
        var template = data[Names.PodTemplateKey]!.GetValue<string>();
        var tampered = System.Text.RegularExpressions.Regex.Replace(template, "@sha256:[0-9a-f]{64}", ":latest");
        Assert.NotEqual(template, tampered);
        data[Names.PodTemplateKey] = tampered;
        var emulator = new ControllerEmulator(tenant, objects);
        emulator.Run(RenderPaths.Sub(7), Now);
        return InTenant(tenant, Json(emulator.Pod!));
    }

    [Fact]
    public void A_pod_stamped_from_a_tampered_template_is_denied()
    {
        var c = TamperedStamp();
        Assert.StartsWith("openclaw-user-", (string?)c.Object["metadata"]!["name"], StringComparison.Ordinal);
        AssertDenials("stamped", [c], [("OCM0001", Key(c.Object))]);
    }

    // Every violating object of the theories below, evaluated in one Node process.
    private static readonly VerdictBook Violations = new(Policies, () =>
        new[] { ("stamped", (IReadOnlyList<CelEvaluator.Case>)[TamperedStamp()]) }.Concat(RuleCaseNames().Cast<object[]>().Select(row => (string)row[0]).Select(n => ("rule:" + n, (IReadOnlyList<CelEvaluator.Case>)RuleCaseObjects(n))))
            .Concat(KubectlObjects.All().Cast<object[]>().Select(row => ("kubectl:" + (string)row[0], (IReadOnlyList<CelEvaluator.Case>)[Kubectl((string)row[1])])))
            .Concat(CorpusObjects.All(Rules).Where(c => c.Object is not null)
                .Select(c => ("corpus:" + c.Name, (IReadOnlyList<CelEvaluator.Case>)[InTenant(SampleTenants.Get("acme"), c.Object!.Object)]))));

    // The denials of every policy on every case, checked against (rule, Kind/name) pairs: each message starts with the
    // policy's rule ID, and no expression fails to evaluate.
    private static void AssertDenials(string group, List<CelEvaluator.Case> cases, List<(string Rule, string Object)> expected)
    {
        var verdicts = Violations[group];
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

    [Theory]
    [MemberData(nameof(KubectlObjects.All), MemberType = typeof(KubectlObjects))]
    public void A_kubectl_style_object_is_denied_by_its_rules_policy_and_no_other(string what, string yaml, string? rule)
    {
        var c = Kubectl(yaml);
        AssertDenials("kubectl:" + what, [c], rule is null ? [] : [(rule, Key(c.Object))]);
        Assert.NotEmpty(what);
    }

    public static TheoryData<string> CorpusCases() => new(CorpusObjects.All(Rules).Select(c => c.Name));

    /// <summary>
    /// Each corpus case whose expectation names a rule admission enforces, as an object: denied by that rule's policy
    /// alone, or admitted where the case is one the rule pages name as render-time only. A case that can be no object
    /// says why (CorpusObjects.NotObjects).
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void A_corpus_case_as_an_object_is_denied_by_its_rules_policy_and_no_other(string name)
    {
        var (_, c, reason) = CorpusObjects.All(Rules).Single(c => c.Name == name);
        if (c is null)
        {
            Assert.True(reason is not null, $"corpus case {name} names an admission rule but became no object and is not listed in CorpusObjects.NotObjects");
            return;
        }
        var expected = CorpusObjects.RenderTimeOnly.ContainsKey(name) ? [] : c.Rules.Select(r => (r, Key(c.Object))).ToList();
        AssertDenials("corpus:" + name, [InTenant(SampleTenants.Get("acme"), c.Object)], expected);
    }

    public static TheoryData<string, string> Messages() => new()
    {
        { "a :latest pod", "OCM0001 container 'shell': Image 'docker.io/library/busybox:latest' is not pinned by digest: use '<repository>@sha256:<64 lowercase hex>'" },
        { "a pod adding NET_ADMIN next to NET_BIND_SERVICE", "OCM0005 Container 'shell' is not restricted: adds capabilities NET_ADMIN" },
        { "a pod mounting the containerd socket", "OCM0006 Pod 'debug' uses a container-runtime socket at '/run/containerd/containerd.sock' in container 'shell': host namespaces, hostPath volumes and container-runtime sockets break tenant isolation" },
        { "a Role granting create by resourceNames", "OCM0002 Role 'debug' rule on configmaps: RBAC rule with verb(s) 'create' must not carry resourceNames: the Kubernetes authorizer cannot match these verbs by name, so the rule never allows them; put them in their own rule without resourceNames" },
        { "a Role on every resource", "OCM0004 Role 'debug' rule on *: RBAC rule uses '*' in resources: list the exact API groups, resources and verbs the controller needs" },
        { "a RoleBinding to a ClusterRole", "OCM0008 RoleBinding 'debug' roleRef: ClusterRole 'admin' is cluster-scoped: tenants get a namespaced Role and RoleBinding only" },
        { "a RoleBinding of another namespace's service account", "OCM0007 RoleBinding 'debug' subject 'debug' references namespace 'org-globex', but tenant 'acme' may only use its own namespace 'org-acme'" },
        { "a NetworkPolicy letting every namespace in", "OCM0007 NetworkPolicy 'debug' ingress peer namespaceSelector references namespace '(any namespace)', but tenant 'acme' may only use its own namespace 'org-acme'" },
        { "a pod with a password in env", "OCM0003 Plaintext secret in env 'DB_PASSWORD' of container 'shell': reference a Kubernetes Secret instead (SecretKeyRef: name + key); secret values never belong in tenant files, code, values or generated output" },
        { "a pod with an sk- key under an innocent name", "OCM0003 Plaintext secret in env 'LOG_LEVEL' of container 'shell': reference a Kubernetes Secret instead (SecretKeyRef: name + key); secret values never belong in tenant files, code, values or generated output" },
        { "a Deployment without limits", "OCM0010 Container 'shell' has no cpu limits, memory limits" },
    };

    /// <summary>Each policy's message, read from the evaluator: the rule ID first, then the container or field, never a secret value.</summary>
    [Theory]
    [MemberData(nameof(Messages))]
    public void The_message_names_the_rule_the_container_and_the_field(string what, string message)
    {
        var actual = Violations["kubectl:" + what].Single().SelectMany(v => v.Denials).Single();
        Assert.True(actual == message, $"expected: {message}\nactual:   {actual}");
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
        // Both broken policies in one Node process: verdict [0] is the narrowed one's, [1] the unlisted one's.
        var verdicts = CelEvaluator.Evaluate(
            [Broken("OCM0001", e => e.Replace("@sha256:", "@sha512:")), Broken("OCM0005", e => e.Replace("has(c.securityContext)", "c.name.lowerAscii() != \"\""))], cases);
        Assert.Contains(verdicts, v => v[0].Denials.Count > 0);
        Assert.Contains(verdicts, v => v[1].Errors.Any(e => e.Contains("lowerAscii", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_schema_check_refuses_a_broken_policy_and_binding()
    {
        using var dir = new TempDir();
        var tree = GeneratedTree.Build(PlatformSettingsFile.Load(RepoPaths.Settings));
        var text = GeneratedTree.Text(tree, "cluster/ocm0001.yaml");
        dir.File("ocm0001.yaml", text.Replace("failurePolicy: Fail", "failurePolicy: Ignore-ish", StringComparison.Ordinal)
            .Replace("- Warn", "- Block", StringComparison.Ordinal));

        var (exit, output) = KubeValidate.Run(dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("spec/failurePolicy", output);
        Assert.Contains("spec/validationActions/0", output);
    }
}
