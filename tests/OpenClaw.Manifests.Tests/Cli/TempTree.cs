namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>A temporary folder, removed on dispose.</summary>
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

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
