namespace OpenClaw.Manifests.Tests.Support;

/// <summary>Locates the repository root (the folder holding OpenClaw.Manifests.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples", "tenants");

    public static string Sample(string name) => Path.Combine(Samples, name + ".yaml");

    public static string Snapshots => Path.Combine(Root, "tests", "OpenClaw.Manifests.Tests", "Snapshots");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenClaw.Manifests.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
