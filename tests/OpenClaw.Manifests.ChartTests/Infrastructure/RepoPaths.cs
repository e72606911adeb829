namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>Paths of the repository the tests run in, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "tenants");

    public static string Settings => Path.Combine(Root, "samples", "platform.yaml");

    public static string ChartsOut => Path.Combine(Root, "charts-out");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenClaw.Manifests.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (OpenClaw.Manifests.sln) not found above " + AppContext.BaseDirectory);
    }
}
