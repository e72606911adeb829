using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// charts-out/bp-openclaw as a platform publishes it: <c>helm package</c>d and <c>helm push</c>ed to a real
/// OCI registry at <c>oci://127.0.0.1:PORT/charts</c>, once per Helm major (each major packages and pushes
/// with its own binary, into its own registry), on first use.
/// </summary>
public sealed class PublishedChart : IDisposable
{
    private readonly Dictionary<HelmMajor, Lazy<Published>> _published;
    private readonly List<IDisposable> _owned = [];

    public PublishedChart() => _published = Enum.GetValues<HelmMajor>().ToDictionary(m => m, m => new Lazy<Published>(() => Publish(m)));

    /// <summary>The chart folder that is packaged.</summary>
    public static string Folder => Path.Combine(RepoPaths.ChartsOut, Names.Chart);

    /// <summary>The version pushed (the chart's one version constant).</summary>
    public static string Version => Names.ChartVersion;

    /// <summary>The <c>oci://…/charts/bp-openclaw</c> reference pushed with <paramref name="major"/>.</summary>
    internal string Reference(HelmMajor major) => _published[major].Value.Reference;

    private sealed record Published(string Reference);

    private Published Publish(HelmMajor major)
    {
        var helm = Helm.Of(major);
        var registry = OciRegistry.Start();
        var dir = new TempDir();
        lock (_owned)
        {
            _owned.Add(registry);
            _owned.Add(dir);
        }
        var package = helm.Package(Folder, dir.Path);
        if (package.ExitCode != 0) throw new InvalidOperationException("helm package failed:\n" + package);
        var archive = Path.Combine(dir.Path, $"{Names.Chart}-{Version}.tgz");
        if (!File.Exists(archive)) throw new InvalidOperationException($"helm package did not write {archive}:\n{package}");
        var push = helm.Push(archive, registry.Url("charts"));
        if (push.ExitCode != 0) throw new InvalidOperationException($"helm push failed:\n{push}\nregistry log:\n{registry.LogText}");
        return new Published(registry.Url("charts") + "/" + Names.Chart);
    }

    public void Dispose()
    {
        lock (_owned)
        {
            foreach (var o in _owned) o.Dispose();
            _owned.Clear();
        }
    }
}
