using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Loading;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>
/// Plain <c>generate</c>'s memory of its last successful run on one output folder, so that a run where nothing changed
/// reads and hashes each tenant file and lists its output folder instead of parsing, checking and rendering it (issue
/// #17). It lives outside the committed tree, in <c>$XDG_CACHE_HOME/openclaw-manifests/</c> (else
/// <c>~/.cache/openclaw-manifests/</c>), one file per output folder named by a hash of the folder's full path, so a pull
/// request can never carry one. It is a hint, never evidence: a cache that is missing, unreadable, damaged or written
/// under another <see cref="CacheKey"/> is ignored (a full run), and <c>generate --check</c> never opens it (TESTING.md,
/// "<c>generate --check</c> trusts nothing on disk").
/// </summary>
internal sealed class NoOpCache
{
    /// <summary>Set (to anything but <c>0</c>) to turn the cache off, as <c>--no-cache</c> does.</summary>
    public const string DisableVariable = "OPENCLAW_MANIFESTS_NO_CACHE";

    private readonly string? _file;
    private readonly string _key;
    private readonly Dictionary<string, CachedTenant> _tenants;

    private NoOpCache(string? file, string key, Dictionary<string, CachedTenant> tenants)
    {
        _file = file;
        _key = key;
        _tenants = tenants;
    }

    /// <summary>No cache: nothing is reused and nothing is written.</summary>
    public static NoOpCache Off { get; } = new(null, "", []);

    /// <summary>True when <see cref="DisableVariable"/> turns the cache off.</summary>
    public static bool DisabledByEnvironment => Environment.GetEnvironmentVariable(DisableVariable) is { Length: > 0 } v && v != "0";

    /// <summary>The cache file for the output folder <paramref name="outDir"/>; null when there is no home to keep it in.</summary>
    public static string? FileFor(string outDir)
    {
        // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and ignored.
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } user ? Path.Combine(user, ".cache") : null;
        return home is null ? null : FileIn(home, outDir);
    }

    /// <summary>The cache file for <paramref name="outDir"/> under the cache home <paramref name="home"/>.</summary>
    public static string FileIn(string home, string outDir)
        => Path.Combine(home, "openclaw-manifests", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outDir))))[..32] + ".json");

    /// <summary>The cache of <paramref name="outDir"/> when it was written under <paramref name="key"/>; else an empty one that a successful run fills.</summary>
    public static NoOpCache Open(string outDir, string key)
    {
        if (FileFor(outDir) is not { } file) return Off;
        var tenants = new Dictionary<string, CachedTenant>(StringComparer.Ordinal);
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllBytes(file), CacheJson.Default.CacheDocument);
            if (document?.Key == key)
                foreach (var t in document.Tenants) tenants[t.File] = t;
        }
        // Whatever is wrong with it, the cache is only a shortcut: without it the run renders everything.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException)
        {
            tenants.Clear();
        }
        return new NoOpCache(file, key, tenants);
    }

    /// <summary>
    /// The loader's shortcut: a tenant file whose bytes hash to what the cache recorded for it is taken from the cache,
    /// not parsed. Its render is reused too (<see cref="TenantEntry.Prior"/>) when its files' headers would say the same
    /// <paramref name="declaredIn"/>; <see cref="StreamedGeneration"/> still checks that its output folder is unchanged.
    /// </summary>
    public ReuseTenant<TenantEntry>? Reuse(Func<string, string> declaredIn)
    {
        if (_tenants.Count == 0) return null;
        return (file, bytes) =>
        {
            if (!_tenants.TryGetValue(file, out var c) || !SHA256.HashData(bytes).AsSpan().SequenceEqual(c.InputHash)) return null;
            var header = declaredIn(file);
            var entry = new TenantEntry(c.Name, file, null, c.InputHash, c.Sops, header, c.Identity, c.Loading) { Prior = header == c.DeclaredIn ? c : null };
            return (entry, c.Identity, c.Loading);
        };
    }

    /// <summary>
    /// Records a successful, non-blocked run of <paramref name="tenants"/> into the output folder <paramref name="root"/>,
    /// each tenant file with its output folder as it is now. Written to a temporary file and renamed over the old cache,
    /// so a reader sees one whole cache or the other; a cache that cannot be written is left out, silently.
    /// </summary>
    public void Save(string root, IReadOnlyList<TenantEntry> tenants, StreamedGeneration.Result result)
    {
        if (_file is null || result.Diff is not { } diff) return;
        var unchanged = diff.IsEmpty;
        // Every tenant was taken from the cache and nothing moved: the cache already says all of it.
        if (unchanged && tenants.Count == result.Tenants.Count && Enumerable.Range(0, tenants.Count).All(i => tenants[i].Code is not null || result.Tenants[i].Reused)) return;
        var records = new List<CachedTenant>(tenants.Count);
        for (var i = 0; i < tenants.Count; i++)
        {
            var (t, r) = (tenants[i], result.Tenants[i]);
            if (t.Code is not null) continue;
            // After a swap every file is where the swap put it (new, or linked with its old time): look again.
            var files = unchanged && r.Reused ? t.Prior!.Files : FileStamp.Of(Path.Combine(root, TenantOverlay.Folder(t.Name)));
            if (files is null) continue;
            records.Add(new CachedTenant(t.File, t.InputHash, t.Name, t.Sops, t.DeclaredIn, t.Identity, t.Loading, r.Rendering, r.Secrets, files));
        }
        var temp = _file + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new CacheDocument(_key, records), CacheJson.Default.CacheDocument));
            File.Move(temp, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
        }
    }
}
