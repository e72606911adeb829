using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// The value rules of the tenant format, each written once as a pattern body without anchors. Each side anchors it in
/// its own dialect: the JSON Schemas (values.schema.json, tenant.schema.json) with <see cref="Ecma"/> (<c>^…$</c>), the
/// .NET checks with <see cref="Net"/> or <c>"^" + Body + "\\z"</c> in a <c>[GeneratedRegex]</c> — .NET's <c>$</c> also
/// matches before a final newline, ECMA's does not, so the two anchors differ on purpose.
/// URLs are checked by code (System.Uri) in HttpsUrl and ClusterServiceUrl; their patterns here are the shape an
/// editor can check, and the loader stays the judge.
/// </summary>
internal static class ValuePatterns
{
    public const string DnsLabel = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    public const string DnsName = @"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*";
    public const string Quantity = @"([0-9]+(\.[0-9]+)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?";
    public const string ClientId = "[A-Za-z0-9][A-Za-z0-9._:-]*";
    public const string Model = "[A-Za-z0-9][A-Za-z0-9._:/@+-]*";
    public const string ClassName = "[a-z0-9]([-a-z0-9.]*[a-z0-9])?";
    public const string PgpFingerprint = "[0-9A-Fa-f]{40}";
    public const string AgeRecipient = "age1[02-9ac-hj-np-z]{58}";
    public const string HttpsUrl = @"https://[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[^\s?#]*)?";
    public const string ClusterServiceUrl = @"https?://[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?\.svc(\.cluster\.local)?(:[0-9]{1,5})?(/[^\s?#]*)?";
    public const string SecretKey = "[-._a-zA-Z0-9]+";
    public const string Cidr = "[0-9a-fA-F:.]+/[0-9]{1,3}";
    public const string EnvName = "[A-Za-z_][A-Za-z0-9_]*";
    public const string Repository = ImageDigestRule.RepositoryBody;
    public const string Tag = ImageDigestRule.TagBody;
    public const string Digest = "(sha256:)?" + ImageDigestRule.DigestBody;
    public const string PinnedImage = ImageDigestRule.RepositoryBody + "(:" + ImageDigestRule.TagBody + ")?@sha256:" + ImageDigestRule.DigestBody;

    /// <summary>Any character <see cref="char.IsControl(char)"/> is true for; refused in single-line fields.</summary>
    public const string Control = "[\\u0000-\\u001f\\u007f-\\u009f]";

    /// <summary>The same without line feed, carriage return and tab: refused in free text.</summary>
    public const string ControlExceptLineBreaks = "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]";

    // No body has a top-level '|', so anchoring needs no group (and the schemas' text stays as it was).

    /// <summary>A whole-value JSON Schema (ECMA-262) pattern: <c>^body$</c>.</summary>
    public static string Ecma(string body) => "^" + body + "$";

    /// <summary>A whole-value .NET pattern: <c>^body\z</c> (never <c>$</c>, which admits a final newline).</summary>
    public static string Net(string body) => "^" + body + "\\z";
}
