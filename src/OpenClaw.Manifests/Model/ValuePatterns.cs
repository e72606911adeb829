using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>
/// The value rules of the tenant format as ECMA-262 regular expressions, for JSON Schemas (the chart's
/// values.schema.json and tenant.schema.json) and, where RE2 reads them the same (plain groups, '$' only at the end
/// of the text), for CEL's <c>matches()</c> in the admission policies (<see cref="PinnedImage"/>). The value types build their .NET patterns from the same bodies
/// (with <c>\z</c> instead of <c>$</c>: .NET's <c>$</c> also matches before a final newline, ECMA's does not).
/// URLs are checked by code (System.Uri) in HttpsUrl and ClusterServiceUrl; their patterns here are the shape an
/// editor can check, and the loader stays the judge.
/// </summary>
internal static class ValuePatterns
{
    public const string DnsLabelBody = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    public const string DnsNameBody = @"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*";
    public const string QuantityBody = @"([0-9]+(\.[0-9]+)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?";
    public const string ClientIdBody = "[A-Za-z0-9][A-Za-z0-9._:-]*";
    public const string ModelBody = "[A-Za-z0-9][A-Za-z0-9._:/@+-]*";
    public const string ClassNameBody = "[a-z0-9]([-a-z0-9.]*[a-z0-9])?";
    public const string PgpFingerprintBody = "[0-9A-Fa-f]{40}";
    public const string AgeRecipientBody = "age1[02-9ac-hj-np-z]{58}";

    public const string DnsLabel = "^" + DnsLabelBody + "$";
    public const string DnsName = "^" + DnsNameBody + "$";
    public const string HttpsUrl = @"^https://[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[^\s?#]*)?$";
    public const string ClusterServiceUrl = @"^https?://[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?\.svc(\.cluster\.local)?(:[0-9]{1,5})?(/[^\s?#]*)?$";
    public const string SecretKey = "^[-._a-zA-Z0-9]+$";
    public const string Quantity = "^" + QuantityBody + "$";
    public const string Cidr = "^[0-9a-fA-F:.]+/[0-9]{1,3}$";
    public const string Repository = "^" + ImageDigestRule.RepositoryBody + "$";
    public const string Tag = "^" + ImageDigestRule.TagBody + "$";
    public const string Digest = "^(sha256:)?" + ImageDigestRule.DigestBody + "$";
    public const string PinnedImage = "^" + ImageDigestRule.RepositoryBody + "(:" + ImageDigestRule.TagBody + ")?@sha256:" + ImageDigestRule.DigestBody + "$";
    public const string ClientId = "^" + ClientIdBody + "$";
    public const string Model = "^" + ModelBody + "$";
    public const string ClassName = "^" + ClassNameBody + "$";
    public const string EnvName = "^[A-Za-z_][A-Za-z0-9_]*$";
    public const string PgpFingerprint = "^" + PgpFingerprintBody + "$";
    public const string AgeRecipient = "^" + AgeRecipientBody + "$";

    /// <summary>Any character <see cref="char.IsControl(char)"/> is true for; refused in single-line fields.</summary>
    public const string Control = "[\\u0000-\\u001f\\u007f-\\u009f]";

    /// <summary>The same without line feed, carriage return and tab: refused in free text.</summary>
    public const string ControlExceptLineBreaks = "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]";
}
