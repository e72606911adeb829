// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable
using System;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Policy;

/// <summary>
/// The OCM0003 heuristics: which names look like they hold secrets, and which values look like
/// credentials. Written by hand because no obtainable library classifies secrets; the patterns follow
/// the well-known token formats that secret scanners (gitleaks, trufflehog) document.
/// </summary>
internal static class SecretHeuristics
{
    // The patterns are written in the syntax .NET and RE2 read alike (no lookaround, no named groups, '$' only on
    // single-line names), because the OCM0003 admission policy hands the same text to CEL's matches(); the
    // case-insensitive ones get RE2's "(?i)" there. Internal so the generator can read them.
    internal const string SecretNamePattern = @"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|PRIVATE|AUTH)";

    // Names that contain a secret-looking word but hold no secret by convention.
    internal const string NonSecretNamePattern = @"(_URL|_URI|_ENDPOINT|_HOST|_PATH|_FILE|_NAME|_ID|_MODEL|_REF|_TTL|_TIMEOUT|_HEADER|KEY_?ID)$";

    private static readonly Regex SecretName = new Regex(SecretNamePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex NonSecretName = new Regex(NonSecretNamePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    internal const string KnownTokenShapePattern =
        @"(^|[^A-Za-z0-9])(" +
        @"sk-[A-Za-z0-9_\-]{16,}" +            // OpenAI-style and many OpenAI-compatible gateways (NewAPI)
        @"|sk_(live|test)_[A-Za-z0-9]{16,}" +   // Stripe
        @"|gh[pousr]_[A-Za-z0-9]{30,}" +        // GitHub
        @"|github_pat_[A-Za-z0-9_]{30,}" +
        @"|glpat-[A-Za-z0-9_\-]{20,}" +         // GitLab
        @"|xox[abposr]-[A-Za-z0-9\-]{10,}" +    // Slack
        @"|AKIA[0-9A-Z]{16}" +                  // AWS access key id
        @"|AIza[0-9A-Za-z_\-]{35}" +            // Google API key
        @"|-----BEGIN [A-Z ]*PRIVATE KEY-----" +
        @")" +
        // JWT. Unlike the shapes above, its first segment is an unbounded run that must be followed by
        // '.', and '-' is both a base64url character and a boundary above: "-eyJ-eyJ-eyJ..." made
        // every '-' a start that rescanned the rest of the run (quadratic: seconds for a 256 KiB scalar).
        // Starting only where no base64url character precedes makes every run scanned once.
        @"|(^|[^A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*";

    private static readonly Regex KnownTokenShape = new Regex(KnownTokenShapePattern, RegexOptions.CultureInvariant);

    // The user part stops at the first ':' ([^/@\s:]*, the same set of matches as before): with ':' allowed
    // on both sides of the separator, a value like "a://::::..." backtracked over every ':' (quadratic:
    // 25 seconds for a 200 KB scalar in a tenant file).
    internal const string UrlWithCredentialsPattern = @"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^/@\s:]*:[^/@\s]+@";

    private static readonly Regex UrlWithCredentials = new Regex(UrlWithCredentialsPattern, RegexOptions.CultureInvariant);

    private static readonly Regex Uuid = new Regex(
        @"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        RegexOptions.CultureInvariant);

    internal const string UrlWithSecretQueryPattern = @"[?&](api[_-]?key|key|token|access[_-]?token|secret|password|sig|signature|client[_-]?secret)=[^&\s]+";

    private static readonly Regex UrlWithSecretQuery = new Regex(UrlWithSecretQueryPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The OCM0003 test on one environment variable: a non-empty plain value under a name that says it holds a
    /// secret (an empty value holds nothing). Asked by the analyzers, the tenant policy and the render-time checks.
    /// </summary>
    public static bool IsSecretEnvValue(string? name, string? value) => !string.IsNullOrEmpty(value) && NameLooksSecret(name);

    /// <summary>True when an environment variable or field with this name conventionally holds a secret.</summary>
    public static bool NameLooksSecret(string? name)
        => !string.IsNullOrEmpty(name) && SecretName.IsMatch(name!) && !NonSecretName.IsMatch(name!);

    /// <summary>Shorter values are never judged credentials (too little to hold a key).</summary>
    internal const int MinCredentialLength = 12;

    /// <summary>
    /// Why <paramref name="value"/> looks like a credential, or null. Checks known token formats,
    /// credentials inside URLs, base64 wrapping of either, and high-entropy strings.
    /// </summary>
    public static string? DescribeCredential(string? value)
    {
        if (string.IsNullOrEmpty(value) || value!.Length < MinCredentialLength) return null;
        if (value.Length > 1_000_000) return "an oversized value";
        if (MayHoldTokenShape(value) && KnownTokenShape.IsMatch(value)) return "a value shaped like an API key or token";
        if (MayBeUrlWithCredentials(value) && UrlWithCredentials.IsMatch(value)) return "a URL carrying credentials in its userinfo";
        if (MayHaveQuery(value) && UrlWithSecretQuery.IsMatch(value)) return "a URL carrying a credential in its query";
        var decoded = TryDecodeBase64(value);
        if (decoded is not null && ((MayHoldTokenShape(decoded) && KnownTokenShape.IsMatch(decoded)) || (MayBeUrlWithCredentials(decoded) && UrlWithCredentials.IsMatch(decoded))))
            return "base64 of a value shaped like an API key or token";
        if (IsHighEntropy(value)) return "a high-entropy value shaped like a generated credential";
        return null;
    }

    // Every value of every rendered object passes through here, so the regular expressions only run
    // on values that contain what they must match: an ordinal substring search is far cheaper than
    // trying an alternation at every position. Internal so that tests hold each prefilter to both halves
    // of its contract: true for every value its expression can match, false for the ordinary ones it exists
    // to skip (a prefilter that lets everything through gives the same verdicts, only slower).
    private static readonly string[] TokenMarkers =
        { "sk-", "sk_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "AKIA", "AIza", "-----BEGIN", "eyJ" };

    internal static bool MayHoldTokenShape(string value)
    {
        foreach (var marker in TokenMarkers)
            if (value.IndexOf(marker, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    internal static bool MayBeUrlWithCredentials(string value)
        => value.IndexOf("://", StringComparison.Ordinal) > 0 && value.IndexOf('@') > 0;

    internal static bool MayHaveQuery(string value)
        => (value.IndexOf('?') >= 0 || value.IndexOf('&') >= 0) && value.IndexOf('=') > 0;

    /// <summary>True when the value looks like a credential (see <see cref="DescribeCredential"/>).</summary>
    public static bool LooksLikeCredential(string? value) => DescribeCredential(value) is not null;

    // Long, unbroken runs of base64/hex-ish characters with mixed classes and high Shannon entropy are how
    // generated keys look; words, URLs, paths, image references and quantities are not like that.
    private static bool IsHighEntropy(string value)
    {
        if (value.Length < 24 || value.Length > 4096) return false;
        // A UUID is an identifier: the per-user pod's name and Secret name embed the user's OIDC sub
        // ("openclaw-user-<uuid>", "newapi-key-<uuid>"). A bare UUID never counted (one letter case, under 40
        // characters), so a UUID inside a name does not count either; what is left is judged on its own.
        if (value.IndexOf('-') >= 0 && Uuid.IsMatch(value))
        {
            value = Uuid.Replace(value, "");
            if (value.Length < 24) return false;
        }
        bool upper = false, lower = false, digit = false;
        foreach (var c in value)
        {
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (c >= 'a' && c <= 'z') lower = true;
            else if (c >= '0' && c <= '9') digit = true;
            else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') return false;
        }
        if (!digit || !(upper || lower)) return false;
        if (!(upper && lower) && value.Length < 40) return false;
        return ShannonEntropy(value) >= (upper && lower ? 4.2 : 3.5);
    }

    private static double ShannonEntropy(string s)
    {
        var counts = new int[128];
        foreach (var c in s) counts[c & 127]++;
        double h = 0;
        foreach (var n in counts)
        {
            if (n == 0) continue;
            double p = (double)n / s.Length;
            h -= p * Math.Log(p, 2);
        }
        return h;
    }

    private static string? TryDecodeBase64(string value)
    {
        if (value.Length < 16 || value.Length % 4 != 0 || value.Length > 8192) return null;
        foreach (var c in value)
        {
            bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
            if (!ok) return null;
        }
        try
        {
            var bytes = Convert.FromBase64String(value);
            return Encoding.UTF8.GetString(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
