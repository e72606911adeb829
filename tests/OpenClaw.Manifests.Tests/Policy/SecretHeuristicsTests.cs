using System.Text;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Policy;

public class SecretHeuristicsTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("db_password")]
    [InlineData("CLIENT_SECRET")]
    [InlineData("AWS_CREDENTIALS")]
    public void Names_that_hold_secrets(string name) => Assert.True(SecretHeuristics.NameLooksSecret(name));

    [Theory]
    [InlineData("LOG_LEVEL")]
    [InlineData("TOKEN_URL")]
    [InlineData("API_KEY_ID")]
    [InlineData("SECRET_NAME")]
    [InlineData("HTTP_PROXY_URL")]
    [InlineData("")]
    public void Names_that_do_not(string name) => Assert.False(SecretHeuristics.NameLooksSecret(name));

    public static TheoryData<string> Credentials => new()
    {
        "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "AKIAIOSFODNN7EXAMPLE",
        "xoxb-1234567890-abcdefghij",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "-----BEGIN RSA PRIVATE KEY-----",
        "https://user:pass@example.org/",
        "https://example.org/v1?token=abc123def",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("sk-live-0123456789abcdefghij")),
        "Zx8Qp2Lk9Vb4Nm7Rt1Yw6Ue3Io5Pa0Sd",
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Values_shaped_like_credentials(string value) => Assert.NotNull(SecretHeuristics.DescribeCredential(value));

    [Theory]
    [InlineData("info")]
    [InlineData("qwen3.6-coder")]
    [InlineData("https://api.acme.example.org/v1")]
    [InlineData("ghcr.io/openova-io/openova/openclaw-controller@sha256:3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b")]
    [InlineData("openclaw-newapi-controller-token")]
    [InlineData("app.kubernetes.io/component")]
    [InlineData("letsencrypt-prod")]
    [InlineData("512Mi")]
    [InlineData("this is a perfectly normal sentence")]
    public void Ordinary_values(string value) => Assert.Null(SecretHeuristics.DescribeCredential(value));

    [Theory]
    [InlineData("openclaw-user-0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d")]
    [InlineData("newapi-key-0B9A2C1E-2F6D-4A3B-9C8D-7E6F5A4B3C2D")]
    public void A_uuid_in_a_name_is_an_identifier(string value) => Assert.Null(SecretHeuristics.DescribeCredential(value));

    [Fact]
    public void A_uuid_does_not_hide_a_credential_beside_it()
        => Assert.NotNull(SecretHeuristics.DescribeCredential("0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d-Zq8cR2vN7xT4mK9pL3wB6yH1jF5dS0aG8eU2iO7tQ4rV"));
}
