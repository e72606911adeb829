namespace OpenClaw.Manifests.Policy;

/// <summary>How a rule's findings count: an error stops the output, a warning is reported and lets it through.</summary>
public enum RuleSeverity
{
    /// <summary>Not reported at all (<c>none</c> or <c>silent</c> in .editorconfig).</summary>
    None,
    /// <summary>Reported, not blocking (<c>suggestion</c> is read as a warning).</summary>
    Warning,
    /// <summary>Reported and blocking: the default for every rule but <see cref="RuleSeverities.Warnings"/>.</summary>
    Error,
}

/// <summary>
/// The severity of each rule, as a platform repo configures it for the compiler
/// (<c>dotnet_diagnostic.OCM0004.severity = warning</c>), so the generator reaches the same verdict.
/// Some rules always stay errors; see <see cref="Fixed"/>.
/// </summary>
public sealed class RuleSeverities
{
    private readonly Dictionary<string, RuleSeverity> _levels = new(StringComparer.Ordinal);

    /// <summary>The shipped severities: every rule but <see cref="Warnings"/> reports as an error and fails the build or command.</summary>
    public static RuleSeverities Default { get; } = new();

    /// <summary>
    /// Rules that cannot be lowered, with the reason: an unpinned image, a rule the authorizer silently
    /// ignores and a plaintext secret are exactly the mistakes a lowered severity would let into Git, and a
    /// structural error (OCM01xx) leaves no tenant to render.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fixed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OCM0001"] = "an image without a digest can change under a running tenant",
        ["OCM0002"] = "the rule would silently grant nothing, and the controller would fail at run time",
        ["OCM0003"] = "a secret value in Git cannot be taken back by lowering a severity",
        ["OCM0100"] = "the tenant file could not be read, so there is no tenant to render",
        ["OCM0101"] = "a misspelt field would be ignored, so the tenant would not be the one that was reviewed",
        ["OCM0102"] = "there is no tenant to render",
        ["OCM0103"] = "there is no tenant to render",
        ["OCM0104"] = "which of two equal keys wins is undefined",
        ["OCM0105"] = "there is no tenant to render",
        ["OCM0106"] = "two tenants would share one deployment boundary",
    };

    /// <summary>
    /// Rules that ship as warnings, with the reason. OCM0012: the CIDR defaults are 0.0.0.0/0, so every tenant written
    /// before the rule existed has that egress; an error would stop every platform's output on upgrade. Platforms under
    /// ADR-0072 raise it (<c>dotnet_diagnostic.OCM0012.severity = error</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Warnings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OCM0012"] = "the CIDR defaults allow any address, so an error would break every existing tenant on upgrade",
    };

    /// <summary>Sets a rule's severity; false (and unchanged) when the rule is one of <see cref="Fixed"/> and <paramref name="severity"/> is lower than error.</summary>
    public bool TrySet(string ruleId, RuleSeverity severity)
    {
        if (severity != RuleSeverity.Error && Fixed.ContainsKey(ruleId)) return false;
        if (ReferenceEquals(this, Default)) throw new InvalidOperationException("the default severities are shared; create a new instance");
        _levels[ruleId] = severity;
        return true;
    }

    /// <summary>The severity of <paramref name="rule"/>.</summary>
    public RuleSeverity Of(RuleInfo rule) => _levels.TryGetValue(rule.Id, out var s) ? s : Shipped(rule.Id);

    /// <summary>The severity a rule ships with: a warning for <see cref="Warnings"/>, else an error.</summary>
    public static RuleSeverity Shipped(string ruleId) => Warnings.ContainsKey(ruleId) ? RuleSeverity.Warning : RuleSeverity.Error;

    /// <summary>True when <paramref name="d"/> stops the output.</summary>
    public bool Blocks(Diagnostic d) => Of(d.Rule) == RuleSeverity.Error;

    /// <summary>The rules set to something other than error, ordered by ID (for reports).</summary>
    public IEnumerable<KeyValuePair<string, RuleSeverity>> Lowered => _levels.Where(kv => kv.Value != RuleSeverity.Error).OrderBy(kv => kv.Key, StringComparer.Ordinal);
}
