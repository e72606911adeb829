namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>
/// The value patterns of the schema: the model's value-type rules (DnsLabel, DnsName, HttpsUrl,
/// SecretKeyRef, Quantity, ImageDigestRule, TenantPolicy) restated as RE2/ECMA regular expressions.
/// </summary>
internal static class Patterns
{
    public const string DnsLabel = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
    public const string DnsName = @"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$";
    public const string HttpsUrl = @"^https://[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[^\s?#]*)?$";
    public const string ClusterServiceUrl = @"^https?://[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?\.svc(\.cluster\.local)?(:[0-9]{1,5})?(/[^\s?#]*)?$";
    public const string SecretKey = "^[-._a-zA-Z0-9]+$";
    public const string Quantity = @"^([0-9]+(\.[0-9]+)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$";
    public const string Cidr = "^[0-9a-fA-F:.]+/[0-9]{1,3}$";
    public const string Repository = "^([a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?/)*[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*$";
    public const string Tag = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$";
    public const string Digest = "^(sha256:)?[a-f0-9]{64}$";
    public const string ClientId = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
    public const string Model = "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$";
    public const string ClassName = "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";
    public const string EnvName = "^[A-Za-z_][A-Za-z0-9_]*$";
}
