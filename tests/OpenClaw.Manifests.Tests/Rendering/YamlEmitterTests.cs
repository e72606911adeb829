using CsCheck;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Properties;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>The hand-written YAML emitter must read back as exactly the objects it was given.</summary>
public class YamlEmitterTests
{
    private static V1ConfigMap RoundTrip(V1ConfigMap cm) => KubernetesYaml.Deserialize<V1ConfigMap>(ManifestYaml.Write([cm]));

    private static V1ConfigMap Map(params string[] values) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = "ns" },
        Data = values.Select((v, i) => (v, i)).ToDictionary(p => $"k{p.i:D2}", p => p.v),
    };

    [Fact]
    public void Strings_a_yaml_reader_could_mistake_for_something_else_survive()
    {
        string[] tricky =
        [
            "yes", "No", "on", "OFF", "y", "true", "null", "~", "", " ", "123", "0x1F", "0o17", "1e3", "1_000", "12:30:00",
            "2024-01-01", ".inf", "-.inf", ".nan", "a: b", "a #b", "#comment", "- item", "? key", "*alias", "&anchor", "!tag",
            "%directive", "@at", "`tick`", "'single'", "\"double\"", "{a: 1}", "[1, 2]", "multi\nline", "tab\there", " lead",
            "trail ", "ü unicode", "back\\slash", "colon:", "https://x.example.org/v1", "newapi-key-${USER_UUID}",
        ];
        var cm = Map(tricky);
        Assert.Equal(cm.Data, RoundTrip(cm).Data);
    }

    [Fact]
    public void Random_strings_survive()
    {
        Gen.String.Array[1, 5].Sample(values =>
        {
            var cm = Map(values);
            Assert.Equal(cm.Data, RoundTrip(cm).Data);
        }, iter: 300);
    }

    [Fact]
    public void Whole_renders_read_back_as_the_same_objects()
    {
        TenantGen.Tenant.Sample(t =>
        {
            var objects = TenantRenderer.BuildObjects(t);
            var parsed = KubernetesYaml.LoadAllFromString(ManifestYaml.Write(objects));
            Assert.Equal(objects.Select(o => KubernetesJson.Serialize(o)), parsed.Select(o => KubernetesJson.Serialize(o)));
        }, iter: 30);
    }
}
