namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// The project's shared folder (<c>../shared</c> beside the repository, as CI lays it out; or <c>$OPENCLAW_SHARED</c>):
/// the Helm installers and kube-validate. When it is missing, <see cref="SharedFolderTests"/> is the one test that
/// fails, saying what is missing; the tests that need it are skipped (<see cref="SharedFactAttribute"/>).
/// </summary>
internal static class SharedFolder
{
    /// <summary>Points the tests at another shared folder (and lets a test run the suite without one).</summary>
    public const string Variable = "OPENCLAW_SHARED";

    /// <summary>The shared folder for a repository root, given the environment.</summary>
    public static string For(string root, Func<string, string?> env)
        => env(Variable) is { Length: > 0 } given ? System.IO.Path.GetFullPath(given, root) : System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"));

    /// <summary>The shared folder of this test run.</summary>
    public static string Path { get; } = For(RepoPaths.Root, Environment.GetEnvironmentVariable);

    /// <summary>A tool of the shared folder.</summary>
    public static string Tool(string name) => System.IO.Path.Combine(Path, "tools", "bin", name);

    /// <summary>Null when the shared tools are there; else what is missing and how to get it.</summary>
    public static string? Problem { get; } = File.Exists(Tool("kube-validate")) ? null :
        $"The shared folder is missing: {Tool("kube-validate")} does not exist. The chart tests take kube-validate (and, unless HELM/HELM3 or PATH " +
        $"provide them, Helm 4 and Helm 3) from it. Check the project out with its shared folder beside the repository, as CI does, or set {Variable}.";
}

/// <summary>A test that needs the shared folder: skipped without it, while <see cref="SharedFolderTests"/> fails once.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Problem is not null) Skip = "the shared folder is missing; SharedFolderTests.The_shared_folder_is_there says what to do";
    }
}

/// <summary>A theory that needs the shared folder: skipped without it, while <see cref="SharedFolderTests"/> fails once.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (SharedFolder.Problem is not null) Skip = "the shared folder is missing; SharedFolderTests.The_shared_folder_is_there says what to do";
    }
}
