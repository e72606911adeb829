namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>The unified diff a failed <c>--check</c> prints, from the differing files a streamed check kept.</summary>
internal static class StaleOutput
{
    /// <summary>
    /// The diff of every kept file and every removed one. Past <see cref="StagingArea.DiffBudget"/> bytes of
    /// differing files a check keeps no more (a cold check of 100,000 tenants would keep the tree); the file
    /// lists still name every one, and a closing line says how many files the text leaves out.
    /// </summary>
    public static string Unified(string root, StagingArea differences, TreeDiff diff)
    {
        var kept = differences.Kept.Files;
        var shown = new TreeDiff(diff.Added.Where(kept.ContainsKey).ToList(), diff.Changed.Where(kept.ContainsKey).ToList(), diff.Removed, diff.UnchangedCount);
        var text = TreeDiff.Unified(root, differences.Kept, shown);
        var left = diff.Added.Count + diff.Changed.Count - shown.Added.Count - shown.Changed.Count;
        return left == 0 ? text : text + $"# ... and {left} more added or changed file(s), not shown (more than {StagingArea.DiffBudget >> 20} MiB of differences)\n";
    }
}
