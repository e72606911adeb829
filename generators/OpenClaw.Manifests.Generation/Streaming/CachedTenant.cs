using System.IO.Enumeration;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Streaming;

/// <summary>
/// What the no-op cache remembers of one tenant file after a successful generate: enough to skip parsing it (the
/// <see cref="TenantEntry"/> fields, its identity for the rules across tenants, its findings) and, while its output
/// folder still holds exactly <see cref="Files"/>, rendering it (its render and carried-secret findings).
/// Only non-blocking findings can be here: a run with a blocking one writes no cache.
/// </summary>
/// <param name="File">The tenant file as the loader named it (relative to <see cref="CacheKey"/>'s working folder).</param>
/// <param name="InputHash">SHA-256 of the file's bytes: the one proof that it is the same tenant.</param>
/// <param name="Name">The tenant's name, as <see cref="TenantEntry.Name"/>.</param>
/// <param name="Sops">Its SOPS keys, as <see cref="TenantEntry.Sops"/>.</param>
/// <param name="DeclaredIn">The header its files were rendered with; a run that would write another renders.</param>
/// <param name="Identity">What the rules across tenants read of it; they run over every tenant on every run.</param>
/// <param name="Loading">The file's own findings, reported again on a run that takes it from here.</param>
/// <param name="Rendering">The render's findings, reported again when the render is skipped.</param>
/// <param name="Secrets">The findings on the carried SOPS files in its output folder.</param>
/// <param name="Files">Every entry of the tenant's output folder after the run, by ordinal name, with length and time as seen then.</param>
internal sealed record CachedTenant(string File, byte[] InputHash, string Name, SopsSettings Sops, string DeclaredIn, TenantIdentity Identity,
    IReadOnlyList<Diagnostic> Loading, IReadOnlyList<Diagnostic> Rendering, IReadOnlyList<Diagnostic> Secrets, IReadOnlyList<FileStamp> Files);

/// <summary>
/// One entry of a tenant's output folder as <c>stat</c> saw it: name, length and last-write time (UTC ticks), what
/// <c>make</c> trusts. Plain generate trusts them too; <c>--check</c> never does.
/// </summary>
internal readonly record struct FileStamp(string Name, long Length, long WriteTicks)
{
    /// <summary>A folder (length -1): a tenant's output folder has none, so one is never taken as unchanged.</summary>
    public bool IsFolder => Length < 0;

    /// <summary>Every entry of <paramref name="folder"/> (files and folders, not recursing), by ordinal name; null when it does not exist.</summary>
    public static FileStamp[]? Of(string folder)
    {
        FileStamp[] stamps;
        try
        {
            stamps = new FileSystemEnumerable<FileStamp>(folder, (ref FileSystemEntry e) => new FileStamp(e.FileName.ToString(), e.IsDirectory ? -1 : e.Length, e.LastWriteTimeUtc.UtcTicks),
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false }).ToArray();
        }
        catch (DirectoryNotFoundException) { return null; }
        Array.Sort(stamps, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return stamps;
    }
}

/// <summary>The cache file of one output folder: the key it was written under and every tenant file's record.</summary>
internal sealed record CacheDocument(string Key, IReadOnlyList<CachedTenant> Tenants);

/// <summary>
/// System.Text.Json metadata written at compile time: the Native AOT build has no reflection serializer. Missing or
/// null members are errors (a damaged file is then ignored as a whole, never half read).
/// </summary>
[JsonSourceGenerationOptions(RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, Converters = [typeof(RuleIdConverter)])]
[JsonSerializable(typeof(CacheDocument))]
internal sealed partial class CacheJson : JsonSerializerContext;

/// <summary>A rule by its ID; an ID this build does not know makes the cache unreadable.</summary>
internal sealed class RuleIdConverter : JsonConverter<RuleInfo>
{
    private static readonly Dictionary<string, RuleInfo> ById = RuleCatalog.All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public override RuleInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.GetString() is { } id && ById.TryGetValue(id, out var rule) ? rule : throw new JsonException("unknown rule");

    public override void Write(Utf8JsonWriter writer, RuleInfo value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
