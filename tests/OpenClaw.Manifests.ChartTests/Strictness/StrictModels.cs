using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Strictness;

/// <summary>
/// Reads an object back into its <c>k8s.Models</c> type with KubernetesJson's own options plus
/// <see cref="JsonUnmappedMemberHandling.Disallow"/>: a field the model does not know fails, as the API
/// server's strict field validation (the default of <c>kubectl apply</c>) would fail it.
/// </summary>
internal static class StrictModels
{
    private static readonly JsonSerializerOptions Strict = Copy();

    /// <summary>Every built-in kind the client knows, by apiVersion and kind.</summary>
    private static readonly Dictionary<(string ApiVersion, string Kind), Type> Types = typeof(V1Pod).Assembly.GetTypes()
        .Select(t => (Type: t, Entity: t.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(x => x.Entity is { Kind: not null, ApiVersion: not null } && !x.Type.IsAbstract)
        .GroupBy(x => (string.IsNullOrEmpty(x.Entity!.Group) ? x.Entity.ApiVersion : $"{x.Entity.Group}/{x.Entity.ApiVersion}", x.Entity.Kind))
        .ToDictionary(g => g.Key, g => g.First().Type);

    private static JsonSerializerOptions Copy()
    {
        JsonSerializerOptions? copy = null;
        // The client keeps its options private; this hands them over without changing them.
        KubernetesJson.AddJsonOptions(o => copy = new JsonSerializerOptions(o));
        copy!.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return copy;
    }

    /// <summary>The model type of <paramref name="obj"/>, or null for a kind the client does not ship (a CRD).</summary>
    public static Type? TypeOf(JsonNode obj)
        => Types.GetValueOrDefault((obj["apiVersion"]?.GetValue<string>() ?? "", obj["kind"]?.GetValue<string>() ?? ""));

    /// <summary>Null when <paramref name="obj"/> reads back strictly; else the path and field that did not.</summary>
    public static string? Problem(JsonNode obj, Type type)
    {
        try
        {
            JsonSerializer.Deserialize(obj.ToJsonString(), type, Strict);
            return null;
        }
        catch (JsonException e)
        {
            return $"{e.Path}: {e.Message}";
        }
    }
}
