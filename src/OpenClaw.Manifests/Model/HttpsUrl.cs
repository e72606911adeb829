using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>An absolute https URL without credentials or fragment: OIDC issuers and LLM gateways.</summary>
public readonly record struct HttpsUrl
{
    private HttpsUrl(string value, string host, int port)
    {
        Value = value;
        Host = host;
        Port = port;
    }

    /// <summary>The URL text, exactly as given.</summary>
    public string Value { get; }

    /// <summary>The URL's host, without port: what the egress rules and TLS name.</summary>
    public string Host { get; }

    /// <summary>The URL's port: the one given, else 443. The egress rules to the host open this port.</summary>
    public int Port { get; }

    /// <summary>Parses <paramref name="value"/>, throwing <see cref="ModelValidationException"/> when invalid.</summary>
    public static HttpsUrl Parse(string value)
        => TryParse(value, out var url, out var rule, out var error) ? url : throw new ModelValidationException(rule!, error!);

    /// <summary>Parses without throwing; a URL with credentials fails with OCM0003, anything else with OCM0105.</summary>
    public static bool TryParse(string? value, out HttpsUrl url, out RuleInfo? rule, out string? error)
    {
        url = default;
        if (!UrlText.TryParse(value, [Uri.UriSchemeHttps], "https://", out var uri, out rule, out error)) return false;
        rule = RuleCatalog.InvalidValue;
        if (!DnsName.TryParse(uri.Host, out _, out _))
        {
            error = $"'{DnsLabel.Truncate(value)}' has a host that is not a lowercase DNS name";
            return false;
        }
        rule = null;
        error = null;
        url = new HttpsUrl(value, uri.Host, uri.Port);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
