using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Loading;

/// <summary>The tenant fields the runtime contract added: the in-cluster issuer, pull secrets, optional storage.</summary>
public class RuntimeContractFieldTests
{
    private static List<string> Diagnostics(string yaml)
        => TenantLoader.LoadText("t.yaml", yaml).Diagnostics.Select(d => $"{d.Location!.Value.Line}:{d.Location!.Value.Column} {d.Rule.Id}").ToList();

    private static string WithIssuer(string url, string extra = "")
        => TestTenants.Yaml().Replace("    clientSecret:", $"    internalIssuerURL: {url}\n{extra}    clientSecret:", StringComparison.Ordinal);

    [Fact]
    public void Without_the_new_fields_there_is_no_storage_no_issuer_and_no_pull_secret()
    {
        var t = TenantLoader.LoadText("t.yaml", TestTenants.Yaml()).Tenant!.Tenant;
        Assert.Null(t.Storage);
        Assert.Null(t.Oidc.InternalIssuerUrl);
        Assert.Empty(t.ImagePullSecrets);
    }

    [Fact]
    public void An_in_cluster_issuer_names_its_namespace_and_port()
    {
        var t = TenantLoader.LoadText("t.yaml", WithIssuer("https://kc.identity.svc:8443/realms/acme")).Tenant!.Tenant;
        Assert.Equal(("kc", "identity", 8443, 8443), (t.Oidc.InternalIssuerUrl!.Value.Service, t.Oidc.InternalIssuerUrl.Value.Namespace, t.Oidc.InternalIssuerUrl.Value.Port, t.Oidc.InternalIssuerEgressPort));
    }

    [Theory]
    [InlineData("http://keycloak.example.org/realms/acme")] // plain http off the cluster
    [InlineData("http://keycloak.svc/realms/acme")] // no namespace
    [InlineData("http://keycloak.keycloak.svc.example.org/realms/acme")] // not cluster-local
    [InlineData("http://Keycloak.keycloak.svc/realms/acme")] // upper case
    [InlineData("ftp://keycloak.keycloak.svc/realms/acme")]
    [InlineData("http://keycloak.keycloak.svc/realms/acme?x=1")]
    public void Anything_but_a_cluster_local_service_url_is_refused_at_its_line(string url)
        => Assert.Equal(["9:24 OCM0105"], Diagnostics(WithIssuer(url)));

    [Fact]
    public void Credentials_in_the_issuer_url_are_OCM0003()
        => Assert.Equal(["9:24 OCM0003"], Diagnostics(WithIssuer("http://admin:hunter22@keycloak.keycloak.svc/realms/acme")));

    [Fact]
    public void A_target_port_needs_the_url_and_a_port_number()
    {
        Assert.Empty(Diagnostics(WithIssuer("http://keycloak.keycloak.svc/realms/acme", "    internalIssuerTargetPort: 8080\n")));
        Assert.Equal(["10:31 OCM0105"], Diagnostics(WithIssuer("http://keycloak.keycloak.svc/realms/acme", "    internalIssuerTargetPort: 70000\n")));
        Assert.Equal(["10:31 OCM0102"], Diagnostics(WithIssuer("http://keycloak.keycloak.svc/realms/acme", "    internalIssuerTargetPort: \"8080\"\n")));
        var alone = TestTenants.Yaml().Replace("    clientSecret:", "    internalIssuerTargetPort: 8080\n    clientSecret:", StringComparison.Ordinal);
        Assert.Equal(["9:31 OCM0105"], Diagnostics(alone));
        // The message names the field it needs, so the fix is obvious from the output alone.
        var d = Assert.Single(TenantLoader.LoadText("t.yaml", alone).Diagnostics);
        Assert.Equal("spec.oidc.internalIssuerTargetPort", d.Subject);
        Assert.Contains("is only meaningful together with spec.oidc.internalIssuerURL", d.Message);
    }

    [Fact]
    public void Pull_secrets_are_secret_names_each_reported_at_its_own_item()
    {
        var t = TenantLoader.LoadText("t.yaml", TestTenants.Yaml(extraSpec: "  imagePullSecrets: [regcred, ghcr-pull]\n")).Tenant!.Tenant;
        Assert.Equal(["regcred", "ghcr-pull"], t.ImagePullSecrets.Select(n => n.Value));
        Assert.Equal(["16:31 OCM0105"], Diagnostics(TestTenants.Yaml(extraSpec: "  imagePullSecrets: [regcred, Bad_Name]\n")));
        Assert.Equal(["16:21 OCM0102"], Diagnostics(TestTenants.Yaml(extraSpec: "  imagePullSecrets: regcred\n")));
    }

    [Fact]
    public void Storage_is_there_only_when_asked_for()
    {
        var t = TenantLoader.LoadText("t.yaml", TestTenants.Yaml(extraSpec: "  storage: {}\n")).Tenant!.Tenant;
        Assert.Equal("10Gi", t.Storage!.Size);
    }
}
