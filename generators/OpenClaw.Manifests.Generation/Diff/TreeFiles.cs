namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// A generated output tree to compare: its relative paths ('/'-separated) and each file's bytes, read only when the
/// comparison needs them (at 10,000 tenants most files are equal by size and bytes and never parsed).
/// </summary>
internal sealed class TreeFiles
{
    private readonly Func<string, byte[]> _read;
    private readonly HashSet<string> _set;

    private TreeFiles(IReadOnlyCollection<string> paths, Func<string, byte[]> read, string shown)
    {
        Paths = paths;
        _set = paths.ToHashSet(StringComparer.Ordinal);
        _read = read;
        Shown = shown;
    }

    public IReadOnlyCollection<string> Paths { get; }

    /// <summary>How the tree is named in messages: its folder, or the git ref it came from.</summary>
    public string Shown { get; }

    public bool Has(string path) => _set.Contains(path);

    public byte[] Read(string path) => _read(path);

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Read(path));

    public static TreeFiles Of(FileTree tree, string shown) => new(tree.Files.Keys.ToList(), p => tree.Files[p], shown);

    /// <summary>
    /// The files under <paramref name="root"/>. A symbolic link is refused: the tree under review comes from a pull
    /// request, and a link would let it show the reviewer any file of the machine running the diff.
    /// </summary>
    public static TreeFiles FromFolder(string root, string shown)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{shown}: no such folder");
        var paths = new List<string>();
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var rel = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null) throw new InvalidDataException($"{shown}/{rel}: a symbolic link; a generated tree holds only files");
            if (entry is FileInfo) paths.Add(rel);
        }
        paths.Sort(StringComparer.Ordinal);
        return new TreeFiles(paths, p => File.ReadAllBytes(Path.Combine(root, p)), shown);
    }
}
