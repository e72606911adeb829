using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Output;

/// <summary>A diagnostic with the severity the platform configured for its rule.</summary>
internal sealed record Finding(Diagnostic Diagnostic, RuleSeverity Severity)
{
    public bool IsError => Severity == RuleSeverity.Error;

    public string Level => IsError ? "error" : "warning";

    /// <summary>The compiler's form: <c>path(line,col): error OCM0001: message</c>.</summary>
    public override string ToString()
        => $"{(Diagnostic.Location is { } l ? l.ToString() : Diagnostic.Subject)}: {Level} {Diagnostic.Rule.Id}: {Diagnostic.Message}";

    /// <summary>Every reported diagnostic with its severity; those of rules set to none are dropped.</summary>
    public static List<Finding> Of(IEnumerable<Diagnostic> diagnostics, RuleSeverities severities)
        => diagnostics.Select(d => new Finding(d, severities.Of(d.Rule))).Where(f => f.Severity != RuleSeverity.None).ToList();
}
