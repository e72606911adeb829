namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>Theory data that runs a test under every Helm major (public: xunit reads these as member data).</summary>
public static class HelmCases
{
    private static readonly HelmMajor[] All = [HelmMajor.Helm4, HelmMajor.Helm3];

    /// <summary>One row per Helm major.</summary>
    public static IEnumerable<object[]> Majors() => All.Select(m => new object[] { m });

    /// <summary>Every Helm major in front of every row of <paramref name="rows"/>.</summary>
    public static IEnumerable<object[]> With(IEnumerable<object[]> rows)
    {
        var list = rows.ToList();
        return All.SelectMany(m => list.Select(row => new object[] { m }.Concat(row).ToArray())).ToList();
    }

    /// <summary>Every Helm major with every sample tenant name.</summary>
    public static IEnumerable<object[]> Samples() => With(SampleTenants.Names());
}
