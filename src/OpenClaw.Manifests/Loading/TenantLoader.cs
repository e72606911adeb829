using System.IO.Enumeration;
using System.Text;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Loading;

/// <summary>
/// Loads tenant files and runs every tenant rule on them, with file:line:column diagnostics. Nothing
/// is returned as loaded unless it passed; a secret-looking value never appears in a message.
/// </summary>
public static class TenantLoader
{
    /// <summary>Largest tenant file accepted; real ones are a few kilobytes.</summary>
    public const int MaxFileBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> file under the given files and folders, then checks the set.</summary>
    public static TenantSet Load(IEnumerable<string> paths) => Load(paths, [], []);

    /// <summary>
    /// Loads tenant files and adds tenants declared in code (already checked, with their own diagnostics),
    /// then checks the whole set: a C# tenant and a YAML tenant may not share a name, namespace or host.
    /// </summary>
    public static TenantSet Load(IEnumerable<string> paths, IReadOnlyList<TenantSource> codeTenants, IReadOnlyList<Diagnostic> codeDiagnostics)
        => Load(paths, codeTenants, codeDiagnostics, RuleSeverities.Default);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, IReadOnlyList{TenantSource}, IReadOnlyList{Diagnostic})"/>, with rule severities:
    /// a file whose only findings are of lowered rules still loads (its findings stay in <see cref="TenantSet.Diagnostics"/>).
    /// </summary>
    public static TenantSet Load(IEnumerable<string> paths, IReadOnlyList<TenantSource> codeTenants, IReadOnlyList<Diagnostic> codeDiagnostics, RuleSeverities severities)
    {
        var files = ExpandPaths(paths, out var missing);
        var results = new (TenantSource? Source, List<Diagnostic> Diagnostics)[files.Count];
        // Files are independent: parse them in parallel, keep results in file order for determinism.
        void LoadOne(int i)
        {
            var d = new List<Diagnostic>();
            results[i] = (LoadFileCore(files[i], d, severities), d);
        }
        // A single file (validate in an editor hook, render) is not worth waking the thread pool for.
        if (files.Count == 1) LoadOne(0);
        else Parallel.For(0, files.Count, LoadOne);
        var diagnostics = missing.Concat(codeDiagnostics).Where(d => severities.Of(d.Rule) != RuleSeverity.None).ToList();
        // Code tenants first: a collision is reported on the later tenant, and the YAML file just added is
        // the one to point at (a C# tenant has no field positions).
        var loaded = new List<TenantSource>(codeTenants);
        foreach (var (source, d) in results)
        {
            diagnostics.AddRange(d.Where(x => severities.Of(x.Rule) != RuleSeverity.None));
            if (source is not null) loaded.Add(source);
        }
        var set = loaded.Select(s => s.Tenant).ToList();
        var clashes = TenantPolicy.CheckSet(set, loaded.Select(s => s.File).ToList()).ToList();
        foreach (var (index, d) in clashes) diagnostics.Add(loaded[index].Located(d));
        var clashing = clashes.Select(c => c.Index).ToHashSet();
        var ok = loaded.Where((_, i) => !clashing.Contains(i)).OrderBy(s => s.Tenant.Name.Value, StringComparer.Ordinal).ToList();
        return new TenantSet(ok, Sort(diagnostics), files);
    }

    /// <summary>Loads one tenant from text; <paramref name="file"/> names it in diagnostics.</summary>
    public static (TenantSource? Tenant, IReadOnlyList<Diagnostic> Diagnostics) LoadText(string file, string text)
    {
        var d = new List<Diagnostic>();
        var source = LoadTextCore(file, text, d, RuleSeverities.Default);
        return (source, Sort(d));
    }

    private static TenantSource? LoadFileCore(string file, List<Diagnostic> d, RuleSeverities severities)
    {
        string text;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                d.Add(new Diagnostic(RuleCatalog.MalformedFile, $"the file is {info.Length} bytes; tenant files are at most {MaxFileBytes} bytes", file, new SourceLocation(file, 1, 1)));
                return null;
            }
            // The length check above trusts the file system; a device (a committed symlink to /dev/zero) reports
            // 0 bytes and never ends, and File.ReadAllBytes on it ran out of memory. Read at most one byte more
            // than the limit, whatever the file claims to be.
            var bytes = new byte[MaxFileBytes + 1];
            var length = 0;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
            {
                int n;
                while (length < bytes.Length && (n = stream.Read(bytes, length, bytes.Length - length)) > 0) length += n;
            }
            if (length > MaxFileBytes)
            {
                d.Add(new Diagnostic(RuleCatalog.MalformedFile, $"the file is larger than {MaxFileBytes} bytes, the limit for tenant files", file, new SourceLocation(file, 1, 1)));
                return null;
            }
            text = StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            d.Add(new Diagnostic(RuleCatalog.MalformedFile, "the file is not valid UTF-8", file, new SourceLocation(file, 1, 1)));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            d.Add(new Diagnostic(RuleCatalog.MalformedFile, "cannot read the file: " + e.Message, file, new SourceLocation(file, 1, 1)));
            return null;
        }
        return LoadTextCore(file, text, d, severities);
    }

    private static TenantSource? LoadTextCore(string file, string text, List<Diagnostic> d, RuleSeverities severities)
    {
        var first = d.Count;
        var source = LoadTextChecked(file, text, d, severities);
        // Messages quote keys and values from the file. A key holding a line break could otherwise print a forged
        // "file(1,1): error ..." line, or terminal escape sequences, into the CI log a reviewer reads.
        for (var i = first; i < d.Count; i++)
            if (d[i].Message.Any(char.IsControl)) d[i] = d[i] with { Message = Printable(d[i].Message) };
        return source;
    }

    private static string Printable(string message)
    {
        var sb = new StringBuilder(message.Length + 16);
        foreach (var c in message)
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    private static TenantSource? LoadTextChecked(string file, string text, List<Diagnostic> d, RuleSeverities severities)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var root = YamlTreeReader.Read(file, text, d);
        if (root is null) return null;
        var ctx = new ReadContext(file);
        var secrets = ScanForSecrets(ctx, root, "");
        var tenant = new TenantFileReader(ctx).Read(root);
        var source = tenant is null ? null : new TenantSource(tenant, file, ctx.Locations, policyChecked: true);
        if (source is not null)
            ctx.Diagnostics.AddRange(TenantPolicy.Check(source.Tenant).Select(source.Located));
        d.AddRange(Redact(Deduplicate(ctx.Diagnostics), secrets));
        return d.Any(severities.Blocks) ? null : source;
    }

    /// <summary>Every scalar outside <c>spec.sops</c> (public keys by definition) is checked for credential shapes.</summary>
    private static List<string> ScanForSecrets(ReadContext ctx, YamlNode node, string path)
    {
        var found = new List<string>();
        void Walk(YamlNode n, string p)
        {
            if (p == "spec.sops") return;
            switch (n.Kind)
            {
                case YamlKind.Scalar:
                    if (SecretHeuristics.DescribeCredential(n.Value) is { } why)
                    {
                        found.Add(n.Value);
                        ctx.Error(RuleCatalog.PlaintextSecret, n, p, RuleCatalog.PlaintextSecret.Format($"'{(p.Length == 0 ? "document" : p)}' ({why})"));
                    }
                    break;
                case YamlKind.Mapping:
                    foreach (var (k, v) in n.Entries)
                    {
                        var child = p.Length == 0 ? k.Value : p + "." + k.Value;
                        if (SecretHeuristics.DescribeCredential(k.Value) is not null) { found.Add(k.Value); Walk(k, p); }
                        Walk(v, child);
                    }
                    break;
                case YamlKind.Sequence:
                    for (var i = 0; i < n.Items.Count; i++) Walk(n.Items[i], $"{p}[{i}]");
                    break;
            }
        }
        Walk(node, path);
        return found;
    }

    private static IEnumerable<Diagnostic> Deduplicate(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.DistinctBy(d => (d.Rule.Id, d.Location?.Line, d.Location?.Column));

    private static IEnumerable<Diagnostic> Redact(IEnumerable<Diagnostic> diagnostics, List<string> secrets)
    {
        foreach (var d in diagnostics)
        {
            var message = d.Message;
            foreach (var s in secrets) message = message.Replace(s, "***", StringComparison.Ordinal);
            // Truncated echoes (long values are shortened to 77 characters) must not leak a prefix either.
            foreach (var s in secrets.Where(s => s.Length > 80)) message = message.Replace(s[..77], "***", StringComparison.Ordinal);
            yield return d with { Message = message };
        }
    }

    private static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.OrderBy(d => d.Location?.File ?? d.Subject, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Rule.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Files named directly, and <c>*.yaml</c>/<c>*.yml</c> files inside folders (recursively), in ordinal order.
    /// <paramref name="missing"/> reports paths that do not exist and symbolic links, which are never followed.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, out IReadOnlyList<Diagnostic> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<Diagnostic>();
        // Tenant files are reviewed content in the repository. Git stores symbolic links, so a pull request can add
        // one: a link makes the loader read something the reviewer never saw (a file outside the repository, a
        // device such as /dev/zero), and a link to a parent folder made the recursive walk below never end.
        void Link(string path) => notFound.Add(new Diagnostic(RuleCatalog.MalformedFile,
            "is a symbolic link; tenant files and folders must be real files in the repository (links are not followed)", path, new SourceLocation(path, 1, 1)));
        foreach (var p in paths)
        {
            if (IsLink(p)) Link(p.Replace('\\', '/'));
            else if (Directory.Exists(p))
            {
                var entries = new FileSystemEnumerable<(string Path, bool IsLink, bool IsDirectory)>(p,
                    (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0, e.IsDirectory),
                    new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
                {
                    ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
                };
                foreach (var (f, isLink, isDirectory) in entries)
                {
                    var yaml = f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal);
                    if (isLink && (isDirectory || yaml)) Link(f.Replace('\\', '/'));
                    else if (!isDirectory && yaml) files.Add(f.Replace('\\', '/'));
                }
            }
            else if (File.Exists(p)) files.Add(p.Replace('\\', '/'));
            else notFound.Add(new Diagnostic(RuleCatalog.MalformedFile, "no such file or folder", p, new SourceLocation(p, 1, 1)));
        }
        missing = notFound;
        return files.ToList();
    }

    private static bool IsLink(string path)
    {
        try { return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
