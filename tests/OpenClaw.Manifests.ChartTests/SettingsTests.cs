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
        Assert.StartsWith("oci://", settings.ChartRepository, StringComparison.Ordinal);
        Assert.Equal("OCIRepository", settings.FluxSourceKind);
        Assert.Equal(ArgoDelivery.Applications, settings.ArgoDelivery);
    }

    private static string Edited(TempDir dir, string from, string to)
    {
        var text = File.ReadAllText(RepoPaths.Settings);
        Assert.Contains(from, text);
        return dir.File("platform.yaml", text.Replace(from, to, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("oci://Charts.example.org/charts", "oci://HOST/PATH")]
    [InlineData("oci://charts.example.org/charts/bp-openclaw:0.3.0", "no tag")]
    [InlineData("oci://charts.example.org", "oci://HOST/PATH")]
    [InlineData("http://charts.example.org", "https")]
    public void A_malformed_chart_repository_is_refused_with_its_position(string repository, string named)
    {
        using var dir = new TempDir();
        var path = Edited(dir, "repository: oci://charts.openova.io/charts", "repository: " + repository);
        var e = Assert.Throws<InvalidDataException>(() => PlatformSettingsFile.Load(path));
        Assert.Contains("'repository'", e.Message);
        Assert.Contains(named, e.Message);
        Assert.Matches(@"platform\.yaml\(\d+,\d+\)", e.Message);
    }

    [Fact]
    public void An_https_repository_is_read_as_a_classic_Helm_repository()
    {
        using var dir = new TempDir();
        var settings = PlatformSettingsFile.Load(Edited(dir, "repository: oci://charts.openova.io/charts", "repository: https://charts.openova.io"));
        Assert.False(settings.ChartIsOci);
        Assert.Equal("HelmRepository", settings.FluxSourceKind);
    }

    [Fact]
    public void A_source_kind_that_contradicts_the_repository_is_refused()
    {
        using var dir = new TempDir();
        var path = Edited(dir, "sourceRef: {name:", "sourceRef: {kind: HelmRepository, name:");
        var e = Assert.Throws<InvalidDataException>(() => PlatformSettingsFile.Load(path));
        Assert.Contains("'kind': must be OCIRepository", e.Message);

        var agreeing = Edited(dir, "sourceRef: {name:", "sourceRef: {kind: OCIRepository, name:");
        Assert.Equal("OCIRepository", PlatformSettingsFile.Load(agreeing).FluxSourceKind);
    }

    [Theory]
    [InlineData("applicationSet", nameof(ArgoDelivery.ApplicationSet))]
    [InlineData("renderedManifests", nameof(ArgoDelivery.RenderedManifests))]
    [InlineData("applications", nameof(ArgoDelivery.Applications))]
    public void The_delivery_option_is_read(string text, string expected)
    {
        using var dir = new TempDir();
        // By name: the enum is the generator's internal, and a public test method cannot take it.
        Assert.Equal(Enum.Parse<ArgoDelivery>(expected), PlatformSettingsFile.Load(Edited(dir, "delivery: applications", "delivery: " + text)).ArgoDelivery);
    }

    [Fact]
    public void An_unknown_delivery_is_refused_listing_the_choices()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<InvalidDataException>(() => PlatformSettingsFile.Load(Edited(dir, "delivery: applications", "delivery: ApplicationSet")));
        Assert.Contains("'delivery' must be one of: applications, applicationSet, renderedManifests", e.Message);
        Assert.Matches(@"platform\.yaml\(\d+,\d+\)", e.Message);
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
