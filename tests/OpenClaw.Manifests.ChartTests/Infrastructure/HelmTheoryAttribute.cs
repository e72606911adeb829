namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// A theory that needs Helm. When a Helm major is missing, these tests are skipped and the single
/// <c>HelmAvailabilityTests</c> check fails with the reason and how to get Helm: one red line that says
/// what to do, instead of every Helm test failing with the same stack trace.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HelmTheoryAttribute : TheoryAttribute
{
    public HelmTheoryAttribute()
    {
        if (HelmLocator.Problem is not null) Skip = "Helm is missing; HelmAvailabilityTests.Both_Helm_majors_are_available fails with how to get it";
    }
}
