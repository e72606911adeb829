using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>What happened to an object, a field or a list item.</summary>
internal enum ChangeKind { Added, Removed, Changed }

/// <summary>
/// One field-level difference. A scalar list (RBAC verbs, capabilities, policyTypes) changes item by item:
/// <see cref="Path"/> is the list and <see cref="Old"/> or <see cref="New"/> the one item removed or added,
/// because such lists are sets to the API server and a reviewer reads "verbs + create", not an index shift.
/// </summary>
internal sealed record FieldChange(FieldPath Path, ChangeKind Kind, JsonNode? Old, JsonNode? New)
{
    /// <summary>The change down to scalars: an added or removed mapping or list becomes one change per scalar in it.</summary>
    public IEnumerable<FieldChange> Leaves()
    {
        if (Kind == ChangeKind.Changed) return [this];
        var node = Kind == ChangeKind.Added ? New : Old;
        return JsonTreeDiff.Flatten(Path, node).Select(p => Kind == ChangeKind.Added ? this with { Path = p.Path, New = p.Value } : this with { Path = p.Path, Old = p.Value });
    }
}

/// <summary>
/// The field-level difference of two JSON trees (Kubernetes objects). Mappings compare key by key; lists of
/// mappings by their natural key (<c>name</c>, <c>mountPath</c>, <c>port/protocol</c>), so reordering or
/// inserting a container never reads as every later container changing; lists without a natural key (RBAC and
/// NetworkPolicy rules) keep the items that are equal, then pair the rest by position.
/// </summary>
internal static class JsonTreeDiff
{
    public static List<FieldChange> Compare(JsonNode? old, JsonNode? @new)
    {
        var changes = new List<FieldChange>();
        Compare(FieldPath.Root, old, @new, changes);
        return changes;
    }

    private static void Compare(FieldPath path, JsonNode? old, JsonNode? @new, List<FieldChange> changes)
    {
        if (JsonNode.DeepEquals(old, @new)) return;
        switch (old, @new)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var inA = a.TryGetPropertyValue(key, out var va);
                    var inB = b.TryGetPropertyValue(key, out var vb);
                    if (!inA) changes.Add(new FieldChange(path.Key(key), ChangeKind.Added, null, vb));
                    else if (!inB) changes.Add(new FieldChange(path.Key(key), ChangeKind.Removed, va, null));
                    else Compare(path.Key(key), va, vb, changes);
                }
                break;
            case (JsonArray a, JsonArray b) when a.All(IsScalar) && b.All(IsScalar):
                CompareScalarLists(path, a, b, changes);
                break;
            case (JsonArray a, JsonArray b) when NaturalKeys(a, b) is ({ } ka, { } kb):
                for (var i = 0; i < b.Count; i++)
                {
                    var j = Array.IndexOf(ka, kb[i]);
                    if (j < 0) changes.Add(new FieldChange(path.Item(kb[i]), ChangeKind.Added, null, b[i]));
                    else Compare(path.Item(kb[i]), a[j], b[i], changes);
                }
                for (var j = 0; j < a.Count; j++)
                    if (Array.IndexOf(kb, ka[j]) < 0) changes.Add(new FieldChange(path.Item(ka[j]), ChangeKind.Removed, a[j], null));
                break;
            case (JsonArray a, JsonArray b):
                ComparePositional(path, a, b, changes);
                break;
            default:
                changes.Add(new FieldChange(path, ChangeKind.Changed, old, @new));
                break;
        }
    }

    private static void CompareScalarLists(FieldPath path, JsonArray a, JsonArray b, List<FieldChange> changes)
    {
        var left = a.ToList();
        var added = new List<JsonNode?>();
        foreach (var item in b)
        {
            var i = left.FindIndex(x => JsonNode.DeepEquals(x, item));
            if (i >= 0) left.RemoveAt(i);
            else added.Add(item);
        }
        if (left.Count == 0 && added.Count == 0)
        {
            // Same items, other order: for args and command the order is the meaning.
            changes.Add(new FieldChange(path, ChangeKind.Changed, a, b));
            return;
        }
        changes.AddRange(left.Select(x => new FieldChange(path, ChangeKind.Removed, x, null)));
        changes.AddRange(added.Select(x => new FieldChange(path, ChangeKind.Added, null, x)));
    }

    private static void ComparePositional(FieldPath path, JsonArray a, JsonArray b, List<FieldChange> changes)
    {
        var oldUsed = new bool[a.Count];
        var newUsed = new bool[b.Count];
        for (var i = 0; i < b.Count; i++)
            for (var j = 0; j < a.Count; j++)
                if (!oldUsed[j] && JsonNode.DeepEquals(a[j], b[i])) { oldUsed[j] = newUsed[i] = true; break; }
        var olds = Enumerable.Range(0, a.Count).Where(j => !oldUsed[j]).ToList();
        var news = Enumerable.Range(0, b.Count).Where(i => !newUsed[i]).ToList();
        var paired = Math.Min(olds.Count, news.Count);
        for (var k = 0; k < paired; k++) Compare(path.Item(Index(news[k])), a[olds[k]], b[news[k]], changes);
        foreach (var i in news.Skip(paired)) changes.Add(new FieldChange(path.Item(Index(i)), ChangeKind.Added, null, b[i]));
        foreach (var j in olds.Skip(paired)) changes.Add(new FieldChange(path.Item(Index(j)), ChangeKind.Removed, a[j], null));
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static bool IsScalar(JsonNode? n) => n is null or JsonValue;

    // Natural keys Kubernetes itself merges these lists by (the strategic-merge patch keys): name for containers,
    // env, volumes and pull secrets; mountPath for volume mounts; port and protocol for policy and Service ports.
    private static readonly Func<JsonObject, string?>[] KeyFunctions =
    [
        o => ObjectReview.Text(o["name"]),
        o => ObjectReview.Text(o["mountPath"]),
        o => o["port"] is { } p ? ObjectReview.Text(p) + "/" + (ObjectReview.Text(o["protocol"]) ?? "TCP") : null,
        o => o["containerPort"] is { } p ? ObjectReview.Text(p) + "/" + (ObjectReview.Text(o["protocol"]) ?? "TCP") : null,
    ];

    private static (string[] Old, string[] New)? NaturalKeys(JsonArray a, JsonArray b)
    {
        if (!a.All(x => x is JsonObject) || !b.All(x => x is JsonObject)) return null;
        foreach (var key in KeyFunctions)
        {
            var ka = a.Select(x => key((JsonObject)x!)).ToArray();
            var kb = b.Select(x => key((JsonObject)x!)).ToArray();
            if (ka.Concat(kb).All(k => k is not null) && ka.Distinct().Count() == ka.Length && kb.Distinct().Count() == kb.Length)
                return (ka.Select(k => k!).ToArray(), kb.Select(k => k!).ToArray());
        }
        return null;
    }

    /// <summary>Every scalar under <paramref name="node"/> with its path; an empty mapping or list counts as one.</summary>
    public static IEnumerable<(FieldPath Path, JsonNode? Value)> Flatten(FieldPath path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o.Count > 0:
                foreach (var (k, v) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                    foreach (var leaf in Flatten(path.Key(k), v)) yield return leaf;
                break;
            case JsonArray a when a.Count > 0 && a.All(IsScalar):
                foreach (var item in a) yield return (path, item);
                break;
            case JsonArray a when a.Count > 0:
                var keys = NaturalKeys(a, []) is ({ } ka, _) ? ka : Enumerable.Range(0, a.Count).Select(Index).ToArray();
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Flatten(path.Item(keys[i]), a[i])) yield return leaf;
                break;
            default:
                yield return (path, node);
                break;
        }
    }
}
