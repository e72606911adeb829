using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// <c>pin</c> against the real registry in <c>auth: token</c> mode: the registry's own Bearer challenge sends it to
/// the loopback token service, whose signed JWT the registry verifies before it answers.
/// </summary>
public sealed class PinTokenAuthTests(TokenAuthRegistry registry) : IClassFixture<TokenAuthRegistry>
{
    [Fact]
    public void The_bearer_challenge_is_answered_with_a_token_for_the_service_and_scope_and_no_token_is_printed()
    {
        var single = registry.Push("tok/controller", "1", "token single");
        var index = registry.Push("tok/runtime", "1", "token multi", multiArch: true);
        using var dir = new TempDir();
        var controller = $"{registry.Host}/tok/controller:1";
        var runtime = $"{registry.Host}/tok/runtime:1";
        var file = dir.File("t.yaml", PinTenants.Yaml("token", controller, runtime));

        var result = registry.Pin([file]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var text = File.ReadAllText(file);
        Assert.Contains($"{controller}@{single}", text, StringComparison.Ordinal);
        Assert.Contains($"{runtime}@{index}", text, StringComparison.Ordinal);
        Assert.Contains(registry.Tokens.Queries, q => q.Contains("service=" + TokenService.Service, StringComparison.Ordinal) && q.Contains("scope=repository%3Atok%2Fruntime%3Apull", StringComparison.Ordinal));
        Assert.NotEmpty(registry.Tokens.Issued);
        var output = result.Stdout + result.Stderr;
        Assert.All(registry.Tokens.Issued, t => Assert.DoesNotContain(t.Split('.')[2], output, StringComparison.Ordinal));
        Assert.DoesNotContain(TokenAuthRegistry.Password, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_is_refused_by_the_token_service_and_writes_nothing()
    {
        var image = $"{registry.Host}/tok/wrong:1";
        registry.AssertLoginRefused(image, TokenAuthRegistry.User, "not-the-password",
            $"error: {image}: the token service 127.0.0.1:{registry.Tokens.Port} refused the login (401)");
    }

    [Fact]
    public void A_public_image_is_pinned_with_an_anonymous_token()
    {
        var digest = registry.Push("public/app", "1", "public");
        using var dir = new TempDir();
        var image = $"{registry.Host}/public/app:1";
        var file = dir.File("t.yaml", PinTenants.Yaml("public", image, image));

        var anonymous = registry.Pin([file], dockerConfig: dir.Path);

        Assert.True(anonymous.ExitCode == 0, anonymous.Stderr);
        Assert.Contains($"{image}@{digest}", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_without_pull_access_is_denied_by_the_registry()
    {
        using var dir = new TempDir();
        var image = $"{registry.Host}/forbidden/app:1";
        var file = dir.File("t.yaml", PinTenants.Yaml("token", image, image));

        var result = registry.Pin([file]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"error: {image}: access denied (401)", result.Stderr, StringComparison.Ordinal);
    }
}
