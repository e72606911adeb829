using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>An absolute https URL without credentials or fragment: OIDC issuers and LLM gateways.</summary>
public readonly record struct HttpsUrl
{
    private HttpsUrl(string value, string host)
    {
        Value = value;
        Host = host;
    }

    /// <summary>The URL text, exactly as given.</summary>
    public string Value { get; }

    /// <summary>The host part.</summary>
    public string Host { get; }

    /// <summary>Parses <paramref name="value"/>, throwing <see cref="ModelValidationException"/> when invalid.</summary>
    public static HttpsUrl Parse(string value)
        => TryParse(value, out var url, out var rule, out var error) ? url : throw new ModelValidationException(rule!, error!);

    /// <summary>Parses without throwing; a URL with credentials fails with OCM0003, anything else with OCM0105.</summary>
    public static bool TryParse(string? value, out HttpsUrl url, out RuleInfo? rule, out string? error)
    {
        url = default;
        rule = RuleCatalog.InvalidValue;
        if (string.IsNullOrEmpty(value)) { error = "must not be empty"; return false; }
        if (value.Length > 2048) { error = "is longer than 2048 characters"; return false; }
        if (SecretHeuristics.DescribeCredential(value) is { } why)
        {
            rule = RuleCatalog.PlaintextSecret;
            error = $"the URL: {why}";
            return false;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"'{DnsLabel.Truncate(value)}' is not an absolute https:// URL";
            return false;
        }
        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0 || uri.Query.Length > 0)
        {
            rule = uri.UserInfo.Length > 0 ? RuleCatalog.PlaintextSecret : RuleCatalog.InvalidValue;
            error = uri.UserInfo.Length > 0 ? "the URL carries credentials in its userinfo" : $"'{DnsLabel.Truncate(value)}' must not have a query or fragment";
            return false;
        }
        if (!DnsName.TryParse(uri.Host, out _, out _))
        {
            error = $"'{DnsLabel.Truncate(value)}' has a host that is not a lowercase DNS name";
            return false;
        }
        rule = null;
        error = null;
        url = new HttpsUrl(value, uri.Host);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
