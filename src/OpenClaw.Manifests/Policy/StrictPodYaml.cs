using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// Reads a pod template's YAML as a <see cref="V1Pod"/>, refusing any field the Pod type does not know (the API
/// server would drop or refuse it), a key given twice, and a second document. Throws <see cref="FormatException"/>
/// with the reason when the text is not a Pod.
/// </summary>
/// <remarks>
/// Not <c>KubernetesYaml.Deserialize(text, strict: true)</c>: it serialises every caller on one static lock (its
/// YamlDotNet deserializer is shared), and the render checks one pod template per tenant in parallel, so at 2,000
/// tenants half of the render's thread time was spent waiting there (BENCHMARKS.md). KubernetesClient.Aot, the
/// native build's package, keeps KubernetesYaml internal and ignores unknown fields even when asked to be strict.
/// So both builds read the YAML events into JSON (YAML 1.2 core-schema scalars) and deserialize that with
/// System.Text.Json, unknown members and duplicate keys disallowed; no lock, and the same verdict in both builds.
/// </remarks>
internal static class StrictPodYaml
{
    private static readonly JsonTypeInfo<V1Pod> Pod = (JsonTypeInfo<V1Pod>)StrictOptions().GetTypeInfo(typeof(V1Pod));

    public static V1Pod? Read(string text)
    {
        var json = new ArrayBufferWriter<byte>(Math.Max(256, text.Length + text.Length / 2));
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            using (var writer = new Utf8JsonWriter(json))
                Node(parser, writer);
            parser.Consume<DocumentEnd>();
            // A second document would be ignored by a reader of the first one; the controller reads one Pod.
            if (!parser.Accept<StreamEnd>(out _)) throw new FormatException("the pod template holds more than one YAML document");
            return JsonSerializer.Deserialize(json.WrittenSpan, Pod);
        }
        catch (Exception e) when (e is YamlException or JsonException or InvalidOperationException)
        {
            throw new FormatException(e.Message, e);
        }
    }

    // The options KubernetesJson uses for k8s.Models, made strict. The framework build's KubernetesClient has no
    // source-generated context for the models (only for V1Status), so it uses reflection there, with the package's
    // own converters for the types its models hold; the native build uses the Aot package's generated context.
    private static JsonSerializerOptions StrictOptions()
    {
#if OPENCLAW_AOT
        var options = new JsonSerializerOptions(k8s.SourceGenerationContext.Default.Options);
#else
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new k8s.KubernetesJson.Iso8601TimeSpanConverter());
        options.Converters.Add(new k8s.KubernetesJson.KubernetesDateTimeConverter());
        options.Converters.Add(new k8s.KubernetesJson.KubernetesDateTimeOffsetConverter());
#endif
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.MakeReadOnly();
        return options;
    }

    // One YAML node as JSON: mappings with scalar keys, sequences, scalars. Anything else (an alias, a complex key)
    // is a YamlException from Consume.
    private static void Node(IParser parser, Utf8JsonWriter writer)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            Value(scalar, writer);
            return;
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            writer.WriteStartObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                writer.WritePropertyName(parser.Consume<Scalar>().Value);
                Node(parser, writer);
            }
            writer.WriteEndObject();
            return;
        }
        parser.Consume<SequenceStart>();
        writer.WriteStartArray();
        while (!parser.TryConsume<SequenceEnd>(out _)) Node(parser, writer);
        writer.WriteEndArray();
    }

    // The YAML 1.2 core schema: only plain scalars can be null, booleans or numbers.
    private static void Value(Scalar s, Utf8JsonWriter writer)
    {
        var v = s.Value;
        if (!s.IsPlainImplicit) writer.WriteStringValue(v);
        else if (v is "" or "~" or "null" or "Null" or "NULL") writer.WriteNullValue();
        else if (v is "true" or "True" or "TRUE") writer.WriteBooleanValue(true);
        else if (v is "false" or "False" or "FALSE") writer.WriteBooleanValue(false);
        else if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) writer.WriteNumberValue(i);
        else if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && char.IsDigit(v[^1])) writer.WriteNumberValue(d);
        else writer.WriteStringValue(v);
    }
}
