using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>
/// OCM0001 on raw strings (the form the analyzers and the loader see): every part of the reference
/// grammar accepted once and broken once, the 512-character cap on both sides, and what TryParse returns.
/// </summary>
public class ImageDigestRuleTests
{
    private const string Hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string Pin = "@sha256:" + Hex;

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("alpine")]
    [InlineData("0")]
    [InlineData("ghcr.io/org/app")]
    [InlineData("localhost:5000/app")]
    [InlineData("registry:65535/a")]
    [InlineData("my-registry.example_1/team/app")]
    [InlineData("a/my_app")]
    [InlineData("a/my__app")]
    [InlineData("a/my.app")]
    [InlineData("a/my-app")]
    [InlineData("a/my---app")]
    [InlineData("a/b:v1.2.3")]
    [InlineData("a/b:V1")]
    [InlineData("a/b:_x")]
    [InlineData("a/b:9-x.y_z")]
    public void Well_formed_references_with_a_digest_are_pinned(string reference)
        => Assert.True(ImageDigestRule.IsPinned(reference + Pin), reference);

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("Alpine" + Pin)]                                  // repositories are lowercase
    [InlineData("/a" + Pin)]
    [InlineData("a/" + Pin)]
    [InlineData("a//b" + Pin)]
    [InlineData("a..b/c" + Pin)]
    [InlineData("a__b/c" + Pin)]                                  // '__' only in the last component
    [InlineData("a/b." + Pin)]
    [InlineData("a/.b" + Pin)]
    [InlineData("a/b._c" + Pin)]
    [InlineData("host:123456/a" + Pin)]                           // ports have at most five digits
    [InlineData("host:/a" + Pin)]
    [InlineData("host:50a0/a" + Pin)]
    [InlineData("a:.x" + Pin)]                                    // tags cannot start with '.' or '-'
    [InlineData("a:-x" + Pin)]
    [InlineData("a:" + Pin)]
    [InlineData("a:x/y" + Pin)]
    [InlineData("a@sha256:" + "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("a@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("a@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")]
    [InlineData("a@sha256:" + "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("a@sha512:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("a@" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("a" + Pin + "\n")]
    [InlineData("a" + Pin + " ")]
    [InlineData(" a" + Pin)]
    [InlineData("a:latest")]
    [InlineData("a")]
    [InlineData("")]
    public void Everything_else_is_not(string image) => Assert.False(ImageDigestRule.IsPinned(image), image);

    [Fact]
    [Trait("Provenance", "mutation")]
    public void Tags_have_at_most_128_characters()
    {
        Assert.True(ImageDigestRule.IsPinned("a:" + new string('t', 128) + Pin));
        Assert.False(ImageDigestRule.IsPinned("a:" + new string('t', 129) + Pin));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void References_longer_than_512_characters_are_refused_unread()
    {
        var at = new string('a', 512 - Pin.Length) + Pin;
        Assert.Equal(512, at.Length);
        Assert.True(ImageDigestRule.IsPinned(at));
        Assert.True(ImageDigestRule.TryParse(at, out var repo, out _, out _));
        Assert.Equal(440, repo.Length);

        var over = "a" + at;
        Assert.False(ImageDigestRule.IsPinned(over));
        Assert.False(ImageDigestRule.TryParse(over, out repo, out var tag, out var digest));
        Assert.Equal(("", null, ""), (repo, tag, digest));
        Assert.False(ImageDigestRule.IsPinned(null));
        Assert.False(ImageDigestRule.TryParse(null, out _, out _, out _));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void TryParse_splits_repository_tag_and_digest()
    {
        Assert.True(ImageDigestRule.TryParse("localhost:5000/team/app:1.0" + Pin, out var repo, out var tag, out var digest));
        Assert.Equal(("localhost:5000/team/app", "1.0", Hex), (repo, tag, digest));

        Assert.True(ImageDigestRule.TryParse("ghcr.io/org/app" + Pin, out repo, out tag, out digest));
        Assert.Equal(("ghcr.io/org/app", (string?)null, Hex), (repo, tag, digest));
    }

    [Fact]
    [Trait("Provenance", "mutation")]
    public void TryParse_leaves_empty_parts_for_an_unpinned_reference()
    {
        Assert.False(ImageDigestRule.TryParse("ghcr.io/org/app:1.0", out var repo, out var tag, out var digest));
        Assert.Equal(("", (string?)null, ""), (repo, tag, digest));
    }

    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("ghcr.io/org/app:1.0", false, true)]
    [InlineData("ghcr.io/org/app:v1.0-rc_2", false, true)]
    [InlineData("app:_x", false, true)]
    [InlineData("app:X", false, true)]
    [InlineData("ghcr.io/org/app:1.0", true, false)]   // a digest follows somewhere: it may still be pinned
    [InlineData("ghcr.io/org/app", false, false)]      // no tag (yet)
    [InlineData("ghcr.io/org/app:", false, false)]     // the tag is still to come
    [InlineData("localhost:5000/app", false, false)]   // a port, not a tag
    [InlineData("app:.x", false, false)]
    [InlineData("app:1.0 ", false, false)]
    [InlineData("app:1.0/", false, false)]
    public void Constant_parts_show_a_tag_only_reference(string prefix, bool digestMarker, bool expected)
        => Assert.Equal(expected, ImageDigestRule.ConstantPartsShowTagOnly(prefix, digestMarker));


    // The analyzer's test for a digest it found as a separate constant (V1Container.Image = repo + "@" + digest).
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData(Hex, true)]
    [InlineData("sha256:" + Hex, true)]
    [InlineData("sha512:" + Hex, false)]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    [InlineData("0123456789abcdef", false)]
    [InlineData(Hex + "0", false)]
    [InlineData(null, false)]
    public void A_digest_is_64_lowercase_hex_characters(string? digest, bool expected)
        => Assert.Equal(expected, ImageDigestRule.IsDigest(digest));
}
