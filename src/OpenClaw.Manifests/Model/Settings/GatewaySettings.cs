namespace OpenClaw.Manifests.Model;

/// <summary>
/// The platform's Gateway that a tenant's <c>HTTPRoute</c> attaches to (<c>exposure: httpRoute</c>). One Gateway serves
/// every tenant, so its namespace is the one foreign namespace the route and the controller's NetworkPolicy may name
/// (OCM0007).
/// </summary>
public sealed record GatewaySettings
{
    /// <summary>The Gateway's name (default <c>public</c>).</summary>
    public DnsName Name { get; init; } = DnsName.Parse("public");

    /// <summary>The Gateway's namespace (default <c>gateway-system</c>): where its proxies run, when they are pods.</summary>
    public DnsLabel Namespace { get; init; } = DnsLabel.Parse("gateway-system");

    /// <summary>The Gateway listener to attach to (its <c>sectionName</c>); null attaches to every listener that allows the route.</summary>
    public DnsLabel? SectionName { get; init; }
}
