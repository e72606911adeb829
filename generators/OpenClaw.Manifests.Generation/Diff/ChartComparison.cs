using System.Text;
using DiffPlex;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// The chart, compared once (its template changes also show, as objects, in every tenant they affect). Content means
/// what <see cref="ChartDigest"/> hashes, so "content changed but version did not" is exactly what generate refuses
/// to write over a recorded version, here seen between two commits (where a reset record would hide it).
/// </summary>
internal static class ChartComparison
{
    private const string Prefix = ChartWriter.Folder + "/";

    public static ChartChange Compare(TreeFiles @base, TreeFiles head)
    {
        var files = new List<ChartFileChange>();
        foreach (var path in @base.Paths.Union(head.Paths).Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var old = @base.Has(path) ? @base.Read(path) : null;
            var @new = head.Has(path) ? head.Read(path) : null;
            if (old is not null && @new is not null && old.AsSpan().SequenceEqual(@new)) continue;
            var diff = Differ.Instance.CreateLineDiffs(Text(old), Text(@new), ignoreWhitespace: false);
            files.Add(new ChartFileChange(path[Prefix.Length..], old is null ? ChangeKind.Added : @new is null ? ChangeKind.Removed : ChangeKind.Changed,
                diff.DiffBlocks.Sum(b => b.InsertCountB), diff.DiffBlocks.Sum(b => b.DeleteCountA)));
        }
        return new ChartChange(files, Version(@base), Version(head), Digest(@base) != Digest(head));
    }

    private static string Text(byte[]? bytes) => bytes is null ? "" : Encoding.UTF8.GetString(bytes);

    private static string? Digest(TreeFiles tree)
    {
        var files = tree.Paths.Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Select(p => (p[Prefix.Length..], tree.Read(p))).ToList();
        return files.Count == 0 ? null : ChartDigest.Compute(files);
    }

    /// <summary>The <c>version</c> of Chart.yaml: what Helm packages and the HelmReleases pin; null without a chart.</summary>
    private static string? Version(TreeFiles tree)
    {
        var path = Prefix + "Chart.yaml";
        if (!tree.Has(path)) return null;
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(tree.Shown + "/" + path, tree.Text(path), diagnostics);
        if (root is null || diagnostics.Count > 0) throw new InvalidDataException(diagnostics[0].ToString());
        return root.Kind == YamlKind.Mapping ? root.Entries.FirstOrDefault(e => e.Key.Value == "version").Value?.Value : null;
    }
}
