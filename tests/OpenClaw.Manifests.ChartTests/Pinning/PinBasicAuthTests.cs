using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary><c>pin</c> against the real registry with htpasswd basic auth, the login read from a Docker config.json.</summary>
public sealed class PinBasicAuthTests(BasicAuthRegistry registry) : IClassFixture<BasicAuthRegistry>
{
    [Fact]
    public void The_login_from_docker_config_pins_and_is_never_printed()
    {
        var digest = registry.Push("private/app", "1", "private");
        using var dir = new TempDir();
        var image = $"{registry.Host}/private/app:1";
        var file = dir.File("t.yaml", PinTenants.Yaml("basic", image, image));

        var result = registry.Pin([file]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"{image}@{digest}", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.DoesNotContain(BasicAuthRegistry.Password, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_denied_without_printing_it_and_writes_nothing()
    {
        registry.Push("private/denied", "1", "private");
        var image = $"{registry.Host}/private/denied:1";
        registry.AssertLoginRefused(image, BasicAuthRegistry.User, "wrong-password-123",
            $"error: {image}: access denied (401); the login for {registry.Host} was refused or may not pull this repository");
    }

    [Fact]
    public void No_login_is_denied_and_says_where_logins_are_read_from()
    {
        registry.Push("private/anonymous", "1", "private");
        using var dir = new TempDir();
        var image = $"{registry.Host}/private/anonymous:1";
        var file = dir.File("t.yaml", PinTenants.Yaml("basic", image, image));

        var result = registry.Pin([file], dir.Path);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"error: {image}: the registry asks for a login; no login for {registry.Host} in the Docker config (config.json)", result.Stderr, StringComparison.Ordinal);
    }
}
