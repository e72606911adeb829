namespace OpenClaw.Manifests.Model;

/// <summary>
/// One extra rule for the controller's namespaced Role. Built freely (the analyzers and the policy
/// engine reject unsafe shapes: OCM0002, OCM0004) so that diagnostics can point at the offending rule.
/// </summary>
public sealed record RbacRule
{
    /// <summary>
    /// The API groups of a rule that names none: the core group. Kubernetes refuses a Role rule with no API group
    /// ("resource rules must supply at least one api group", ValidatePolicyRule), so an empty list is never a default;
    /// tenant files and C# rules share this one.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultApiGroups = [""];

    /// <summary>API groups; "" is the core group. Defaults to <see cref="DefaultApiGroups"/>.</summary>
    public IReadOnlyList<string> ApiGroups { get; init; } = DefaultApiGroups;

    /// <summary>The resources granted, such as <c>pods</c> or the subresource <c>pods/log</c>; a wildcard is refused (OCM0004).</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The verbs granted, such as <c>get</c> or <c>watch</c>; <c>*</c> is refused (OCM0004).</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Optional object names; never with <c>create</c> or <c>deletecollection</c> (OCM0002).</summary>
    public IReadOnlyList<string> ResourceNames { get; init; } = [];

    /// <summary>Starts a rule for resources in an API group (the fluent rule builder).</summary>
    public static RbacRule For(string apiGroup, params string[] resources) => new() { ApiGroups = [apiGroup], Resources = resources };

    /// <summary>Returns this rule with the given verbs.</summary>
    public RbacRule WithVerbs(params string[] verbs) => this with { Verbs = verbs };

    /// <summary>Returns this rule restricted to the given object names.</summary>
    public RbacRule WithResourceNames(params string[] names) => this with { ResourceNames = names };

    /// <summary>Equality by content, so that tenants compare by what they grant.</summary>
    public bool Equals(RbacRule? other) => other is not null
        && ApiGroups.SequenceEqual(other.ApiGroups) && Resources.SequenceEqual(other.Resources)
        && Verbs.SequenceEqual(other.Verbs) && ResourceNames.SequenceEqual(other.ResourceNames);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ApiGroups.Count, Resources.Count, Verbs.Count, ResourceNames.Count);
}
