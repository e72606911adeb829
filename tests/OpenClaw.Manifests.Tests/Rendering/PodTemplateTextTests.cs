using System.Text.Json;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>The pod template's fixed text form, which the chart's openclaw.blockYaml helper reproduces byte for byte.</summary>
public class PodTemplateTextTests
{
    private static string Write(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return PodTemplateText.Write(doc.RootElement);
    }

    [Fact]
    public void Keys_are_sorted_scalars_are_json_and_sequences_sit_at_their_key()
        => Assert.Equal(
            "a: 1\nb:\n  c: true\n  d: \"x\\u0026y\"\nlist:\n- \"s\"\n- k: \"v\"\n  z: {}\n- []\n-\n  - 2\n",
            Write("""{"list":["s",{"z":{},"k":"v"},[],[2]],"b":{"d":"x&y","c":true},"a":1}"""));

    [Fact]
    public void Empty_lists_and_nulls_are_left_out_and_an_empty_mapping_is_braces()
        => Assert.Equal("a: {}\nc: {}\n", Write("""{"a":{},"b":[],"c":{"d":[],"e":null},"f":null}"""));

    [Fact]
    public void A_key_that_would_need_quotes_is_refused()
        => Assert.Throws<InvalidOperationException>(() => Write("""{"a: b":1}"""));

    [Fact]
    public void The_metadata_line_stands_alone_and_the_text_reads_back_as_the_pod()
    {
        var cm = TenantRenderer.BuildObjects(TestTenants.Minimal()).OfType<V1ConfigMap>().Single();
        var text = cm.Data[Names.PodTemplateKey];
        Assert.Contains("\nmetadata:\n", text, StringComparison.Ordinal);
        var pod = KubernetesYaml.Deserialize<V1Pod>(text, strict: true);
        Assert.Equal(Names.PerUserPod, pod.Metadata.Name);
        Assert.Null(pod.Metadata.Annotations);
        Assert.Equal(text, Write(KubernetesJson.Serialize(pod)));
    }

    [Fact]
    public void The_checksum_is_the_lowercase_sha256_of_the_utf8_text()
        => Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PodTemplateText.Checksum("hello"));

    [Fact]
    public void Multi_line_text_is_a_literal_block_in_rendered_yaml()
    {
        var yaml = ManifestYaml.Write([new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = "ns" },
            Data = new Dictionary<string, string> { ["a"] = "one\n\n  two\n", ["b"] = "one\ntwo", ["c"] = "trailing \nspace\n", ["d"] = "two\n\n" },
        }]);
        Assert.Contains("  a: |\n    one\n\n      two\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  b: |-\n    one\n    two\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  c: \"trailing \\nspace\\n\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  d: \"two\\n\\n\"\n", yaml, StringComparison.Ordinal);
    }
}
