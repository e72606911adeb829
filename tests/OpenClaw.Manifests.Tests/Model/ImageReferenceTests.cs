using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Model;

public class ImageReferenceTests
{
    private const string Digest = "3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b";

    [Theory]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller@sha256:" + Digest, "ghcr.io/openova-io/openova/openclaw-controller", null)]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller:1.4.2@sha256:" + Digest, "ghcr.io/openova-io/openova/openclaw-controller", "1.4.2")]
    [InlineData("registry.local:5000/team/app:v1_rc-2@sha256:" + Digest, "registry.local:5000/team/app", "v1_rc-2")]
    [InlineData("nginx@sha256:" + Digest, "nginx", null)]
    public void Parses_digest_pinned_references(string text, string repository, string? tag)
    {
        var image = ImageReference.Parse(text);
        Assert.Equal(repository, image.Repository);
        Assert.Equal(tag, image.Tag);
        Assert.Equal(Digest, image.Digest);
        Assert.Equal(text, image.Reference);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("nginx:latest")]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller:1.4.2")]
    [InlineData("nginx@sha256:abc")]
    [InlineData("nginx@sha256:3C1F0B9E2A4D5C6B7A8F9E0D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6F7E8D9C0B")]
    [InlineData("nginx@sha512:" + Digest + Digest)]
    [InlineData("Nginx@sha256:" + Digest)]
    [InlineData("nginx@sha256:" + Digest + " ")]
    [InlineData("")]
    public void Rejects_anything_not_pinned_by_a_lowercase_sha256_digest(string text)
    {
        var e = Assert.Throws<ModelValidationException>(() => ImageReference.Parse(text));
        Assert.Same(RuleCatalog.ImageNotPinned, e.Rule);
        Assert.False(ImageReference.TryParse(text, out _));
    }

    [Fact]
    public void Create_accepts_the_digest_with_or_without_its_algorithm_prefix()
    {
        Assert.Equal(ImageReference.Create("nginx", "sha256:" + Digest), ImageReference.Create("nginx", Digest));
        Assert.Equal("nginx:1.27@sha256:" + Digest, ImageReference.Create("nginx", Digest, "1.27").Reference);
    }
}
