using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// One changed object as the security checks see it: both versions (null when added or removed), its field changes
/// and their scalar leaves. A check reports findings and the leaf paths they explain; what no finding explains is
/// listed with everything else.
/// </summary>
internal sealed class ObjectReview(ObjectId id, JsonObject? old, JsonObject? @new, IReadOnlyList<FieldChange> fields)
{
    public ObjectId Id { get; } = id;
    public JsonObject? Old { get; } = old;
    public JsonObject? New { get; } = @new;
    public IReadOnlyList<FieldChange> Fields { get; } = fields;
    public IReadOnlyList<FieldChange> Leaves => _leaves ??= Fields.SelectMany(f => f.Leaves()).ToList();
    private List<FieldChange>? _leaves;
    public ChangeKind Kind => Old is null ? ChangeKind.Added : New is null ? ChangeKind.Removed : ChangeKind.Changed;

    public List<Finding> Findings { get; } = [];
    public HashSet<FieldPath> Explained { get; } = [];

    /// <summary>Records the findings of one check and, only when there is one, the leaves it explains.</summary>
    public void Add(IReadOnlyCollection<Finding> findings, IEnumerable<FieldPath> explained)
    {
        if (findings.Count == 0) return;
        Findings.AddRange(findings);
        Explained.UnionWith(explained);
    }

    /// <summary>The field changes not wholly explained by a finding.</summary>
    public IEnumerable<FieldChange> Unexplained => Explained.Count == 0 ? Fields : Fields.Where(f => !f.Leaves().All(l => Explained.Contains(l.Path)));

    /// <summary>Strings of a scalar list such as <c>verbs</c>; empty when absent.</summary>
    public static List<string> Strings(JsonNode? list)
        => list is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : x?.ToJsonString() ?? "null").ToList() : [];

    public static string? Text(JsonNode? node) => node is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : null;
}
