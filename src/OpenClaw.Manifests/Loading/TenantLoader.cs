using System.Buffers;
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
        var (tenants, diagnostics, files) = Load(paths, codeTenants, codeDiagnostics, severities, static (source, _, _) => source);
        return new TenantSet(tenants, diagnostics, files);
    }

    /// <summary>
    /// Loads and checks as <see cref="Load(IEnumerable{string}, IReadOnlyList{TenantSource}, IReadOnlyList{Diagnostic}, RuleSeverities)"/>,
    /// but keeps of each tenant only what <paramref name="keep"/> makes of it (and its file's bytes; empty for a tenant
    /// declared in code), so that a run over 100,000 tenants need not hold them all. The rules across tenants read
    /// their <see cref="TenantIdentity"/>; a tenant they flag is read again to point at the field.
    /// </summary>
    /// <remarks>
    /// <paramref name="reuse"/>, when given, sees each file's bytes before they are parsed and may answer with what an
    /// earlier load of the same bytes produced (generate's cache); the file is then not parsed or checked again.
    /// </remarks>
    internal static (List<T> Tenants, List<Diagnostic> Diagnostics, IReadOnlyList<string> Files) Load<T>(IEnumerable<string> paths,
        IReadOnlyList<TenantSource> codeTenants, IReadOnlyList<Diagnostic> codeDiagnostics, RuleSeverities severities, KeepTenant<T> keep,
        ReuseTenant<T>? reuse = null)
    {
        var files = ExpandPaths(paths, out var missing);
        var results = new (T Kept, TenantIdentity? Id, List<Diagnostic> Diagnostics)[files.Count];
        ReuseTenant<(T, TenantIdentity)>? reuseWithId = reuse is null ? null
            : (file, bytes) => reuse(file, bytes) is { } prior ? ((prior.Kept, prior.Id), prior.Id, prior.Diagnostics) : null;
        // Files are independent: parse them in parallel, keep results in file order for determinism.
        void LoadOne(int i)
        {
            var d = new List<Diagnostic>();
            var loaded = TryLoadFile(files[i], severities, d, (source, bytes, found) => (keep(source, bytes, found), TenantIdentity.Of(source.Tenant)), out var kept, reuseWithId);
            results[i] = loaded ? (kept.Item1, kept.Item2, d) : (default!, null, d);
        }
        // A single file (validate in an editor hook, render) is not worth waking the thread pool for.
        if (files.Count == 1) LoadOne(0);
        else Parallel.For(0, files.Count, LoadOne);
        var diagnostics = missing.Concat(codeDiagnostics).Where(d => severities.Of(d.Rule) != RuleSeverity.None).ToList();
        // Code tenants first: a collision is reported on the later tenant, and the YAML file just added is
        // the one to point at (a C# tenant has no field positions).
        var loaded = codeTenants.Select(s => (Kept: keep(s, default, []), Id: TenantIdentity.Of(s.Tenant), Origin: s.File, Code: (TenantSource?)s)).ToList();
        for (var i = 0; i < results.Length; i++)
        {
            var (kept, id, d) = results[i];
            diagnostics.AddRange(d.Where(x => severities.Of(x.Rule) != RuleSeverity.None));
            if (id is not null) loaded.Add((kept, id, files[i], null));
        }
        var clashes = TenantPolicy.CheckSet(loaded.Select(s => s.Id).ToList(), loaded.Select(s => s.Origin).ToList()).ToList();
        foreach (var (index, d) in clashes)
        {
            var (_, _, origin, code) = loaded[index];
            var source = code ?? (TryLoadFile(origin, severities, [], static (s, _, _) => s, out var again) ? again : null);
            diagnostics.Add(source?.Located(d) ?? d with { Location = new SourceLocation(origin, 1, 1) });
        }
        var clashing = clashes.Select(c => c.Index).ToHashSet();
        var ok = loaded.Where((_, i) => !clashing.Contains(i)).OrderBy(s => s.Id.Name, StringComparer.Ordinal).Select(s => s.Kept).ToList();
        return (ok, Sort(diagnostics), files);
    }

    /// <summary>
    /// Loads and checks one tenant file alone (no rules across tenants); true, with what <paramref name="keep"/> made
    /// of the tenant, the file's bytes and its findings, unless a blocking finding (added to <paramref name="d"/>) stopped it.
    /// When <paramref name="reuse"/> answers for the file's bytes, its answer is taken instead of parsing them.
    /// </summary>
    internal static bool TryLoadFile<T>(string file, RuleSeverities severities, List<Diagnostic> d, KeepTenant<T> keep, out T kept,
        ReuseTenant<T>? reuse = null)
    {
        kept = default!;
        // Rented, not allocated: a fresh 256 KiB array per file was a large-object allocation for every tenant.
        var bytes = ArrayPool<byte>.Shared.Rent(MaxFileBytes + 1);
        try
        {
            if (!ReadFile(file, bytes, d, out var length)) return false;
            if (reuse?.Invoke(file, bytes.AsSpan(0, length)) is { } prior)
            {
                d.AddRange(prior.Diagnostics);
                kept = prior.Kept;
                return true;
            }
            if (Decode(file, bytes, length, d) is not { } text) return false;
            var first = d.Count;
            if (LoadTextCore(file, text, d, severities) is not { } source) return false;
            kept = keep(source, bytes.AsSpan(0, length), d.GetRange(first, d.Count - first));
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Loads one tenant from text; <paramref name="file"/> names it in diagnostics.</summary>
    public static (TenantSource? Tenant, IReadOnlyList<Diagnostic> Diagnostics) LoadText(string file, string text)
    {
        var d = new List<Diagnostic>();
        var source = LoadTextCore(file, text, d, RuleSeverities.Default);
        return (source, Sort(d));
    }

    // The file's bytes into <paramref name="bytes"/>; false after adding why it cannot be read.
    private static bool ReadFile(string file, byte[] bytes, List<Diagnostic> d, out int length)
    {
        length = 0;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                d.Add(new Diagnostic(RuleCatalog.MalformedFile, $"the file is {info.Length} bytes; tenant files are at most {MaxFileBytes} bytes", file, new SourceLocation(file, 1, 1)));
                return false;
            }
            // The length check above trusts the file system; a device (a committed symlink to /dev/zero) reports
            // 0 bytes and never ends, and File.ReadAllBytes on it ran out of memory. Read at most one byte more
            // than the limit, whatever the file claims to be.
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
            {
                int n;
                while (length < bytes.Length && (n = stream.Read(bytes, length, bytes.Length - length)) > 0) length += n;
            }
            if (length > MaxFileBytes)
            {
                d.Add(new Diagnostic(RuleCatalog.MalformedFile, $"the file is larger than {MaxFileBytes} bytes, the limit for tenant files", file, new SourceLocation(file, 1, 1)));
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            d.Add(new Diagnostic(RuleCatalog.MalformedFile, "cannot read the file: " + e.Message, file, new SourceLocation(file, 1, 1)));
            return false;
        }
    }

    // The bytes' text, or null after adding that they are not UTF-8.
    private static string? Decode(string file, byte[] bytes, int length, List<Diagnostic> d)
    {
        try { return StrictUtf8.GetString(bytes, 0, length); }
        catch (DecoderFallbackException)
        {
            d.Add(new Diagnostic(RuleCatalog.MalformedFile, "the file is not valid UTF-8", file, new SourceLocation(file, 1, 1)));
            return null;
        }
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

/// <summary>
/// What a streamed load keeps of one loaded tenant; <paramref name="bytes"/> is its file's content (empty for a tenant
/// declared in code), <paramref name="diagnostics"/> the file's own findings (none of them blocking).
/// </summary>
internal delegate T KeepTenant<out T>(TenantSource source, ReadOnlySpan<byte> bytes, IReadOnlyList<Diagnostic> diagnostics);

/// <summary>
/// What an earlier load made of the same <paramref name="bytes"/> of <paramref name="file"/> (what was kept, the
/// tenant's identity, the file's findings), or null to parse and check them.
/// </summary>
internal delegate (T Kept, TenantIdentity Id, IReadOnlyList<Diagnostic> Diagnostics)? ReuseTenant<T>(string file, ReadOnlySpan<byte> bytes);
