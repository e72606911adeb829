using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Tests.Model;

public class ClusterServiceUrlTests
{
    [Theory]
    [InlineData("http://keycloak.keycloak.svc.cluster.local/realms/org-acme", "keycloak", "keycloak", 80)]
    [InlineData("http://kc.identity.svc:8080/realms/a", "kc", "identity", 8080)]
    [InlineData("https://kc.identity.svc/realms/a", "kc", "identity", 443)]
    public void A_cluster_local_service_url_names_service_namespace_and_port(string url, string service, string ns, int port)
    {
        var u = ClusterServiceUrl.Parse(url);
        Assert.Equal((url, service, ns, port), (u.Value, u.Service, u.Namespace, u.Port));
    }

    [Theory]
    [InlineData("http://keycloak.example.org/realms/a", "cluster-local Service")]
    [InlineData("http://a.b.c.svc/realms/a", "cluster-local Service")]
    [InlineData("http://a.b.svc.cluster/realms/a", "cluster-local Service")]
    [InlineData("http://a.-b.svc/realms/a", "cluster-local Service")]
    [InlineData("keycloak.keycloak.svc", "not an absolute http")]
    [InlineData("http://a.b.svc/#x", "query or fragment")]
    [InlineData("", "must not be empty")]
    public void Anything_else_is_refused_with_a_reason(string url, string why)
    {
        Assert.False(ClusterServiceUrl.TryParse(url, out _, out var rule, out var error));
        Assert.Equal("OCM0105", rule!.Id);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_are_OCM0003()
    {
        Assert.False(ClusterServiceUrl.TryParse("http://u:p@a.b.svc/", out _, out var rule, out _));
        Assert.Equal("OCM0003", rule!.Id);
    }
}
