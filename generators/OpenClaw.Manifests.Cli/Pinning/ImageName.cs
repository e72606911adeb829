using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// An image reference split the way a container runtime splits it: the registry host that serves it, the
/// repository path in that registry's API, the tag and the digest. <see cref="Repository"/> keeps the text as
/// written (<c>nginx</c>), <see cref="ApiRepository"/> is what the registry is asked for (<c>library/nginx</c>).
/// </summary>
internal sealed partial record ImageName(string Repository, string Host, string ApiRepository, string? Tag, string? Digest)
{
    /// <summary>Docker Hub's references name no host; its API is served from this one (what the Docker CLI calls).</summary>
    public const string DockerHubApiHost = "registry-1.docker.io";

    /// <summary>The pinned text <c>pin</c> writes: <c>repository:tag@sha256:hex</c>.</summary>
    public string PinnedTo(string digest) => ImageDigestRule.Compose(Repository, digest, Tag);

    /// <summary>How diagnostics name it: registry and repository only, never anything from the user's credentials.</summary>
    public string Display => Tag is null ? $"{Host}/{ApiRepository}" : $"{Host}/{ApiRepository}:{Tag}";

    /// <summary>Parses <c>repository[:tag][@sha256:hex]</c>; null when it is none (the loader reports that as OCM0001).</summary>
    public static ImageName? TryParse(string text)
    {
        if (text.Length > ImageDigestRule.MaxLength || Shape().Match(text) is not { Success: true } m) return null;
        var repository = m.Groups["repo"].Value;
        var slash = repository.IndexOf('/');
        var first = slash < 0 ? "" : repository[..slash];
        // The Docker rule: the first path component is a registry host when it has a '.' or a ':' or is 'localhost';
        // otherwise the image is on Docker Hub, where one-component names live under 'library/'.
        string host, path;
        if (first.Length > 0 && (first.Contains('.') || first.Contains(':') || first == "localhost"))
            (host, path) = (first, repository[(slash + 1)..]);
        else
            (host, path) = (DockerHubApiHost, slash < 0 ? "library/" + repository : repository);
        if (host is "docker.io" or "index.docker.io") host = DockerHubApiHost;
        return new ImageName(repository, host, path,
            m.Groups["tag"].Success ? m.Groups["tag"].Value : null,
            m.Groups["digest"].Success ? "sha256:" + m.Groups["digest"].Value : null);
    }

    [GeneratedRegex("^(?<repo>" + ImageDigestRule.RepositoryBody + ")(:(?<tag>" + ImageDigestRule.TagBody + "))?(@sha256:(?<digest>" + ImageDigestRule.DigestBody + "))?\\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
