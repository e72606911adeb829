using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Every check of the contract suite can fail: one broken rendering per check, each a mistake a chart or renderer
/// change could really make (most of them are what bp-openclaw 0.3.0 shipped), and the check that must catch it.
/// </summary>
public sealed class ContractBreakageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Breakages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, check, _) in Cases) data.Add(name, check);
        return data;
    }

    private static readonly (string Name, string Check, Action<List<JsonNode>> Break)[] Cases =
    [
        ("template not mounted", "mount", o => Deployment(o)["spec"]!["template"]!["spec"]!["containers"]![0]!["volumeMounts"]!.AsArray()
            .RemoveAll(m => (string?)m!["mountPath"] == "/etc/openclaw")),
        ("template under the 0.3.0 key", "mount", o => Rekey(o, "pod-template.json")),
        ("ConfigMap missing", "mount", o => o.RemoveAll(x => (string?)x["kind"] == "ConfigMap")),
        ("idle timeout zero", "environment", o => Env(o, "IDLE_TIMEOUT_MINUTES")["value"] = "0"),
        ("placeholder issuer", "environment", o => Env(o, "OIDC_ISSUER_URL")["value"] = "https://keycloak.example.local/realms/example"),
        ("tenant namespace unset", "environment", o => Env(o, "TENANT_NAMESPACE")["value"] = ""),
        ("template as one line of JSON", "stamp", o => Template(o, t => "{\"apiVersion\":\"v1\",\"kind\":\"Pod\"," + t.Replace("\n", " ", StringComparison.Ordinal) + "}")),
        ("template with annotations of its own", "strict-yaml", o => Template(o, t => t.Replace("metadata:\n", "metadata:\n  annotations:\n    openclaw.io/idle-timeout-minutes: \"30\"\n", StringComparison.Ordinal))),
        ("misspelt field in the template", "strict-yaml", o => Template(o, t => t.Replace("  restartPolicy:", "  restartPolicyy:", StringComparison.Ordinal))),
        ("generateName instead of the polled name", "pod", o => Template(o, t => t.Replace("  name: \"openclaw-user-${USER_UUID}\"", "  generateName: \"openclaw-session-\"", StringComparison.Ordinal))),
        ("the 0.3.0 component label", "reaper", o => Template(o, t => t.Replace("\"per-user-pod\"", "\"runtime\"", StringComparison.Ordinal))),
        ("a fixed Secret instead of the user's", "secrets", o => Template(o, t => t.Replace("\"${SECRET_NAME}\"", "\"newapi-key-shared\"", StringComparison.Ordinal))),
        ("privileged runtime container", "policy", o => Template(o, t => t.Replace("privileged: false", "privileged: true", StringComparison.Ordinal))),
        ("runtime policy selecting the old label", "network", o => NetworkPolicy(o, Names.Runtime)["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/component"] = "runtime"),
        ("controller policy without the proxy port", "network", o => NetworkPolicy(o, Names.Controller)["spec"]!["egress"]!.AsArray().RemoveAll(r => r!["ports"]![0]!["port"]!.GetValue<int>() == 8080)),
        ("Role without patch", "rbac", o => Role(o)["rules"]![0]!["verbs"]!.AsArray().RemoveAll(v => (string?)v == "patch")),
        ("Role bound to another account", "rbac", o => o.Single(x => (string?)x["kind"] == "RoleBinding")["subjects"]![0]!["name"] = "default"),
        ("stale checksum", "checksum", o => Deployment(o)["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/pod-template"] = new string('0', 64)),
    ];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_rendering_fails_its_check(string name, string check)
    {
        var tenant = SampleTenants.Get("acme");
        var objects = RenderPaths.Direct(tenant);
        Cases.Single(c => c.Name == name).Break(objects);
        var findings = new ControllerEmulator(tenant, objects).Run(RenderPaths.Sub(1), Now);
        Assert.True(findings.Any(f => f.Check == check), $"{name}: expected a [{check}] finding, got:\n{string.Join('\n', findings)}");
    }

    [Fact]
    public void Every_check_has_a_breakage()
        => Assert.Equal(ControllerEmulator.Checks.Order(StringComparer.Ordinal), Cases.Select(c => c.Check).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void The_authorizer_refuses_what_the_role_does_not_grant()
    {
        var objects = RenderPaths.Direct(SampleTenants.Get("acme"));
        var role = k8s.KubernetesJson.Deserialize<k8s.Models.V1Role>(Role(objects).ToJsonString());
        Assert.True(RbacOracle.Allows(role.Rules, "patch", "", "pods", name: "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "watch", "", "pods"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "", "secrets", name: "newapi-key-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "create", "", "pods", "exec", "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "", "pods", "log", "openclaw-user-x"));
        Assert.False(RbacOracle.Allows(role.Rules, "get", "apps", "pods", name: "openclaw-user-x"));
    }

    [Fact]
    public void A_template_change_changes_the_checksum_and_is_a_one_line_diff()
    {
        var acme = SampleTenants.Get("acme");
        var changed = acme with { Llm = acme.Llm with { DefaultModel = "qwen3.7" } };
        string Text(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]![Names.PodTemplateKey]!.GetValue<string>();
        string Sum(List<JsonNode> o) => Deployment(o)["spec"]!["template"]!["metadata"]!["annotations"]!["checksum/pod-template"]!.GetValue<string>();
        var (before, after) = (RenderPaths.Direct(acme), RenderPaths.Direct(changed));
        Assert.NotEqual(Sum(before), Sum(after));
        var (a, b) = (Text(before).Split('\n'), Text(after).Split('\n'));
        Assert.Equal(a.Length, b.Length);
        Assert.Equal(["      value: \"qwen3.7\""], b.Where((line, i) => line != a[i]));
    }

    private static JsonNode Deployment(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "Deployment");

    private static JsonNode Role(List<JsonNode> o) => o.Single(x => (string?)x["kind"] == "Role");

    private static JsonNode NetworkPolicy(List<JsonNode> o, string name) => o.Single(x => (string?)x["kind"] == "NetworkPolicy" && (string?)x["metadata"]!["name"] == name);

    private static JsonNode Env(List<JsonNode> o, string name)
        => Deployment(o)["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray().Single(e => (string?)e!["name"] == name)!;

    private static void Template(List<JsonNode> o, Func<string, string> edit)
    {
        var data = o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]!;
        var before = data[Names.PodTemplateKey]!.GetValue<string>();
        var after = edit(before);
        Assert.NotEqual(before, after); // the breakage must really change the template
        data[Names.PodTemplateKey] = after;
    }

    private static void Rekey(List<JsonNode> o, string key)
    {
        var data = o.Single(x => (string?)x["kind"] == "ConfigMap")["data"]!.AsObject();
        var text = data[Names.PodTemplateKey]!.GetValue<string>();
        data.Remove(Names.PodTemplateKey);
        data[key] = text;
    }
}
