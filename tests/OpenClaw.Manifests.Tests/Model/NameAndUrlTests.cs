using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Tests.Model;

public class NameAndUrlTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("a")]
    [InlineData("org-acme-2")]
    [InlineData("0abc")]
    public void Dns_labels_accept_lowercase_alphanumerics_and_inner_dashes(string value)
        => Assert.Equal(value, DnsLabel.Parse(value).Value);

    [Theory]
    [InlineData("")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("ac.me")]
    [InlineData("ac/me")]
    [InlineData("ac..me")]
    [InlineData("аcme")] // Cyrillic 'а' look-alike
    [InlineData("acme１")] // fullwidth digit
    [InlineData("acme\n")] // .NET's '$' would match before a trailing newline
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")] // 64 characters
    public void Dns_labels_reject_everything_else(string value)
        => Assert.False(DnsLabel.TryParse(value, out _, out _));

    [Fact]
    public void Dns_label_length_limit_is_configurable_for_tenant_names()
    {
        var name41 = new string('a', 41);
        Assert.True(DnsLabel.TryParse(name41, out _, out _));
        Assert.False(DnsLabel.TryParse(name41, out _, out var error, maxLength: 40));
        Assert.Contains("41 characters", error);
    }

    [Theory]
    [InlineData("acme.example.org")]
    [InlineData("a.b-c.d")]
    public void Dns_names_accept_subdomains(string value) => Assert.True(DnsName.TryParse(value, out _, out _));

    [Theory]
    [InlineData("acme..example.org")]
    [InlineData(".acme.org")]
    [InlineData("ACME.org")]
    [InlineData("acme_org")]
    [InlineData("acme.org\n")]
    public void Dns_names_reject_malformed_subdomains(string value) => Assert.False(DnsName.TryParse(value, out _, out _));

    [Fact]
    public void Https_urls_keep_their_text_and_host()
    {
        var url = HttpsUrl.Parse("https://keycloak.acme.example.org/realms/org-acme");
        Assert.Equal("https://keycloak.acme.example.org/realms/org-acme", url.Value);
        Assert.Equal("keycloak.acme.example.org", url.Host);
    }

    [Theory]
    [InlineData("http://api.acme.example.org/v1")]
    [InlineData("api.acme.example.org/v1")]
    [InlineData("https://api.acme.example.org/v1#frag")]
    [InlineData("ftp://api.acme.example.org")]
    public void Https_urls_reject_other_schemes_and_shapes(string value)
    {
        Assert.False(HttpsUrl.TryParse(value, out _, out var rule, out _));
        Assert.Same(RuleCatalog.InvalidValue, rule);
    }

    [Theory]
    [InlineData("https://admin:hunter2@api.acme.example.org/v1")]
    [InlineData("https://api.acme.example.org/v1?api_key=abcdef123456")]
    public void Https_urls_with_credentials_are_plaintext_secrets(string value)
    {
        Assert.False(HttpsUrl.TryParse(value, out _, out var rule, out var error));
        Assert.Same(RuleCatalog.PlaintextSecret, rule);
        Assert.DoesNotContain("hunter2", error);
    }

    [Fact]
    public void Secret_key_refs_hold_a_name_and_a_key_only()
    {
        var r = new SecretKeyRef("openclaw-oidc-client-secret", "OIDC_CLIENT_SECRET");
        Assert.Equal("openclaw-oidc-client-secret/OIDC_CLIENT_SECRET", r.ToString());
        Assert.Throws<ModelValidationException>(() => new SecretKeyRef("Bad_Name", "k"));
        Assert.Throws<ModelValidationException>(() => new SecretKeyRef("ok", "bad key"));
        Assert.Throws<ModelValidationException>(() => new SecretKeyRef("ok", ""));
    }

    [Theory]
    [InlineData("100m", true)]
    [InlineData("2", true)]
    [InlineData("1.5", true)]
    [InlineData("512Mi", true)]
    [InlineData("10Gi", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("10 Gi", false)]
    [InlineData("ten", false)]
    [InlineData("1e3", false)]
    [InlineData("1Gi\n", false)]
    public void Quantities_follow_the_kubernetes_grammar(string value, bool valid)
        => Assert.Equal(valid, Quantity.TryValidate(value, out _));

    [Fact]
    public void Requests_may_not_exceed_limits()
    {
        Assert.Throws<ModelValidationException>(() => new ComputeResources("2", "1Gi", "1", "2Gi"));
        Assert.Throws<ModelValidationException>(() => new ComputeResources("1", "4Gi", "1", "2Gi"));
        Assert.Equal("1", new ComputeResources("1", "2Gi", "1", "2Gi").CpuLimit);
    }

    [Fact]
    public void Tenant_names_are_at_most_40_characters()
    {
        Assert.Throws<ModelValidationException>(() => Support.TestTenants.Minimal() with { Name = DnsLabel.Parse(new string('a', 41)) });
        Assert.Equal("org-" + new string('a', 40), (Support.TestTenants.Minimal() with { Name = DnsLabel.Parse(new string('a', 40)) }).EffectiveNamespace);
    }
}
