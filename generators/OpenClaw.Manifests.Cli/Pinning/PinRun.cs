using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// One <c>pin</c> over a set of files: find every image site, ask the registry about the ones the mode needs, then
/// either report (<see cref="PinMode.Check"/>) or write every changed file, all or nothing, as <c>generate</c> does.
/// Nothing is written unless every image resolved and every change can be made.
/// </summary>
internal sealed class PinRun(PinMode mode, RegistryClient registry, TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(IReadOnlyList<string> paths)
    {
        var diagnostics = new List<Diagnostic>();
        var files = SourceFile.Expand(paths, out var missing);
        diagnostics.AddRange(missing);
        var sources = new List<(SourceFile File, IReadOnlyList<ImageSite> Sites)>();
        foreach (var path in files)
        {
            if (SourceFile.Read(path, diagnostics) is not { } file) continue;
            var sites = file.IsCSharp ? CSharpImageLiterals.Find(path, file.Text) : YamlImageSites.Find(path, file.Text, diagnostics);
            if (sites is not null) sources.Add((file, sites));
        }
        if (diagnostics.Count > 0) return Refuse(diagnostics.Select(d => d.ToString()), ExitCodes.PolicyFailure);

        // Decide what each site needs before asking anything, so a bad reference fails without network traffic.
        var problems = new List<string>();
        var asks = new List<(ImageSite Site, ImageName Name)>();
        foreach (var (_, sites) in sources)
            foreach (var site in sites)
            {
                if (ImageName.TryParse(site.Value) is not { } name)
                    problems.Add(Error(site, $"'{Shown(site.Value)}' is not an image reference (repository[:tag][@sha256:digest])"));
                else if (name.Tag is null && name.Digest is null)
                    problems.Add(Error(site, $"'{site.Value}' names no tag: add the tag to pin (':latest' is a tag too, and a moving one)"));
                else if (name.Tag is not null && (name.Digest is null || mode != PinMode.Pin))
                    asks.Add((site, name));
            }
        if (problems.Count > 0) return Refuse(problems, ExitCodes.PolicyFailure);

        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = new List<RegistryFailure>();
        foreach (var name in asks.Select(a => a.Name).DistinctBy(n => n.Display))
        {
            try { digests[name.Display] = await registry.DigestAsync(name); }
            catch (RegistryFailure e) { failures.Add(e); }
        }
        if (failures.Count > 0)
            return Refuse(failures.Select(f => "error: " + f.Message), failures.Min(f => f.ExitCode));

        var edits = new Dictionary<SourceFile, List<(ImageSite Site, string Text)>>();
        foreach (var (site, name) in asks)
        {
            var digest = digests[name.Display];
            if (name.Digest == digest) continue;
            var pinned = name.PinnedTo(digest);
            var why = name.Digest is null ? "is not pinned" : $"tag moved: {name.Display} now names {digest}, the file pins {name.Digest}";
            if (mode == PinMode.Check)
            {
                problems.Add(Error(site, $"'{site.Value}' {why}; pin{(name.Digest is null ? "" : " --update")} writes '{pinned}'"));
                continue;
            }
            if (site.Replacement(pinned) is not { } text)
            {
                problems.Add(Error(site, $"'{site.Value}' {why}, and this {site.What} cannot be rewritten by itself: replace it with '{pinned}'"));
                continue;
            }
            var file = sources.First(s => s.Sites.Contains(site)).File;
            if (!edits.TryGetValue(file, out var list)) edits[file] = list = [];
            list.Add((site, text));
        }
        if (problems.Count > 0) return Refuse(problems, ExitCodes.PolicyFailure);

        var changed = edits.ToDictionary(e => e.Key, e => Apply(e.Key.Text, e.Value));
        PinWriter.WriteAll(changed.Select(c => (c.Key, c.Key.Encode(c.Value))).ToList());
        foreach (var (_, list) in edits.OrderBy(e => e.Key.Path, StringComparer.Ordinal))
            foreach (var (site, text) in list) stdout.WriteLine($"{site.At}: pinned {site.What}: {text}");
        var total = sources.Sum(s => s.Sites.Count);
        stdout.WriteLine(mode == PinMode.Check
            ? $"{total} image reference(s) in {sources.Count} file(s): every one pinned to its tag's current digest"
            : $"{edits.Sum(e => e.Value.Count)} of {total} image reference(s) pinned in {edits.Count} of {sources.Count} file(s)");
        return ExitCodes.Ok;
    }

    /// <summary>The file's text with each site's characters replaced; sites never overlap, so apply from the end.</summary>
    private static string Apply(string text, List<(ImageSite Site, string Text)> edits)
    {
        foreach (var (site, replacement) in edits.OrderByDescending(e => e.Site.Start))
            text = string.Concat(text.AsSpan(0, site.Start), replacement, text.AsSpan(site.End));
        return text;
    }

    private int Refuse(IEnumerable<string> lines, int exit)
    {
        foreach (var line in lines) stderr.WriteLine(line);
        stderr.WriteLine(mode == PinMode.Check ? "pin --check: not every image is pinned to its tag's current digest" : "pin: nothing was written");
        return exit;
    }

    private static string Error(ImageSite site, string message)
        => new Diagnostic(RuleCatalog.ImageNotPinned, $"{site.What} {message}", site.File, new SourceLocation(site.File, site.Line, site.Column)).ToString();

    private static string Shown(string value) => value.Length > 80 || value.Any(char.IsControl) ? value[..Math.Min(value.Length, 40)].Replace('\n', ' ') + "…" : value;
}
