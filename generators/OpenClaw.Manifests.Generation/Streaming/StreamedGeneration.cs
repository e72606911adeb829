using System.IO.Enumeration;
using System.Security.Cryptography;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Pipeline;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>
/// <c>generate</c> and <c>generate --check</c> in flat memory: each tenant is read, rendered, compared with the
/// output folder and (when writing) staged on its own, in parallel, and only its small summary is kept; so a run
/// over 100,000 tenants holds a few tenants' files at a time, not the tree. The promises of the in-memory route
/// (<see cref="OutputPlan"/> and <see cref="AtomicTreeWriter"/>) stay: the same bytes; all or nothing (a blocking
/// finding anywhere discards the staged files, and the folder is exchanged in one step only when complete);
/// unchanged files hard-linked with their times; nothing written when nothing changed.
/// </summary>
internal static class StreamedGeneration
{
    /// <summary>
    /// The outcome: the diff (null when a finding or <paramref name="Refusal"/> stopped the run), every finding, for a
    /// check the differing files' bytes, and each tenant's own result (in the order of the tenants).
    /// </summary>
    public sealed record Result(TreeDiff? Diff, IReadOnlyList<Diagnostic> Diagnostics, string? Refusal, int FileCount, StagingArea? Differences, IReadOnlyList<TenantResult> Tenants);

    /// <summary>One tenant's findings and files; <paramref name="Reused"/> when its render was skipped on the no-op cache's word.</summary>
    public sealed record TenantResult(IReadOnlyList<Diagnostic> Rendering, IReadOnlyList<Diagnostic> Secrets, string[] Produced, string[] Unchanged, List<(string Path, FileState State)> Differing, bool Reused = false);

    /// <summary>
    /// Renders <paramref name="tenants"/> (checked as a set, in name order) into the folder <paramref name="held"/> guards,
    /// or with <paramref name="check"/> only compares. <paramref name="beforeSwap"/> runs just before the swap.
    /// </summary>
    public static Result Run(OutputLock held, IReadOnlyList<TenantEntry> tenants, PlatformSettings? settings, RuleSeverities severities, bool check, Action<string>? beforeSwap = null)
    {
        var root = held.Root;
        if (!check) AtomicTreeWriter.RecoverInterrupted(root);
        var shared = OutputPlan.SharedFiles(tenants.Select(t => (t.Name, t.Sops)), settings);
        if (ChartDigest.Refusal(root, shared) is { } refusal) return new Result(null, [], refusal, 0, null, []);

        var stage = new StagingArea(root, check);
        try
        {
            var differing = new List<(string Path, FileState State)>();
            var unchanged = new List<string>();
            foreach (var (path, bytes) in shared.Files)
            {
                var state = stage.Offer(path, bytes);
                if (state == FileState.Unchanged) unchanged.Add(path);
                else differing.Add((path, state));
            }
            var results = new TenantResult[tenants.Count];
            // --check never takes the no-op cache's word (nor any size or time on disk): it renders and compares every
            // tenant, or a pull request that hand-edits both the output and a cache would pass (TESTING.md).
            Parallels.For(tenants.Count, i => results[i] = (check ? null : Unchanged(root, tenants[i])) ?? Render(stage, root, tenants[i], settings, severities));

            // Every tenant's render findings in tenant order, then the carried secrets' (as the in-memory route reports them).
            var diagnostics = results.SelectMany(r => r.Rendering).Concat(results.SelectMany(r => r.Secrets)).ToList();
            var fileCount = shared.Files.Count + results.Sum(r => r.Produced.Length);
            if (diagnostics.Any(severities.Blocks)) return new Result(null, diagnostics, null, fileCount, null, results);

            foreach (var r in results) differing.AddRange(r.Differing);
            var removed = Removed(root, shared, tenants, results);
            var diff = new TreeDiff(
                differing.Where(d => d.State == FileState.Added).Select(d => d.Path).Order(StringComparer.Ordinal).ToList(),
                differing.Where(d => d.State == FileState.Changed).Select(d => d.Path).Order(StringComparer.Ordinal).ToList(),
                removed,
                unchanged.Count + results.Sum(r => r.Unchanged.Length));
            if (check) return new Result(diff, diagnostics, null, fileCount, stage, results);
            if (!diff.IsEmpty)
                stage.Complete(unchanged.Concat(tenants.SelectMany((t, i) => results[i].Unchanged.Select(name => TenantOverlay.Folder(t.Name) + "/" + name))), beforeSwap);
            return new Result(diff, diagnostics, null, fileCount, null, results);
        }
        finally
        {
            // A check hands its kept bytes to the caller; nothing of it is on disk.
            if (!check) stage.Dispose();
        }
    }

    private static TenantResult Render(StagingArea stage, string root, TenantEntry entry, PlatformSettings? settings, RuleSeverities severities)
    {
        var loading = new List<Diagnostic>();
        var source = entry.Code ?? Reload(entry, severities, loading);
        if (source is null) return new TenantResult(loading, [], [], [], []);
        var outcome = TenantPipeline.Run(source, severities, PipelineOutput.Manifests);
        if (outcome.Rendered is not { } rendered) return new TenantResult(outcome.Diagnostics, [], [], [], []);

        var folder = TenantOverlay.Folder(entry.Name);
        var secrets = new List<Diagnostic>();
        var carried = SopsSecrets.CollectOne(root, folder, secrets);
        var files = TenantOverlay.Files(rendered, settings, entry.DeclaredIn).Select(f => (f.Name, Bytes: FileTree.Encode(f.Text))).Concat(carried);
        var produced = new List<string>();
        var same = new List<string>();
        var differing = new List<(string, FileState)>();
        foreach (var (name, bytes) in files)
        {
            produced.Add(name);
            var path = folder + "/" + name;
            var state = stage.Offer(path, bytes);
            if (state == FileState.Unchanged) same.Add(name);
            else differing.Add((path, state));
        }
        return new TenantResult(outcome.Diagnostics, secrets, [.. produced], [.. same], differing);
    }

    // The no-op cache's shortcut: the same input bytes, settings and build as a run that left exactly these files (names,
    // lengths, times) in the tenant's folder, so rendering would produce them again. Anything else renders.
    private static TenantResult? Unchanged(string root, TenantEntry entry)
    {
        if (entry.Prior is not { } prior || FileStamp.Of(Path.Combine(root, TenantOverlay.Folder(entry.Name))) is not { } now
            || !now.SequenceEqual(prior.Files) || now.Any(f => f.IsFolder)) return null;
        var names = now.Select(f => f.Name).ToArray();
        return new TenantResult(prior.Rendering, prior.Secrets, names, names, [], Reused: true);
    }

    // The file is read a second time (the first pass kept only its summary); it must still be the file that was checked.
    private static TenantSource? Reload(TenantEntry entry, RuleSeverities severities, List<Diagnostic> d)
    {
        var ok = TenantLoader.TryLoadFile(entry.File, severities, d, (s, bytes, _) => (Source: s, Same: SHA256.HashData(bytes).AsSpan().SequenceEqual(entry.InputHash)), out var again);
        if (ok && again.Same) return again.Source;
        d.Add(new Diagnostic(RuleCatalog.MalformedFile, "the file changed while generate was running; nothing was written: run it again", entry.File, new SourceLocation(entry.File, 1, 1)));
        return null;
    }

    // Files in the output folder that the new tree does not have, in ordinal order; walked, not loaded.
    private static List<string> Removed(string root, FileTree shared, IReadOnlyList<TenantEntry> tenants, TenantResult[] results)
    {
        if (!Directory.Exists(root)) return [];
        var produced = new Dictionary<string, string[]>(tenants.Count, StringComparer.Ordinal);
        for (var i = 0; i < tenants.Count; i++) produced[tenants[i].Name] = results[i].Produced;
        var prefix = TenantOverlay.Folder("");
        bool Desired(string rel)
        {
            if (shared.Files.ContainsKey(rel)) return true;
            if (!rel.StartsWith(prefix, StringComparison.Ordinal)) return false;
            var slash = rel.IndexOf('/', prefix.Length);
            return slash > 0 && rel.IndexOf('/', slash + 1) < 0
                && produced.TryGetValue(rel[prefix.Length..slash], out var names) && names.Contains(rel[(slash + 1)..], StringComparer.Ordinal);
        }
        // A folder the no-op cache vouched for was just listed and holds exactly its tenant's files: not walked again.
        var vouched = tenants.Where((_, i) => results[i].Reused).Select(t => TenantOverlay.Folder(t.Name)).ToHashSet(StringComparer.Ordinal);
        string Rel(ref FileSystemEntry e) => Path.GetRelativePath(root, e.ToSpecifiedFullPath()).Replace('\\', '/');
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => Rel(ref e), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => vouched.Count == 0 || !vouched.Contains(Rel(ref e)),
        };
        return files.Where(rel => !Desired(rel)).Order(StringComparer.Ordinal).ToList();
    }
}
