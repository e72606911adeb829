namespace OpenClaw.Manifests.CorpusTests;

/// <summary>
/// A temporary output folder seeded with a sentinel and an old tenant file, and a byte-for-byte snapshot of it and
/// of its parent (where an atomic writer stages), to prove a refused run changed nothing.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly string _parent;

    public OutputFolder()
    {
        _parent = Path.Combine(Path.GetTempPath(), "ocm-corpus-" + Guid.NewGuid().ToString("N"));
        Out = Path.Combine(_parent, "charts-out");
        Directory.CreateDirectory(Path.Combine(Out, "tenants", "previous"));
        File.WriteAllText(Path.Combine(Out, "SENTINEL"), "written by the corpus test; a refused run must leave it alone\n");
        File.WriteAllBytes(Path.Combine(Out, "tenants", "previous", "rendered.yaml"), [0x23, 0x20, 0x6f, 0x6c, 0x64, 0x0a]);
    }

    public string Out { get; }

    /// <summary>Every file and folder under the parent (so staging leftovers count), with file bytes.</summary>
    public FolderSnapshot Snapshot() => FolderSnapshot.Of(_parent, folders: true);

    public void Dispose()
    {
        try { Directory.Delete(_parent, recursive: true); }
        catch (IOException) { }
    }
}
