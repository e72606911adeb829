using System.Diagnostics.CodeAnalysis;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// The checks every URL in a tenant passes, whatever its kind (<see cref="HttpsUrl"/>, <see cref="ClusterServiceUrl"/>):
/// present, at most 2048 characters, no credential anywhere in it (OCM0003), absolute with an allowed scheme, and no
/// userinfo, query or fragment.
/// </summary>
internal static class UrlText
{
    /// <summary>Parses <paramref name="value"/> as an absolute URL with one of <paramref name="schemes"/>; on failure, the rule and why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, string[] schemes, string schemeText, out Uri uri, out RuleInfo? rule, out string? error)
    {
        uri = null!;
        rule = RuleCatalog.InvalidValue;
        if (string.IsNullOrEmpty(value)) { error = "must not be empty"; return false; }
        if (value.Length > 2048) { error = "is longer than 2048 characters"; return false; }
        if (SecretHeuristics.DescribeCredential(value) is { } why)
        {
            rule = RuleCatalog.PlaintextSecret;
            error = $"the URL: {why}";
            return false;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed) || !schemes.Contains(parsed.Scheme))
        {
            error = $"'{DnsLabel.Truncate(value)}' is not an absolute {schemeText} URL";
            return false;
        }
        if (parsed.UserInfo.Length > 0 || parsed.Fragment.Length > 0 || parsed.Query.Length > 0)
        {
            rule = parsed.UserInfo.Length > 0 ? RuleCatalog.PlaintextSecret : RuleCatalog.InvalidValue;
            error = parsed.UserInfo.Length > 0 ? "the URL carries credentials in its userinfo" : $"'{DnsLabel.Truncate(value)}' must not have a query or fragment";
            return false;
        }
        uri = parsed;
        rule = null;
        error = null;
        return true;
    }
}
