namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>Every security check of a changed object, in the order their findings are listed.</summary>
internal static class SecurityChecks
{
    public static void Run(ObjectReview review)
    {
        RbacChanges.Check(review);
        NetworkChanges.Check(review);
        PodChanges.Check(review);
        QuotaChanges.Check(review);
    }
}
