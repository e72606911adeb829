namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// How many cases a CsCheck property samples. Each property keeps a default sized for CI; the environment variable
/// <c>OCM_PROPERTY_ITERATIONS</c> overrides all of them at once: higher for a nightly-size run, lower (20) for the
/// mutation run in TESTING.md, where every mutant re-runs the properties that cover it.
/// </summary>
public static class PropertyIterations
{
    /// <summary>The name of the environment variable that overrides every property's default.</summary>
    public const string Variable = "OCM_PROPERTY_ITERATIONS";

    /// <summary>The override when it is set to a positive whole number, else <paramref name="ciDefault"/>.</summary>
    public static int Or(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var n) && n > 0 ? n : ciDefault;
}
