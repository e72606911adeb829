namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0002: an RBAC rule grants <c>create</c> or <c>deletecollection</c> and restricts it by <c>resourceNames</c>.
/// The authorizer never knows the object name for these verbs, so such a rule silently grants nothing for them.
/// Reported on the first offending verb; the rule expression is the additional location the fixer splits.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CreateWithResourceNamesAnalyzer : RuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CreateWithResourceNames);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.RbacRule is not null || symbols.V1PolicyRule is not null;

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
        => RbacRuleActions.Register(start, symbols, MayReport, Analyze);

    // Settled from syntax unless names are listed and a verb is create, deletecollection or not a literal.
    private static bool MayReport(RbacRuleSyntax rule)
    {
        if (rule.ResourceNames.Count == 0)
            return false;
        foreach (var verb in rule.Verbs)
        {
            if (!SyntaxLiterals.TryFold(verb, out var text) || RbacFacts.IsNameBlindVerb(text))
                return true;
        }

        return false;
    }

    private static void Analyze(RuleContext context, RbacRuleShape shape)
    {
        // Only names written in the code count: a list built elsewhere may well be empty.
        if (shape.Verbs is null || shape.ResourceNames is null || shape.ResourceNames.Count == 0)
            return;
        var offending = new List<(IOperation Operation, string Verb)>();
        foreach (var verb in shape.Verbs)
        {
            if (ConstantValues.TryGetString(verb, out var text) && RbacFacts.IsNameBlindVerb(text))
                offending.Add((verb, text));
        }

        if (offending.Count == 0)
            return;
        var verbs = string.Join(", ", offending.Select(o => "'" + o.Verb + "'").Distinct());
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CreateWithResourceNames,
            offending[0].Operation.Syntax.GetLocation(),
            additionalLocations: new[] { shape.Root.Syntax.GetLocation() },
            messageArgs: verbs));
    }
}
