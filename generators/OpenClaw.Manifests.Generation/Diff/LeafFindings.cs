using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>What a field-by-field check says about one leaf: which way it moves, and the field it belongs to.</summary>
internal readonly record struct LeafVerdict(Direction Direction, FieldPath Group);

/// <summary>
/// Runs a field-by-field check (images, securityContext, Secret references, host access, limits) over an object's
/// leaves: one finding per field the check groups leaves by, worded "path: old → new". A removed object's fields
/// weaken nothing, and an added object's "tighter than nothing" is no news, so neither is reported.
/// </summary>
internal static class LeafFindings
{
    public static void Add(ObjectReview review, ChangeRule rule, Func<FieldChange, LeafVerdict?> judge)
    {
        if (review.Kind == ChangeKind.Removed) return;
        var judged = review.Leaves.Select(l => (Leaf: l, Verdict: judge(l))).Where(x => x.Verdict is not null).ToList();
        var findings = judged
            .GroupBy(x => (x.Verdict!.Value.Group, x.Verdict!.Value.Direction))
            .Where(g => !(review.Kind == ChangeKind.Added && g.Key.Direction == Direction.Tightening))
            .Select(g => new Finding(rule, g.Key.Direction, Describe(g.Key.Group, g.Select(x => x.Leaf).ToList())))
            .ToList();
        review.Add(findings, judged.Select(x => x.Leaf.Path));
    }

    // "path: old → new"; below the group's path, each leaf as "sub.path=value".
    private static string Describe(FieldPath group, List<FieldChange> leaves)
    {
        string Side(Func<FieldChange, JsonNode?> pick, Func<FieldChange, bool> present)
        {
            var parts = leaves.Where(present).Select(l =>
            {
                var below = l.Path.After(group.Steps.Count);
                return (below.Steps.Count == 0 ? "" : below + "=") + Show(pick(l));
            }).Distinct().ToList();
            return parts.Count == 0 ? "(none)" : string.Join(", ", parts);
        }
        var before = Side(l => l.Old, l => l.Kind != ChangeKind.Added);
        var after = Side(l => l.New, l => l.Kind != ChangeKind.Removed);
        return $"`{group}`: {before} → {after}";
    }

    /// <summary>A value as a reviewer reads it: strings bare, everything else as JSON, absence as "(none)".</summary>
    public static string Show(JsonNode? value) => value switch
    {
        null => "(none)",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Compact(value),
    };

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON in the tree's own key order (the trees are read from YAML, not from the renderer's JSON).</summary>
    public static string Compact(JsonNode value) => value.ToJsonString(Relaxed);

    /// <summary>The leaf's value before (absent when added) and after (absent when removed).</summary>
    public static (JsonNode? Old, JsonNode? New) Sides(FieldChange leaf)
        => (leaf.Kind == ChangeKind.Added ? null : leaf.Old, leaf.Kind == ChangeKind.Removed ? null : leaf.New);
}
