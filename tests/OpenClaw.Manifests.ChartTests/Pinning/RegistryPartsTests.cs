using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Cli.Pinning;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// The parts of the registry conversation no loopback registry exercises: Docker Hub's naming rules, where logins
/// are read from, challenge parameters with commas, and the README's Renovate pattern against what pin writes.
/// </summary>
public sealed class RegistryPartsTests
{
    [Theory]
    [InlineData("nginx:1.27", "registry-1.docker.io", "library/nginx", "1.27")]
    [InlineData("docker.io/library/nginx:1.27", "registry-1.docker.io", "library/nginx", "1.27")]
    [InlineData("bitnami/redis:7", "registry-1.docker.io", "bitnami/redis", "7")]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller:5f0ef22", "ghcr.io", "openova-io/openova/openclaw-controller", "5f0ef22")]
    [InlineData("localhost/app:dev", "localhost", "app", "dev")]
    [InlineData("127.0.0.1:5000/team/app:1.0-rc.1", "127.0.0.1:5000", "team/app", "1.0-rc.1")]
    public void Image_names_split_as_container_runtimes_split_them(string text, string host, string repository, string tag)
    {
        var name = ImageName.TryParse(text);
        Assert.NotNull(name);
        Assert.Equal((host, repository, tag), (name.Host, name.ApiRepository, name.Tag));
        var digest = "sha256:" + new string('a', 64);
        Assert.Equal(text + "@" + digest, name.PinnedTo(digest));
    }

    [Theory]
    [InlineData("Nginx:1")]
    [InlineData("app:")]
    [InlineData("app:1@sha256:abc")]
    [InlineData("app:1\n")]
    public void Text_that_is_no_image_reference_is_refused(string text) => Assert.Null(ImageName.TryParse(text));

    [Fact]
    public void Logins_come_from_the_option_then_docker_config_then_home()
    {
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = "/from/env", ["HOME"] = "/home/u" };
        Assert.Equal("/from/option", DockerCredentials.Folder("/from/option", env.GetValueOrDefault));
        Assert.Equal("/from/env", DockerCredentials.Folder(null, env.GetValueOrDefault));
        env.Remove("DOCKER_CONFIG");
        Assert.Equal(Path.Combine("/home/u", ".docker"), DockerCredentials.Folder(null, env.GetValueOrDefault));
    }

    [Fact]
    public void Auths_keys_may_be_hosts_or_urls_and_docker_hub_is_found_under_its_index_address()
    {
        using var dir = new TempDir();
        string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        dir.File("config.json", $$$"""
            {"auths": {
              "https://index.docker.io/v1/": {"auth": "{{{B64("hub:hub-pass")}}}"},
              "https://ghcr.io": {"auth": "{{{B64("gh:token:with:colons")}}}"},
              "registry.example.org/v2/": {"username": "u", "password": "p"}
            }, "credsStore": "desktop"}
            """);
        var creds = DockerCredentials.Load(dir.Path);
        Assert.Equal(("hub", "hub-pass"), creds.For(ImageName.DockerHubApiHost));
        Assert.Equal(("gh", "token:with:colons"), creds.For("ghcr.io"));
        Assert.Equal(("u", "p"), creds.For("registry.example.org"));
        Assert.Null(creds.For("quay.io"));
    }

    [Fact]
    public void A_broken_config_names_the_file_and_position_but_none_of_its_text()
    {
        using var dir = new TempDir();
        dir.File("config.json", "{\"auths\": {\"ghcr.io\": {\"auth\": \"c2VjcmV0LXRleHQ\" oops}}}");
        var e = Assert.Throws<InvalidDataException>(() => DockerCredentials.Load(dir.Path));
        Assert.Contains("config.json(1,", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Challenge_parameters_keep_commas_inside_quotes()
    {
        var c = AuthChallenge.Parse("""Bearer realm="https://auth.example.org/token",service="registry.example.org",scope="repository:team/app:pull,push" """);
        Assert.NotNull(c);
        Assert.Equal(("Bearer", "https://auth.example.org/token", "registry.example.org", "repository:team/app:pull,push"), (c.Scheme, c.Realm, c.Service, c.Scope));
        Assert.Equal("Basic", AuthChallenge.Parse("Basic realm=\"registry\"")!.Scheme);
    }

    [Fact]
    public void The_readme_renovate_pattern_reads_back_every_reference_pin_writes()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var json = Regex.Match(readme, "```json\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var pattern = JsonDocument.Parse(json).RootElement.GetProperty("customManagers")[0].GetProperty("matchStrings")[0].GetString()!;
        var digest = "sha256:" + new string('c', 64);
        var controller = ImageName.TryParse("127.0.0.1:5000/team/controller:1.0-rc.1")!.PinnedTo(digest);
        var runtime = ImageName.TryParse("ghcr.io/acme/runtime:v2")!.PinnedTo(digest);
        var text = PinTenants.Yaml("renovate", controller, $"'{runtime}'");
        var found = Regex.Matches(text, pattern).Select(m => (m.Groups["depName"].Value, m.Groups["currentValue"].Value, m.Groups["currentDigest"].Value)).ToList();
        Assert.Equal([("127.0.0.1:5000/team/controller", "1.0-rc.1", digest), ("ghcr.io/acme/runtime", "v2", digest)], found);
    }
}
