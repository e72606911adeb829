namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>Paths of the repository the tests run in, found from the test assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "tenants");

    public static string Settings => Path.Combine(Root, "samples", "platform.yaml");

    public static string ChartsOut => Path.Combine(Root, "charts-out");

    /// <summary>The Helm binary: $HELM (relative paths resolve from the repository root), else helm on PATH, else the shared helm-render stand-in.</summary>
    public static string Helm { get; } = FindHelm();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenClaw.Manifests.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (OpenClaw.Manifests.sln) not found above " + AppContext.BaseDirectory);
    }

    private static string FindHelm()
    {
        if (Environment.GetEnvironmentVariable("HELM") is { Length: > 0 } helm)
            return helm.Contains('/') ? Path.GetFullPath(helm, Root) : helm;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "helm")).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        // A newcomer's machine here has no helm at all; the shared stand-in keeps the README's test command working.
        return Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "bin", "helm-render"));
    }
}
