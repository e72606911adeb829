using System.Text;
using DiffPlex.Renderer;

namespace OpenClaw.Manifests.Generation;

/// <summary>What differs between the committed output and the freshly generated one.</summary>
internal sealed class TreeDiff
{
    private TreeDiff(IReadOnlyList<string> added, IReadOnlyList<string> changed, IReadOnlyList<string> removed, IReadOnlyList<string> unchanged)
        : this(added, changed, removed, unchanged.Count) => Unchanged = unchanged;

    /// <summary>
    /// A diff that counts its unchanged files without listing them: a streamed run over 100,000 tenants keeps
    /// the paths of what differs (that is what it reports), not of the 400,000 files that do not.
    /// </summary>
    internal TreeDiff(IReadOnlyList<string> added, IReadOnlyList<string> changed, IReadOnlyList<string> removed, int unchangedCount)
    {
        Added = added;
        Changed = changed;
        Removed = removed;
        UnchangedCount = unchangedCount;
    }

    /// <summary>Files that would be created.</summary>
    public IReadOnlyList<string> Added { get; }
    /// <summary>Files whose bytes differ.</summary>
    public IReadOnlyList<string> Changed { get; }
    /// <summary>Files that would be deleted.</summary>
    public IReadOnlyList<string> Removed { get; }
    /// <summary>Files with identical bytes; empty for a diff that only counts them (<see cref="UnchangedCount"/>).</summary>
    public IReadOnlyList<string> Unchanged { get; } = [];

    /// <summary>How many files have identical bytes.</summary>
    public int UnchangedCount { get; }

    /// <summary>True when the folder already holds exactly the desired files.</summary>
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <summary>Compares <paramref name="current"/> (on disk) with <paramref name="desired"/>.</summary>
    public static TreeDiff Compute(FileTree current, FileTree desired)
    {
        List<string> added = [], changed = [], removed = [], unchanged = [];
        foreach (var (path, bytes) in desired.Files)
        {
            if (!current.Files.TryGetValue(path, out var old)) added.Add(path);
            else if (old.AsSpan().SequenceEqual(bytes)) unchanged.Add(path);
            else changed.Add(path);
        }
        foreach (var path in current.Files.Keys)
            if (!desired.Files.ContainsKey(path)) removed.Add(path);
        return new TreeDiff(added, changed, removed, unchanged);
    }

    /// <summary>
    /// Compares the folder <paramref name="root"/> with <paramref name="desired"/> without loading the folder
    /// into memory: sizes first, then bytes, one file at a time (in parallel; results in ordinal order).
    /// </summary>
    public static TreeDiff Compute(string root, FileTree desired)
    {
        var onDisk = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var states = desired.Files.AsParallel().AsOrdered().Select(kv =>
        {
            if (!onDisk.Contains(kv.Key)) return (kv.Key, State: 0);
            var path = Path.Combine(root, kv.Key);
            if (new FileInfo(path).Length != kv.Value.Length) return (kv.Key, State: 1);
            return (kv.Key, State: File.ReadAllBytes(path).AsSpan().SequenceEqual(kv.Value) ? 2 : 1);
        }).ToList();
        var removed = onDisk.Where(p => !desired.Files.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        return new TreeDiff(
            states.Where(x => x.State == 0).Select(x => x.Key).ToList(),
            states.Where(x => x.State == 1).Select(x => x.Key).ToList(),
            removed,
            states.Where(x => x.State == 2).Select(x => x.Key).ToList());
    }

    /// <summary>A unified diff between the folder <paramref name="root"/> and <paramref name="desired"/>, reading only the files that differ.</summary>
    public static string Unified(string root, FileTree desired, TreeDiff diff)
    {
        var current = new FileTree();
        foreach (var path in diff.Changed.Concat(diff.Removed))
            current.AddBytes(path, File.ReadAllBytes(Path.Combine(root, path)));
        return Unified(current, desired, diff);
    }

    /// <summary>A unified diff of every difference, as <c>git diff</c> would show it.</summary>
    public static string Unified(FileTree current, FileTree desired, TreeDiff diff)
    {
        var sb = new StringBuilder();
        foreach (var path in diff.Added.Concat(diff.Changed).Concat(diff.Removed).Order(StringComparer.Ordinal))
        {
            var before = current.Files.TryGetValue(path, out var a) ? Encoding.UTF8.GetString(a) : "";
            var after = desired.Files.TryGetValue(path, out var b) ? Encoding.UTF8.GetString(b) : "";
            var from = current.Files.ContainsKey(path) ? "a/" + path : "/dev/null";
            var to = desired.Files.ContainsKey(path) ? "b/" + path : "/dev/null";
            sb.Append("diff --git a/").Append(path).Append(" b/").Append(path).Append('\n');
            sb.Append(UnidiffRenderer.GenerateUnidiff(before, after, from, to, false, false, 3).Replace("\r\n", "\n", StringComparison.Ordinal));
            if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        }
        return sb.ToString();
    }
}
