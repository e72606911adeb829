using CsCheck;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Properties;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// The render-time reader of the pod template. It replaced KubernetesClient's strict YAML deserializer (one static
/// lock for every caller), so on every valid template it must give what that reader gives, and it must refuse what
/// the API server would not take as a Pod.
/// </summary>
public class StrictPodYamlTests
{
    private static readonly int Iterations = PropertyIterations.Or(200);

    private static string Text() => PodTemplateBuilder.Text(TestTenants.Minimal());

    [Fact]
    public void Every_rendered_template_reads_as_KubernetesClient_reads_it() =>
        TenantGen.Tenant.Sample(t =>
        {
            var text = PodTemplateBuilder.Text(t);
            var read = KubernetesJson.Serialize(StrictPodYaml.Read(text)!);
            Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Pod>(text, strict: true)), read);
            // And it is the pod the renderer wrote: written again from what was read, the text comes back unchanged.
            using var doc = System.Text.Json.JsonDocument.Parse(read);
            Assert.Equal(text, PodTemplateText.Write(doc.RootElement));
        }, iter: Iterations);

    [Theory]
    [InlineData("spec:\n", "spec:\n  notAPodField: 1\n", "notAPodField")]
    [InlineData("  containers:\n", "  containers:\n  - name: x\n    imagePolicy: always\n", "imagePolicy")]
    [InlineData("metadata:\n", "metadata:\n  nickname: x\n", "nickname")]
    public void An_unknown_field_is_refused(string at, string replacement, string field)
    {
        var text = Text();
        Assert.Contains(at, text);
        var e = Assert.Throws<FormatException>(() => StrictPodYaml.Read(ReplaceFirst(text, at, replacement)));
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void A_key_given_twice_is_refused()
    {
        var text = Text();
        var broken = ReplaceFirst(text, "metadata:\n", "metadata:\n  name: other\n");
        Assert.Throws<FormatException>(() => StrictPodYaml.Read(broken));
    }

    [Fact]
    public void A_second_document_is_refused()
    {
        var e = Assert.Throws<FormatException>(() => StrictPodYaml.Read(Text() + "---\napiVersion: v1\nkind: Pod\n"));
        Assert.Contains("more than one YAML document", e.Message);
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  containers: 5\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  automountServiceAccountToken: \"false\"\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: a\nspec:\n  x: *m\n")]
    [InlineData("apiVersion: v1\nkind: Pod\n? [a]\n: b\n")]
    [InlineData("{not: [yaml")]
    public void What_is_not_a_pod_in_JSON_terms_is_refused(string text)
        => Assert.Throws<FormatException>(() => StrictPodYaml.Read(text));

    [Fact]
    public void Core_schema_scalars_take_their_JSON_types()
    {
        var pod = StrictPodYaml.Read("apiVersion: v1\nkind: Pod\nspec:\n  automountServiceAccountToken: false\n  terminationGracePeriodSeconds: 30\n  hostname: \"30\"\n  subdomain: ~\n")!;
        Assert.False(pod.Spec.AutomountServiceAccountToken);
        Assert.Equal(30L, pod.Spec.TerminationGracePeriodSeconds);
        Assert.Equal("30", pod.Spec.Hostname);
        Assert.Null(pod.Spec.Subdomain);
    }

    [Fact]
    public void An_empty_text_is_no_pod() => Assert.Null(StrictPodYaml.Read(""));

    private static string ReplaceFirst(string text, string at, string replacement)
    {
        var i = text.IndexOf(at, StringComparison.Ordinal);
        return text[..i] + replacement + text[(i + at.Length)..];
    }

    // Every spelling the YAML 1.2 core schema gives null, true and false, plain only.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    [InlineData("")]
    public void Core_schema_nulls_are_null(string spelling)
        => Assert.Null(StrictPodYaml.Read($"apiVersion: v1\nkind: Pod\nspec:\n  hostname: {spelling}\n")!.Spec.Hostname);

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Core_schema_booleans_are_booleans(string spelling, bool value)
        => Assert.Equal(value, StrictPodYaml.Read($"apiVersion: v1\nkind: Pod\nspec:\n  hostNetwork: {spelling}\n")!.Spec.HostNetwork);

    // The reader uses KubernetesClient's JSON converters, so a timestamp (RFC 3339, up to nine fractional digits) reads as
    // KubernetesJson reads it: digits past the seventh are cut, not rounded (KubernetesYaml's YamlDotNet path rounds).
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("2024-01-02T03:04:05Z")]
    [InlineData("2024-01-02T03:04:05.123456789Z")]
    public void Timestamps_read_as_KubernetesClient_reads_them(string stamp)
    {
        var text = $"apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: \"{stamp}\"\n";
        var json = $"{{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{{\"creationTimestamp\":\"{stamp}\"}}}}";
        Assert.Equal(KubernetesJson.Deserialize<V1Pod>(json).Metadata.CreationTimestamp, StrictPodYaml.Read(text)!.Metadata.CreationTimestamp);
    }
}
