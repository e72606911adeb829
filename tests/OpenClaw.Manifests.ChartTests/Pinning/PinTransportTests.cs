using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.TestSupport;
using static OpenClaw.Manifests.ChartTests.Pinning.ScriptedRegistry;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// The failures a registry conversation can end in, each with its message and exit code, and nothing written: TLS
/// against the real registry serving a certificate the machine does not trust; rate limits, stalls, broken digests
/// and a missing digest header from <see cref="ScriptedRegistry"/>, which plays what hosted registries send.
/// </summary>
public sealed class PinTransportTests
{
    private const string Manifest = """{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]}""";

    private static readonly string ManifestDigest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Manifest)));

    private static Reply Ok(bool digestHeader = true) => new(200,
        digestHeader ? new() { ["Docker-Content-Digest"] = ManifestDigest, ["Content-Type"] = "application/vnd.oci.image.manifest.v1+json" } : new() { ["Content-Type"] = "application/vnd.oci.image.manifest.v1+json" },
        Encoding.UTF8.GetBytes(Manifest));

    private static Reply TooMany(string retryAfter) => new(429, new() { ["Retry-After"] = retryAfter }, Encoding.UTF8.GetBytes("""{"errors":[{"code":"TOOMANYREQUESTS"}]}"""));

    private static (int ExitCode, string Stdout, string Stderr, string Original, string Text) PinAgainst(string host, params string[] extra)
    {
        using var dir = new TempDir();
        var image = $"{host}/scripted/app:1";
        var original = PinTenants.Yaml("scripted", image, image);
        var file = dir.File("t.yaml", original);
        var r = CliRunner.Run(["pin", "--docker-config", dir.Path, .. extra, file]);
        return (r.ExitCode, r.Stdout, r.Stderr, original, File.ReadAllText(file));
    }

    [Fact]
    public void A_certificate_the_machine_does_not_trust_is_a_tls_failure()
    {
        using var dir = new TempDir();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = dir.File("tls.crt", cert.ExportCertificatePem());
        var keyFile = dir.File("tls.key", key.ExportPkcs8PrivateKeyPem());
        using var registry = OciRegistry.Start(tls: (certFile, keyFile));

        var result = PinAgainst(registry.Host);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains($"error: {registry.Host}/scripted/app:1: TLS failure talking to {registry.Host}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(result.Original, result.Text);
    }

    [Fact]
    public void A_429_is_retried_after_the_seconds_retry_after_asks_for()
    {
        using var server = new ScriptedRegistry((_, n) => n == 1 ? TooMany("1") : Ok());
        var clock = Stopwatch.StartNew();

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"retried after {clock.Elapsed}");
        Assert.Equal(2, server.Requests);
        Assert.Contains($"@{ManifestDigest}", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "still answers 429 Too Many Requests after 3 retries", 4)]
    [InlineData("3600", "asks to wait 3600 s (more than 60 s)", 1)]
    public void A_429_that_does_not_end_or_asks_too_long_a_wait_fails_without_writing(string retryAfter, string message, int requests)
    {
        using var server = new ScriptedRegistry((_, _) => TooMany(retryAfter));

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests);
        Assert.Equal(result.Original, result.Text);
    }

    [Fact]
    public void A_registry_that_never_answers_times_out()
    {
        using var server = new ScriptedRegistry((_, _) => null);

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host, "--timeout", "1");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains($"no reply from {server.Host} within 1 s (--timeout)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(result.Original, result.Text);
    }

    [Theory]
    [InlineData("sha256:ABCDEF")]
    [InlineData("sha512:0000000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_digest_in_the_reply_is_refused(string digest)
    {
        using var server = new ScriptedRegistry((_, _) => Ok() with { Headers = new() { ["Docker-Content-Digest"] = digest } });

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"the registry's Docker-Content-Digest is '{digest}'; expected sha256: and 64 lowercase hex digits", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(result.Original, result.Text);
    }

    [Theory]
    [InlineData(403, 4, "access denied (403)")]
    [InlineData(500, 5, "the registry answered 500 Internal Server Error")]
    public void A_refusal_or_a_server_error_after_the_request_names_the_status(int status, int exit, string message)
    {
        using var server = new ScriptedRegistry((_, _) => new Reply(status, [], []));

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host);

        Assert.Equal(exit, result.ExitCode);
        Assert.Contains($"error: {server.Host}/scripted/app:1: {message}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(result.Original, result.Text);
    }

    [Fact]
    public void Without_a_digest_header_the_manifest_is_fetched_and_its_exact_bytes_hashed()
    {
        using var server = new ScriptedRegistry((req, _) => req.Headers["Accept"] is { } accept && accept.Contains("application/vnd.oci.image.index.v1+json", StringComparison.Ordinal) ? Ok(digestHeader: false) : new Reply(406, [], []));

        var result = PinAgainst(server.Host, "--insecure-registry", server.Host);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"@{ManifestDigest}", result.Text, StringComparison.Ordinal);
        Assert.Equal(["HEAD", "GET"], server.Methods);
    }

    [Fact]
    public void No_registry_on_the_port_is_unreachable()
    {
        using var server = new ScriptedRegistry((_, _) => Ok());
        var host = server.Host;
        server.Dispose();

        var result = PinAgainst(host, "--insecure-registry", host);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains($"cannot reach {host}", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.1:5000")]
    [InlineData("registry.example.org:443")]
    [InlineData("127.0.0.1")]
    public void Plain_http_is_refused_for_anything_but_a_loopback_host_and_port(string host)
    {
        var result = PinAgainst("127.0.0.1:1", "--insecure-registry", host);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--insecure-registry {host}: expected HOST:PORT of a loopback registry", result.Stderr, StringComparison.Ordinal);
    }
}
