using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>A chart archive (<c>.tgz</c>) compared file by file with a chart folder.</summary>
internal static class ChartArchive
{
    /// <summary>The regular files of the archive, relative to its top folder (<c>bp-openclaw/</c>).</summary>
    public static SortedDictionary<string, byte[]> Files(string archive, string top)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            if (!entry.Name.StartsWith(top + "/", StringComparison.Ordinal)) throw new InvalidDataException($"{archive}: {entry.Name} is outside {top}/");
            using var data = new MemoryStream();
            entry.DataStream?.CopyTo(data);
            files.Add(entry.Name[(top.Length + 1)..], data.ToArray());
        }
        return files;
    }

    /// <summary>
    /// Null when the archive holds exactly the folder's files with the same bytes; else each difference.
    /// Chart.yaml is compared as YAML: <c>helm package</c> (Helm 3 and 4 alike) writes it re-serialized
    /// from the parsed chart metadata, so comments go and keys are sorted, while its content must not change.
    /// </summary>
    public static string? Compare(string archive, string folder)
    {
        var packed = Files(archive, Path.GetFileName(folder));
        var source = FolderSnapshot.Of(folder).Files;
        var sb = new StringBuilder();
        foreach (var path in source.Keys.Except(packed.Keys).Order(StringComparer.Ordinal)) sb.Append($"missing from the archive: {path}\n");
        foreach (var path in packed.Keys.Except(source.Keys)) sb.Append($"only in the archive: {path}\n");
        foreach (var (path, bytes) in packed)
        {
            if (!source.TryGetValue(path, out var expected)) continue;
            var same = path == "Chart.yaml" ? SameYaml(expected, bytes) : expected.AsSpan().SequenceEqual(bytes);
            if (!same) sb.Append($"differs: {path}\n");
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static bool SameYaml(byte[] a, byte[] b) => JsonNode.DeepEquals(Parse(a), Parse(b));

    private static JsonNode? Parse(byte[] bytes)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Encoding.UTF8.GetString(bytes)));
        return ObjectSet.Canonical(ObjectSet.ToJson(stream.Documents.Single().RootNode));
    }
}
