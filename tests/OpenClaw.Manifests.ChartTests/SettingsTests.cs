using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Overlays;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>The platform settings file.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void The_sample_settings_load_with_a_public_age_deploy_key()
    {
        var settings = PlatformSettingsFile.Load(RepoPaths.Settings);
        Assert.Matches("^age1[02-9ac-hj-np-z]{58}$", settings.DeployKey);
        Assert.StartsWith("https://", settings.ChartRepository, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", "deployKey")]
    [InlineData("age1short", "deployKey")]
    public void A_private_or_malformed_deploy_key_is_refused_with_its_position(string key, string named)
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(RepoPaths.Settings).Replace(PlatformSettingsFile.Load(RepoPaths.Settings).DeployKey, key, StringComparison.Ordinal);
        var path = dir.File("platform.yaml", text);
        var e = Assert.Throws<InvalidDataException>(() => PlatformSettingsFile.Load(path));
        Assert.Contains(named, e.Message);
        Assert.Matches(@"platform\.yaml\(\d+,\d+\)", e.Message);
    }

    [Fact]
    public void An_unknown_key_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("platform.yaml", File.ReadAllText(RepoPaths.Settings) + "extra: 1\n");
        var e = Assert.Throws<InvalidDataException>(() => PlatformSettingsFile.Load(path));
        Assert.Contains("unknown key 'extra'", e.Message);
    }
}
