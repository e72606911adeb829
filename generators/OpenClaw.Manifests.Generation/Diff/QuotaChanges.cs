using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// OCM0207: the fences of a tenant namespace. A ResourceQuota's hard limits, a LimitRange's max and defaults and a
/// container's limits raised (or dropped: no limit is the highest) widen what one tenant can take from the others;
/// lowered (or newly set) they tighten it. Quantities compare by amount, so 1000m and 1 are the same.
/// </summary>
internal static class QuotaChanges
{
    private static readonly string[] LimitRangeCeilings = ["max", "default", "defaultRequest", "maxLimitRequestRatio"];

    public static void Check(ObjectReview review)
        => LeafFindings.Add(review, ChangeRules.QuotaAndLimits, leaf => IsCeiling(review.Id.Kind, leaf.Path) ? new LeafVerdict(Judge(leaf), leaf.Path) : null);

    private static bool IsCeiling(string kind, FieldPath path) => kind switch
    {
        "ResourceQuota" => path.StartsWith("spec", "hard"),
        "LimitRange" => path.StartsWith("spec", "limits") && path.Steps.Count >= 4 && LimitRangeCeilings.Contains(path.Steps[3].Name),
        _ => path.HasKey("resources") && path.Steps.Count >= 2 && path.Steps[^2] is { IsItem: false, Name: "limits" },
    };

    private static Direction Judge(FieldChange leaf)
    {
        var (old, @new) = LeafFindings.Sides(leaf);
        if (old is null) return @new is null ? Direction.Neutral : Direction.Tightening;
        if (@new is null) return Direction.Widening;
        var a = ObjectReview.Text(old);
        var b = ObjectReview.Text(@new);
        if (!Quantity.TryValidate(a, out _) || !Quantity.TryValidate(b, out _)) return Direction.Neutral;
        return Quantity.Compare(b!, a!) switch
        {
            > 0 => Direction.Widening,
            < 0 => Direction.Tightening,
            _ => Direction.Neutral,
        };
    }
}
