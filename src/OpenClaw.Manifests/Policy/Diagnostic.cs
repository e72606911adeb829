namespace OpenClaw.Manifests.Policy;

/// <summary>
/// One finding of the policy engine or the tenant-file loader. Diagnostics are data; the edges
/// (CLI, analyzers, tests) decide how to show them.
/// </summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Message">The full message.</param>
/// <param name="Subject">What the finding is about: a field path such as <c>spec.rbac.extraRules[0]</c>, or an object such as <c>Role/openclaw-controller</c>.</param>
/// <param name="Location">Where in a tenant file, when known.</param>
public sealed record Diagnostic(RuleInfo Rule, string Message, string Subject, SourceLocation? Location = null)
{
    /// <summary>The compiler's form: <c>path(line,col): error OCM0001: message</c>.</summary>
    public override string ToString()
        => Location is { } l ? $"{l}: error {Rule.Id}: {Message}" : $"{Subject}: error {Rule.Id}: {Message}";

    /// <summary>Creates a diagnostic whose message is the rule's format applied to <paramref name="args"/>.</summary>
    public static Diagnostic Create(RuleInfo rule, string subject, params object[] args) => new(rule, rule.Format(args), subject);
}
