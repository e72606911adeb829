using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// A container image pinned by sha256 digest (OCM0001). There is no way to build one from a tag alone:
/// a tag may be kept for readability, but the digest decides what runs.
/// </summary>
public sealed record ImageReference
{
    private ImageReference(string repository, string? tag, string digest)
    {
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>Registry and repository, e.g. <c>ghcr.io/openova-io/openova/openclaw-controller</c>.</summary>
    public string Repository { get; }

    /// <summary>Optional human-readable tag; never used to pull.</summary>
    public string? Tag { get; }

    /// <summary>The 64 lowercase hex characters after <c>sha256:</c>.</summary>
    public string Digest { get; }

    /// <summary>The reference as a container runtime pulls it: <c>repository[:tag]@sha256:digest</c>.</summary>
    public string Reference => ImageDigestRule.Compose(Repository, Digest, Tag);

    /// <summary>Parses a digest-pinned reference, throwing <see cref="ModelValidationException"/> (OCM0001) otherwise.</summary>
    public static ImageReference Parse(string reference)
        => TryParse(reference, out var image) ? image : throw new ModelValidationException(RuleCatalog.ImageNotPinned, RuleCatalog.ImageNotPinned.Format(DnsLabel.Truncate(reference ?? "")));

    /// <summary>Parses a digest-pinned reference; returns false for a tag-only, malformed or over-long one.</summary>
    public static bool TryParse(string? reference, out ImageReference image)
    {
        image = null!;
        if (!ImageDigestRule.TryParse(reference, out var repo, out var tag, out var digest)) return false;
        image = new ImageReference(repo, tag, digest);
        return true;
    }

    /// <summary>Builds a reference from parts, validating the result like <see cref="Parse"/>.</summary>
    public static ImageReference Create(string repository, string digest, string? tag = null)
        => Parse(ImageDigestRule.Compose(repository, digest, tag));

    /// <inheritdoc />
    public override string ToString() => Reference;
}
