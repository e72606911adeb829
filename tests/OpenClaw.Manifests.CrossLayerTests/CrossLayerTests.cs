using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Analyzers.Tests.Verifiers;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.CrossLayerTests;

/// <summary>
/// Every case of <see cref="RuleCases"/> through every layer that can see it: all analyzers together on the C#, the
/// loader on the tenant file, the object policy on the changed render. Each layer must report exactly what the case
/// marks, no more and no less, so the layers agree on every case by construction.
/// </summary>
public sealed partial class CrossLayerTests
{
    private const string TenantFile = "tenant.yaml";

    private const string BaseSpec = """
        apiVersion: openclaw.io/v1alpha1
        kind: Tenant
        metadata:
          name: acme
        spec:
          domain: acme.example.org
          oidc:
            issuerURL: https://keycloak.acme.example.org/realms/org-acme
            clientSecret: {name: openclaw-oidc-client-secret, key: OIDC_CLIENT_SECRET}
          llm:
            baseURL: https://api.acme.example.org/v1
            apiKey: {name: openclaw-newapi-controller-token, key: NEWAPI_KEY}
          network: {apiServerCIDRs: [10.0.0.1/32], oidcCIDRs: [192.0.2.10/32], llmCIDRs: [192.0.2.20/32]}

        """;

    private const string BaseImages = """
          images:
            controller: ghcr.io/openova-io/openova/openclaw-controller@sha256:3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b
            runtime: ghcr.io/openova-io/openova/openclaw-runtime@sha256:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b

        """;

    public static TheoryData<string> Cases() => RuleCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Compile_time(string name)
        => RuleCases.Find(name).CSharp.Input is { } code ? AllAnalyzersTest.RunAsync(ShippedAnalyzers.All, code) : Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_time(string name)
    {
        if (RuleCases.Find(name).TenantYaml.Input is not { } fragment)
            return;
        var (text, expected) = Unmark(TenantText(fragment));
        var (_, diagnostics) = TenantLoader.LoadText(TenantFile, text);
        var actual = diagnostics.Select(d => (d.Rule.Id, d.Location?.Line ?? 0, d.Location?.Column ?? 0)).Order().ToList();
        Assert.Equal(expected.Order().ToList(), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_time(string name)
    {
        if (RuleCases.Find(name).Rendered.Input is not { } change)
            return;
        var objects = BaseObjects();
        change.Change(objects);
        var actual = ObjectPolicy.Check(BaseTenant(), objects).Select(d => (d.Rule.Id, d.Subject)).Order().ToList();
        Assert.Equal(change.Expected.Select(e => (e.Rule, e.Subject)).Order().ToList(), actual);
    }

    [Fact]
    public void The_base_tenant_is_clean_at_every_layer()
    {
        Assert.Empty(TenantLoader.LoadText(TenantFile, TenantText("")).Diagnostics);
        Assert.Empty(ObjectPolicy.Check(BaseTenant(), BaseObjects()));
    }

    [Fact]
    public void Every_policy_rule_has_a_table_and_every_case_says_what_each_layer_sees()
    {
        var policyRules = RuleCatalog.All.Select(r => r.Id).Where(id => string.CompareOrdinal(id, "OCM0100") < 0);
        Assert.Equal(policyRules.Order(), RuleCases.Tables.Keys.Order());
        foreach (var (rule, table) in RuleCases.Tables)
        {
            Assert.NotEmpty(table);
            Assert.All(table, c => Assert.Equal(rule, c.Rule));
            // At least one case per table must be refused somewhere: a table of silent cases proves nothing.
            Assert.Contains(table, c => c.CSharp.Input?.Contains("{|" + rule, StringComparison.Ordinal) == true
                || c.TenantYaml.Input?.Contains("{|" + rule, StringComparison.Ordinal) == true
                || c.Rendered.Input?.Expected.Length > 0);
            foreach (var c in table)
            {
                Assert.True(c.CSharp.Input is null != (c.CSharp.NotSeen is null), c + ": C# needs an input or a reason");
                Assert.True(c.TenantYaml.Input is null != (c.TenantYaml.NotSeen is null), c + ": tenant YAML needs an input or a reason");
                Assert.True(c.Rendered.Input is null != (c.Rendered.NotSeen is null), c + ": rendered objects need an input or a reason");
            }
        }

        Assert.Equal(Cases().Count, RuleCases.Tables.Values.Sum(t => t.Length)); // names are unique
    }

    [Fact]
    public void The_compile_time_layer_is_every_rule_analyzer_of_the_shipped_assembly()
    {
        // Guards the loading itself: an assembly that loaded no analyzers would make every unmarked case pass.
        var reported = ShippedAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var marked = RuleCases.Tables.Values.SelectMany(t => t).Where(c => c.CSharp.Input is not null).Select(c => c.Rule);
        Assert.All(marked.Distinct(), rule => Assert.Contains(rule, reported));
    }

    private static string TenantText(string fragment)
        => BaseSpec + (fragment.StartsWith("  images:", StringComparison.Ordinal) ? "" : BaseImages) + fragment;

    private static Tenant BaseTenant()
        => TenantLoader.LoadText(TenantFile, TenantText("")).Tenant!.Tenant;

    private static List<IKubernetesObject<V1ObjectMeta>> BaseObjects() => TenantRenderer.BuildObjects(BaseTenant()).ToList();

    // The Roslyn markup in YAML: {|OCM0004:…|} marks the node the loader must point at; returns the text without it.
    private static (string Text, List<(string Rule, int Line, int Column)> Expected) Unmark(string marked)
    {
        var expected = new List<(string, int, int)>();
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in Markup().Matches(marked))
        {
            text.Append(marked, at, m.Index - at);
            var before = text.ToString();
            var line = before.Count(c => c == '\n') + 1;
            expected.Add((m.Groups["rule"].Value, line, before.Length - before.LastIndexOf('\n')));
            text.Append(m.Groups["body"].Value);
            at = m.Index + m.Length;
        }

        text.Append(marked, at, marked.Length - at);
        return (text.ToString(), expected);
    }

    [GeneratedRegex(@"\{\|(?<rule>OCM\d{4}):(?<body>.*?)\|\}")]
    private static partial Regex Markup();
}
