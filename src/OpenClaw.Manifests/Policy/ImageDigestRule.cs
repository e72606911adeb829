// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable
using System;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Policy;

/// <summary>The OCM0001 test on a raw image string, shared by the model, the loader and the analyzers.</summary>
internal static class ImageDigestRule
{
    // OCI distribution spec: repository path components are lowercase alphanumerics with . _ - separators,
    // an optional registry host[:port] first, an optional tag, then the digest. Uppercase hex is rejected
    // because registries compare digests as lowercase strings. '\z', not '$': '$' also matches before a final
    // newline, so "repo@sha256:<hex>\n" counted as pinned.
    // The bodies are ECMA-compatible too (tenant.schema.json and values.schema.json are built from them);
    // ExplicitCapture keeps their plain groups from capturing.
    internal const string RepositoryBody = "([a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?/)*[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*";
    internal const string TagBody = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    internal const string DigestBody = "[a-f0-9]{64}";

    /// <summary>The longest reference accepted.</summary>
    public const int MaxLength = 512;

    private static readonly Regex Pinned = new Regex(
        "^(?<repo>" + RepositoryBody + ")(:(?<tag>" + TagBody + "))?@sha256:(?<digest>" + DigestBody + ")\\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private const string DigestPrefix = "sha256:";

    private static readonly Regex DigestHex = new Regex("^(sha256:)?[a-f0-9]{64}\\z", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="image"/> is a well-formed reference pinned by a sha256 digest.</summary>
    public static bool IsPinned(string? image) => image is not null && image.Length <= MaxLength && Pinned.IsMatch(image);

    /// <summary>Splits a pinned reference; false when it is not pinned.</summary>
    public static bool TryParse(string? image, out string repository, out string? tag, out string digest)
    {
        repository = digest = string.Empty;
        tag = null;
        if (image is null || image.Length > MaxLength) return false;
        var m = Pinned.Match(image);
        if (!m.Success) return false;
        repository = m.Groups["repo"].Value;
        tag = m.Groups["tag"].Success ? m.Groups["tag"].Value : null;
        digest = m.Groups["digest"].Value;
        return true;
    }

    /// <summary>True for 64 lowercase hex characters, with or without the <c>sha256:</c> prefix.</summary>
    public static bool IsDigest(string? digest) => digest is not null && DigestHex.IsMatch(digest);

    /// <summary>
    /// The reference a container runtime pulls, <c>repository[:tag]@sha256:hex</c>, from its parts; <paramref name="digest"/>
    /// may carry the <c>sha256:</c> prefix. The model's <c>ImageReference</c> and the OCM0001 analyzer compose it here; the
    /// chart's <c>openclaw.image</c> helper restates it in Go template text because Helm composes it from values at
    /// install time, and the chart parity tests hold the two to the same output.
    /// </summary>
    public static string Compose(string repository, string digest, string? tag)
    {
        var hex = digest.StartsWith(DigestPrefix, StringComparison.Ordinal) ? digest.Substring(DigestPrefix.Length) : digest;
        return tag is null ? repository + "@" + DigestPrefix + hex : repository + ":" + tag + "@" + DigestPrefix + hex;
    }

    /// <summary>
    /// For partially known strings (interpolations in C#): true when the constant text already shows
    /// the reference can never be pinned, i.e. it ends in a tag and no '@sha256:' part follows anywhere.
    /// </summary>
    public static bool ConstantPartsShowTagOnly(string constantPrefix, bool hasDigestMarkerAnywhere)
        => !hasDigestMarkerAnywhere && Regex.IsMatch(constantPrefix, @":[A-Za-z0-9_][A-Za-z0-9_.-]*$");
}
