using System.Text;
using System.Text.Json;
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
            // The custom resources' kinds are not k8s.Models', so the reader is told their types.
            var parsed = KubernetesYaml.LoadAllFromString(ManifestYaml.Write(objects), new Dictionary<string, Type>
            {
                ["cilium.io/v2/CiliumNetworkPolicy"] = typeof(OpenClaw.Manifests.Rendering.Crds.CiliumNetworkPolicy),
                ["gateway.networking.k8s.io/v1/HTTPRoute"] = typeof(OpenClaw.Manifests.Rendering.Crds.HttpRoute),
                ["monitoring.coreos.com/v1/ServiceMonitor"] = typeof(OpenClaw.Manifests.Rendering.Crds.ServiceMonitor),
            });
            Assert.Equal(objects.Select(o => KubernetesJson.Serialize(o)), parsed.Select(o => KubernetesJson.Serialize(o)));
        }, iter: 30);
    }

    // ---- Found by mutation testing (each test carries Provenance=mutation); from YamlEmitterEdgeTests:
    // The exact text of the hand-written YAML emitter. The round-trip tests in YamlEmitterTests prove the
    // output reads back; these prove its shape (what is plain, what is quoted, where keys go), which the
    // committed snapshots and the chart parity depend on byte for byte.

    private static string Scalar(string s)
    {
        var sb = new StringBuilder();
        YamlEmitter.WriteScalarString(sb, s);
        return sb.ToString();
    }

    private static string Document(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var sb = new StringBuilder();
        YamlEmitter.WriteDocument(sb, doc.RootElement);
        return sb.ToString();
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("nginx")]
    [InlineData("X")]
    [InlineData("_private")]
    [InlineData("/data")]
    [InlineData("a.b_c/d-e@f:g=h+i")]
    [InlineData("Zz09")]
    [InlineData("yess")]
    [InlineData("nulls")]
    [InlineData("ghcr.io/org/app@sha256:0123456789abcdef")]
    public void Unambiguous_strings_are_plain(string s) => Assert.Equal(s, Scalar(s));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Plain_strings_go_up_to_512_characters()
    {
        Assert.Equal(new string('a', 512), Scalar(new string('a', 512)));
        Assert.Equal("\"" + new string('a', 513) + "\"", Scalar(new string('a', 513)));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("")]
    [InlineData("1abc")]          // a digit first could be a number, an octal, a time
    [InlineData("9")]
    [InlineData("-x")]
    [InlineData(".x")]
    [InlineData("@x")]
    [InlineData(":x")]
    [InlineData("a b")]
    [InlineData("a#b")]
    [InlineData("a,b")]
    [InlineData("a*b")]
    [InlineData("a!b")]
    [InlineData("a~")]
    [InlineData("a:")]           // a trailing colon reads as a mapping key
    [InlineData("ü")]
    [InlineData("aü")]
    [InlineData("y")]
    [InlineData("Y")]
    [InlineData("n")]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData("NO")]
    [InlineData("on")]
    [InlineData("Off")]
    [InlineData("true")]
    [InlineData("FALSE")]
    [InlineData("null")]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("Infinity")]
    public void Anything_a_yaml_reader_could_take_for_something_else_is_double_quoted(string s)
        => Assert.Equal(CanonicalJson.Quote(s), Scalar(s));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_whole_document_has_its_exact_shape()
    {
        const string json = """
            {"kind":"K","zeta":1,"apiVersion":"v1","B":"Yes",
             "metadata":{"name":"nm","labels":{"b":"1","a":"x"},"gone":null},
             "alpha":{"metadata":"m","a":"b","x1":[],"y1":{},"z1":{"q":null}},
             "list":[{"b":"two","a":1},{},[],[1,"x"],"s",2.5,true,false,null,{"m":{"k":"v"},"l":["p"]}]}
            """;
        Assert.Equal(
            """
            apiVersion: v1
            kind: K
            metadata:
              labels:
                a: x
                b: "1"
              name: nm
            B: "Yes"
            alpha:
              a: b
              metadata: m
              x1: []
              y1: {}
              z1: {}
            list:
              - a: 1
                b: two
              - {}
              - []
              - [1,"x"]
              - s
              - 2.5
              - true
              - false
              - null
              - l:
                  - p
                m:
                  k: v
            zeta: 1

            """.ReplaceLineEndings("\n"),
            Document(json));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_document_is_a_mapping()
    {
        Assert.Throws<ArgumentException>(() => Document("[1]"));
        Assert.Throws<ArgumentException>(() => Document("\"x\""));
        // An empty mapping is written in flow style, also at the top.
        Assert.Equal("{}\n", Document("{}"));
        Assert.Equal("{}\n", Document("""{"a":null}"""));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Keys_are_scalars_too()
        => Assert.Equal("\"1\": a\n\"on\": b\nplain: c\n", Document("""{"plain":"c","on":"b","1":"a"}"""));

    [Fact]
    [Trait("Provenance", "mutation")]
    public void The_refusal_says_what_a_document_must_be()
        => Assert.StartsWith("a Kubernetes object is a JSON object", Assert.Throws<ArgumentException>(() => Document("[1]")).Message);

    // ---- multi-line text: a literal block when it reads back exactly, else double-quoted ----

    private static string Text(string s) => Document(JsonSerializer.Serialize(new Dictionary<string, string> { ["k"] = s }));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("a\nb\n", "k: |\n  a\n  b\n")]
    [InlineData("a\nb", "k: |-\n  a\n  b\n")]
    [InlineData("a\n\n  b\n", "k: |\n  a\n\n    b\n")]   // an empty line carries no indentation; inner spaces stay
    public void Multi_line_text_is_a_literal_block(string text, string expected)
    {
        Assert.Equal(expected, Text(text));
        Assert.Equal(text, RoundTrip(Map(text)).Data["k00"]);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_nested_literal_block_is_indented_under_its_key()
        => Assert.Equal("m:\n  k: |-\n    a\n    b\n", Document("""{"m":{"k":"a\nb"}}"""));

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(" a\nb")]          // a leading space would need an indentation indicator
    [InlineData("\na")]            // so would a leading empty line
    [InlineData("a\n\n")]          // "|" keeps one final line break, "|+" would be needed for two
    [InlineData("a \nb")]          // trailing spaces are invisible in review
    [InlineData("a\tb\nc")]        // control characters
    [InlineData("a\r\nb")]
    [InlineData("a\uFEFF\nb")]     // a byte-order mark, the Unicode line and paragraph separators and NEL,
    [InlineData("a\u2028\nb")]     // which a YAML reader may take for line breaks
    [InlineData("a\u2029\nb")]
    [InlineData("a\u0085\nb")]
    [InlineData("\uD83D\uDE00\nb")] // a surrogate pair
    public void Multi_line_text_that_a_literal_block_would_change_is_double_quoted(string text)
    {
        Assert.Equal("k: " + YamlScalars.Write(text) + "\n", Text(text));
        Assert.StartsWith("k: \"", Text(text));
        Assert.Equal(text, RoundTrip(Map(text)).Data["k00"]);
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_literal_block_holds_up_to_a_mebibyte()
    {
        var limit = "a\n" + new string('b', (1 << 20) - 2);
        Assert.StartsWith("k: |-\n", Text(limit));
        Assert.StartsWith("k: \"", Text(limit + "b"));
    }

    // Found by the literal-block cases above: Go's JSON escaping leaves these raw, and a YAML reader folds NEL inside a
    // double-quoted scalar (YamlDotNet refused the document) and need not accept the others unescaped.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("a\u0085b", "\"a\\u0085b\"")]
    [InlineData("a\u007Fb", "\"a\\u007fb\"")]
    [InlineData("a\u0080b", "\"a\\u0080b\"")]
    [InlineData("a\u009Fb", "\"a\\u009fb\"")]
    [InlineData("a\uFFFEb", "\"a\\ufffeb\"")]
    [InlineData("a\uFFFFb", "\"a\\uffffb\"")]
    [InlineData("a\u00A0b", "\"a\u00A0b\"")]     // printable from U+00A0 on: left as it is
    [InlineData("a\uFFFDb", "\"a\uFFFDb\"")]
    public void Characters_YAML_cannot_hold_raw_are_escaped(string s, string expected)
    {
        Assert.Equal(expected, Scalar(s));
        Assert.Equal(expected, YamlScalars.Write(s));
        Assert.Equal(s, RoundTrip(Map(s)).Data["k00"]);
        Assert.Equal(s, RoundTrip(Map(s + "\nline")).Data["k00"][..^5]);
    }
}
