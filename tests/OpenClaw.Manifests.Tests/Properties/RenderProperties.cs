using CsCheck;
using k8s.Models;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Properties;

public class RenderProperties
{
    // A fast default for CI; OCM_PROPERTY_ITERATIONS raises it for nightly-size runs.
    private static readonly int Iterations = PropertyIterations.Or(200);

    [Fact]
    public void Every_generated_tenant_renders_clean_isolated_and_deterministically()
    {
        TenantGen.Tenant.Sample(t =>
        {
            Assert.Empty(TenantPolicy.Check(t));
            var objects = TenantRenderer.BuildObjects(t);
            Assert.Empty(ObjectPolicy.Check(t, objects));
            Assert.All(objects.Where(o => o is not V1Namespace), o => Assert.Equal(t.EffectiveNamespace, o.Metadata.NamespaceProperty));
            Assert.All(objects, o => Assert.Equal(t.Name.Value, o.Metadata.Labels[Names.TenantLabel]));
            Assert.Equal(TenantRenderer.Render(t).ToYaml(), TenantRenderer.Render(t).ToYaml());
        }, iter: Iterations);
    }

    private static readonly Gen<string> SecretLike = Gen.OneOf(
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[24, 40].Select(c => "sk-" + new string(c)),
        Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[16, 16].Select(c => "AKIA" + new string(c)),
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[36, 36].Select(c => "ghp_" + new string(c)));

    // Lines of the minimal tenant file whose scalar a secret may be smuggled into (by line prefix).
    private static readonly string[] Fields =
    [
        "  name: ", "  domain: ", "    issuerURL: ", "    baseURL: ", "    controller: ", "    runtime: ",
    ];

    [Fact]
    public void A_secret_like_string_in_any_field_never_reaches_output_or_messages()
    {
        Gen.Select(SecretLike, Gen.Int[0, Fields.Length + 3]).Sample((secret, field) =>
        {
            var yaml = Inject(TestTenants.Yaml(), secret, field);
            var (tenant, diagnostics) = TenantLoader.LoadText("t.yaml", yaml);
            Assert.Null(tenant);
            Assert.Contains(diagnostics, d => d.Rule.Id == "OCM0003");
            Assert.All(diagnostics, d => Assert.DoesNotContain(secret, d.ToString()));
        }, iter: Iterations);
    }

    private static string Inject(string yaml, string secret, int field)
    {
        if (field < Fields.Length)
        {
            var lines = yaml.Split('\n');
            var i = Array.FindIndex(lines, l => l.StartsWith(Fields[field], StringComparison.Ordinal));
            lines[i] = Fields[field] + secret;
            return string.Join('\n', lines);
        }
        return (field - Fields.Length) switch
        {
            0 => yaml + $"  controller:\n    extraEnv:\n      - {{name: SOME_SETTING, value: {secret}}}\n",
            1 => yaml + $"  ingress: {{className: {secret}}}\n",
            2 => yaml + $"  rbac:\n    extraRules:\n      - {{resources: [configmaps], verbs: [get], resourceNames: [{secret}]}}\n",
            _ => yaml.Replace("  llm:\n", $"  llm:\n    defaultModel: {secret}\n", StringComparison.Ordinal),
        };
    }
}
