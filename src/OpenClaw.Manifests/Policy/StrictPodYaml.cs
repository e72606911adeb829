using k8s.Models;
#if OPENCLAW_AOT
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
#endif

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// Reads a pod template's YAML as a <see cref="V1Pod"/>, refusing any field the Pod type does not know (the API
/// server would drop or refuse it). Throws <see cref="FormatException"/> with the reason when the text is not a Pod.
/// </summary>
internal static class StrictPodYaml
{
#if !OPENCLAW_AOT
    public static V1Pod? Read(string text)
    {
        try { return k8s.KubernetesYaml.Deserialize<V1Pod>(text, strict: true); }
        catch (YamlDotNet.Core.YamlException e) { throw new FormatException(e.Message, e); }
    }
#else
    // KubernetesClient.Aot keeps KubernetesYaml internal, and its deserializer ignores unknown fields even when asked
    // to be strict. So the native build reads the YAML into JSON (core-schema scalars) and deserializes it with the
    // package's source-generated metadata, unknown members disallowed.
    private static readonly JsonSerializerOptions Strict = new(k8s.SourceGenerationContext.Default.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static V1Pod? Read(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var node = Node(parser);
            parser.Consume<DocumentEnd>();
            return node.Deserialize((JsonTypeInfo<V1Pod>)Strict.GetTypeInfo(typeof(V1Pod)));
        }
        catch (Exception e) when (e is YamlException or JsonException or InvalidOperationException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static JsonNode? Node(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return Value(scalar);
        if (parser.TryConsume<MappingStart>(out _))
        {
            var map = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                map.Add(key, Node(parser));
            }
            return map;
        }
        parser.Consume<SequenceStart>();
        var list = new JsonArray();
        while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Node(parser));
        return list;
    }

    // The YAML 1.2 core schema: only plain scalars can be null, booleans or numbers.
    private static JsonNode? Value(Scalar s)
    {
        if (!s.IsPlainImplicit) return JsonValue.Create(s.Value);
        var v = s.Value;
        if (v is "" or "~" or "null" or "Null" or "NULL") return null;
        if (v is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (v is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return JsonValue.Create(i);
        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && char.IsDigit(v[^1])) return JsonValue.Create(d);
        return JsonValue.Create(v);
    }
#endif
}
