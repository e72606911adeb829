using System.Text;

namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// What a folder holds, file by file, to prove two output trees equal or that a refused run changed nothing. Paths
/// are relative to the folder, with '/' separators, in ordinal order; files are compared byte for byte. A folder
/// that does not exist is empty (so "nothing was written" holds for an output folder that was never created).
/// </summary>
public sealed class FolderSnapshot : IEquatable<FolderSnapshot>
{
    private readonly SortedDictionary<string, Entry> _entries;

    private FolderSnapshot(SortedDictionary<string, Entry> entries) => _entries = entries;

    /// <summary>One file (its bytes) or, with <c>folders</c>, one folder (no bytes); with <c>times</c>, its modification time.</summary>
    public sealed record Entry(byte[]? Bytes, DateTime? Modified)
    {
        public bool Equals(Entry? other)
            => other is not null && Modified == other.Modified
                && (Bytes is null ? other.Bytes is null : other.Bytes is not null && Bytes.AsSpan().SequenceEqual(other.Bytes));

        public override int GetHashCode() => HashCode.Combine(Bytes?.Length, Modified);

        public override string ToString()
            => (Bytes is null ? "(folder)" : $"{Bytes.Length} bytes") + (Modified is { } m ? " modified " + m.ToString("O") : "");
    }

    /// <summary>
    /// Reads <paramref name="dir"/>. <paramref name="folders"/>: folders count as entries too, so a leftover empty
    /// staging folder is a difference. <paramref name="times"/>: modification times count, so a file rewritten with
    /// the same bytes is a difference.
    /// </summary>
    public static FolderSnapshot Of(string dir, bool folders = false, bool times = false)
    {
        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        if (Directory.Exists(dir))
        {
            var found = folders
                ? Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
                : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories);
            foreach (var path in found)
            {
                var isFile = File.Exists(path);
                entries[Path.GetRelativePath(dir, path).Replace('\\', '/')] = new Entry(
                    isFile ? File.ReadAllBytes(path) : null,
                    times ? (isFile ? File.GetLastWriteTimeUtc(path) : Directory.GetLastWriteTimeUtc(path)) : null);
            }
        }

        return new FolderSnapshot(entries);
    }

    /// <summary>The relative paths, in ordinal order.</summary>
    public IReadOnlyCollection<string> Paths => _entries.Keys;

    /// <summary>The files' bytes by relative path (folders left out).</summary>
    public IReadOnlyDictionary<string, byte[]> Files
        => _entries.Where(e => e.Value.Bytes is not null).ToDictionary(e => e.Key, e => e.Value.Bytes!, StringComparer.Ordinal);

    public bool Equals(FolderSnapshot? other)
        => other is not null && _entries.Count == other._entries.Count
            && _entries.All(e => other._entries.TryGetValue(e.Key, out var o) && e.Value.Equals(o));

    public override bool Equals(object? obj) => Equals(obj as FolderSnapshot);

    public override int GetHashCode() => _entries.Count;

    /// <summary>How this snapshot differs from <paramref name="expected"/>: up to five paths missing, extra and changed; "" when equal.</summary>
    public string Describe(FolderSnapshot expected)
    {
        var missing = expected._entries.Keys.Except(_entries.Keys).Take(5).ToList();
        var extra = _entries.Keys.Except(expected._entries.Keys).Take(5).ToList();
        var differ = _entries.Keys.Intersect(expected._entries.Keys).Where(k => !_entries[k].Equals(expected._entries[k])).Take(5).ToList();
        return missing.Count + extra.Count + differ.Count == 0 ? ""
            : $"missing: {string.Join(", ", missing)}; extra: {string.Join(", ", extra)}; differ: {string.Join(", ", differ)}";
    }

    /// <summary>Every entry on a line of its own, for a failure message.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (path, entry) in _entries)
            sb.Append(path).Append(": ").Append(entry).Append('\n');
        return sb.ToString();
    }
}
