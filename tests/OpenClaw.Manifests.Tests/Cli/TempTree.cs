namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>A temporary folder, removed on dispose; snapshots its files to prove nothing changed.</summary>
internal sealed class TempTree : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ocm-cli-").FullName;

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public string Write(string relative, string text)
    {
        var p = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    /// <summary>Every file under <paramref name="dir"/> with its bytes and modification time.</summary>
    public static SortedDictionary<string, (string Content, DateTime Modified)> Snapshot(string dir)
    {
        var result = new SortedDictionary<string, (string, DateTime)>(StringComparer.Ordinal);
        if (!Directory.Exists(dir)) return result;
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            result[System.IO.Path.GetRelativePath(dir, f)] = (File.ReadAllText(f), File.GetLastWriteTimeUtc(f));
        return result;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
