using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>The resources a policy matches: one <c>resourceRules</c> entry.</summary>
internal sealed record ResourceMatch(string ApiGroup, string ApiVersion, params string[] Resources);

/// <summary>One <c>validations</c> entry: a single condition that must hold, and the message when it does not.</summary>
internal sealed record Validation(string Expression, string MessageExpression);

/// <summary>
/// One rule as a ValidatingAdmissionPolicy: what it matches, the variables its conditions share, the conditions,
/// and for the rule's page what the CEL checks (<see cref="Checks"/>) and what admission cannot see (<see cref="Unseen"/>).
/// </summary>
internal sealed record AdmissionRule(
    RuleInfo Rule,
    IReadOnlyList<ResourceMatch> Resources,
    IReadOnlyList<(string Name, string Expression)> Variables,
    IReadOnlyList<Validation> Validations,
    string Checks,
    string? Unseen = null)
{
    /// <summary>The policy's and the binding's name.</summary>
    public string Name => "openclaw-" + Rule.Id.ToLowerInvariant();

    /// <summary>
    /// A message expression: the rule ID, then one text per offending item of the CEL list <paramref name="offenders"/>
    /// (written with <paramref name="each"/>, an expression over the item variable), joined with "; ".
    /// </summary>
    public static string Each(RuleInfo rule, string offenders, string variable, string each)
        => Cel.Quote(rule.Id + " ") + " + " + offenders + ".map(" + variable + ", " + each + ").join(\"; \")";
}
