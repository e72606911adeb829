using System.Text;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>A tenant source file as read: its text, and the byte-order mark it began with (written back as it was).</summary>
internal sealed record SourceFile(string Path, byte[] Original, bool Bom, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] BomBytes = [0xEF, 0xBB, 0xBF];

    public bool IsCSharp => Path.EndsWith(".cs", StringComparison.Ordinal);

    /// <summary>The file's bytes with <paramref name="text"/> in place of its text: the same mark, the same line endings.</summary>
    public byte[] Encode(string text) => Bom ? [.. BomBytes, .. StrictUtf8.GetBytes(text)] : StrictUtf8.GetBytes(text);

    /// <summary>Reads a file; a diagnostic (and null) when it is too large or not UTF-8, as the loader refuses it.</summary>
    public static SourceFile? Read(string path, List<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > TenantLoader.MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.MalformedFile, $"the file is larger than {TenantLoader.MaxFileBytes} bytes, the limit for tenant files", path, new SourceLocation(path, 1, 1)));
            return null;
        }
        var bom = bytes.AsSpan().StartsWith(BomBytes);
        try
        {
            return new SourceFile(path, bytes, bom, StrictUtf8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(new Diagnostic(RuleCatalog.MalformedFile, "the file is not valid UTF-8", path, new SourceLocation(path, 1, 1)));
            return null;
        }
    }

    /// <summary>
    /// The files to pin: the loader's YAML tenant files under <paramref name="paths"/>, and C# files named directly or
    /// found in the named folders (bin/ and obj/ skipped: build output, not sources), in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<Diagnostic> missing)
    {
        var list = paths.ToList();
        var files = new SortedSet<string>(TenantLoader.ExpandPaths(list, out missing), StringComparer.Ordinal);
        foreach (var dir in list.Where(Directory.Exists))
            foreach (var f in Directory.EnumerateFiles(dir, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                var rel = System.IO.Path.GetRelativePath(dir, f).Replace('\\', '/');
                if (!rel.Split('/').Any(part => part is "bin" or "obj")) files.Add(f.Replace('\\', '/'));
            }
        return files.ToList();
    }
}
