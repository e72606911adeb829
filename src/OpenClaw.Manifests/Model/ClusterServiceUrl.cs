using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// A URL on a cluster-local Service (<c>&lt;service&gt;.&lt;namespace&gt;.svc[.cluster.local]</c>), such as the
/// in-cluster OIDC issuer base <c>http://keycloak.keycloak.svc.cluster.local/realms/org-acme</c>. Plain http is
/// accepted only because the host can only be a Service inside the cluster: traffic never leaves it, and the
/// namespace it names is the one foreign namespace the controller's NetworkPolicy may reach.
/// </summary>
public readonly record struct ClusterServiceUrl
{
    private ClusterServiceUrl(string value, string service, string ns, int port)
    {
        Value = value;
        Service = service;
        Namespace = ns;
        Port = port;
    }

    /// <summary>The URL text, exactly as given.</summary>
    public string Value { get; }

    /// <summary>The Service name (the host's first label).</summary>
    public string Service { get; }

    /// <summary>The Service's namespace (the host's second label).</summary>
    public string Namespace { get; }

    /// <summary>The Service port: the URL's, else 80 for http and 443 for https.</summary>
    public int Port { get; }

    /// <summary>Parses <paramref name="value"/>, throwing <see cref="ModelValidationException"/> when invalid.</summary>
    public static ClusterServiceUrl Parse(string value)
        => TryParse(value, out var url, out var rule, out var error) ? url : throw new ModelValidationException(rule!, error!);

    /// <summary>Parses without throwing; a URL with credentials fails with OCM0003, anything else with OCM0105.</summary>
    public static bool TryParse(string? value, out ClusterServiceUrl url, out RuleInfo? rule, out string? error)
    {
        url = default;
        if (!UrlText.TryParse(value, [Uri.UriSchemeHttp, Uri.UriSchemeHttps], "http:// or https://", out var uri, out rule, out error)) return false;
        rule = RuleCatalog.InvalidValue;
        // Uri lower-cases the host; the text must already be lower case, as every DNS name in a tenant is.
        var labels = uri.Host.Split('.');
        var local = labels.Length == 3 && labels[2] == "svc" || labels.Length == 5 && labels[2] == "svc" && labels[3] == "cluster" && labels[4] == "local";
        if (!local || !value.Contains(uri.Host, StringComparison.Ordinal)
            || !DnsLabel.TryParse(labels[0], out _, out _) || !DnsLabel.TryParse(labels[1], out _, out _))
        {
            error = $"'{DnsLabel.Truncate(value)}' must name a cluster-local Service: <service>.<namespace>.svc or <service>.<namespace>.svc.cluster.local, in lower case";
            return false;
        }
        rule = null;
        error = null;
        url = new ClusterServiceUrl(value, labels[0], labels[1], uri.Port);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
