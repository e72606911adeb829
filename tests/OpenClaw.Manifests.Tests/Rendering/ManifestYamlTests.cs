using k8s.Models;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>Line-ending normalisation and the document framing of the rendered YAML.</summary>
public class ManifestYamlTests
{
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb", "a\nb\n")]
    [InlineData("a\n\n\n", "a\n")]
    [InlineData("a", "a\n")]
    [InlineData("", "\n")]
    [InlineData("\n a \n", "\n a \n")]
    public void Normalize_gives_lf_and_exactly_one_final_newline(string input, string expected)
        => Assert.Equal(expected, ManifestYaml.Normalize(input));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Each_document_starts_with_a_separator_and_a_kind_name_comment()
    {
        var yaml = ManifestYaml.Write(
        [
            new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "a" } },
            new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "b" } },
        ]);
        Assert.Equal("---\n# ConfigMap/a\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# ConfigMap/b\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n", yaml);
        Assert.Equal("", ManifestYaml.Write([]));
    }

}
