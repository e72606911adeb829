using System.Text;

namespace OpenClaw.Manifests.Generation;

/// <summary>
/// The complete desired content of an output folder: relative path (always '/') to bytes, kept in
/// ordinal order so every walk over it is deterministic.
/// </summary>
internal sealed class FileTree
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every file, ordinal by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Adds a text file, UTF-8 without BOM, LF line endings.</summary>
    public void Add(string relativePath, string text)
    {
        CheckPath(relativePath);
        if (!_files.TryAdd(relativePath, Encode(text)))
            throw new InvalidOperationException($"'{relativePath}' is generated twice");
    }

    /// <summary>The bytes of a generated text file: UTF-8 without BOM, LF line endings.</summary>
    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>Adds a file byte for byte (files carried over from the existing output, such as encrypted secrets).</summary>
    public void AddBytes(string relativePath, byte[] bytes)
    {
        CheckPath(relativePath);
        if (!_files.TryAdd(relativePath, bytes.ToArray()))
            throw new InvalidOperationException($"'{relativePath}' is generated twice");
    }

    private static void CheckPath(string relativePath)
    {
        if (relativePath.Contains('\\') || relativePath.StartsWith('/') || relativePath.Split('/').Contains(".."))
            throw new ArgumentException($"'{relativePath}' is not a safe relative path", nameof(relativePath));
    }

    /// <summary>Reads the files currently in <paramref name="root"/> (hidden VCS folders excluded).</summary>
    public static FileTree ReadFrom(string root)
    {
        var tree = new FileTree();
        if (!Directory.Exists(root)) return tree;
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, f).Replace('\\', '/');
            tree._files[rel] = File.ReadAllBytes(f);
        }
        return tree;
    }
}
