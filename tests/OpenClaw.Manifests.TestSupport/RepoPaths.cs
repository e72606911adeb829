namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// The repository the tests run in: the folder holding <c>OpenClaw.Manifests.sln</c>, found by walking up from the
/// test binaries (every test project builds into its own folder below it), and the places in it tests read.
/// </summary>
public static class RepoPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string Marker = "OpenClaw.Manifests.sln";

    public static string Root { get; } = Find(AppContext.BaseDirectory);

    /// <summary>The sample tenant files (<c>samples/tenants</c>).</summary>
    public static string Samples => Path.Combine(Root, "samples", "tenants");

    /// <summary>One sample tenant file by name, without its extension.</summary>
    public static string Sample(string name) => Path.Combine(Samples, name + ".yaml");

    /// <summary>The sample platform settings (<c>samples/platform.yaml</c>).</summary>
    public static string Settings => Path.Combine(Root, "samples", "platform.yaml");

    /// <summary>The committed generator output (<c>charts-out</c>).</summary>
    public static string ChartsOut => Path.Combine(Root, "charts-out");

    /// <summary>The hostile-input corpus (<c>tests/corpus</c>), read in place, never copied.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "corpus");

    /// <summary>The approved sample renders (<c>tests/OpenClaw.Manifests.Tests/Snapshots</c>).</summary>
    public static string Snapshots => Path.Combine(Root, "tests", "OpenClaw.Manifests.Tests", "Snapshots");

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <see cref="Marker"/>.</summary>
    /// <exception cref="InvalidOperationException">No folder above <paramref name="start"/> holds it.</exception>
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
                return dir.FullName;
        }

        throw new InvalidOperationException($"repository root ({Marker}) not found above {start}");
    }
}
