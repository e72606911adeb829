using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Testing;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Rendering;

/// <summary>Golden files: each sample's complete render, reviewed like code.</summary>
public class SampleSnapshotTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("globex")]
    [InlineData("initech")]
    [InlineData("umbrella")]
    [InlineData("hooli")]
    [InlineData("vandelay")]
    public void Sample_render_matches_its_approved_snapshot(string name)
    {
        var tenant = TenantLoader.Load([RepoPaths.Sample(name)]).Tenants.Single().Tenant;
        ApprovedSnapshot.Match(TenantRenderer.Render(tenant).ToYaml(), Path.Combine(RepoPaths.Snapshots, $"{name}.rendered.verified.yaml"));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_leaves_a_received_file()
    {
        var dir = Directory.CreateTempSubdirectory("ocm-snap-").FullName;
        try
        {
            var verified = Path.Combine(dir, "x.verified.txt");
            Assert.Throws<SnapshotMismatchException>(() => ApprovedSnapshot.Match("hello\n", verified));
            Assert.Equal("hello\n", File.ReadAllText(Path.Combine(dir, "x.received.txt")));
            Assert.False(File.Exists(verified));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_changed_output_fails_with_a_unified_diff()
    {
        var dir = Directory.CreateTempSubdirectory("ocm-snap-").FullName;
        try
        {
            var verified = Path.Combine(dir, "x.verified.txt");
            File.WriteAllText(verified, "a\nb\nc\n");
            var e = Assert.Throws<SnapshotMismatchException>(() => ApprovedSnapshot.Match("a\nB\nc\n", verified));
            Assert.Contains("-b", e.Message);
            Assert.Contains("+B", e.Message);
            ApprovedSnapshot.Match("a\r\nb\r\nc\r\n", verified); // line endings do not matter
            Assert.False(File.Exists(Path.Combine(dir, "x.received.txt")));
        }
        finally { Directory.Delete(dir, true); }
    }
}
