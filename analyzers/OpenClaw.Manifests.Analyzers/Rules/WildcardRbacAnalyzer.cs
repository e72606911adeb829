namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0004: an entry the authorizer expands beyond itself (<see cref="RbacFacts.IsWildcard"/>) in the API groups,
/// resources, verbs or non-resource URLs of an RBAC rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WildcardRbacAnalyzer : RuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WildcardRbac);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.RbacRule is not null || symbols.V1PolicyRule is not null;

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
        => RbacRuleActions.Register(start, symbols, MayReport, Analyze);

    // Literal lists without "*", the common case, are settled here; a name (maybe a constant) goes to the binder.
    private static bool MayReport(RbacRuleSyntax rule)
        => MayHoldWildcard(RbacList.ApiGroups, rule.ApiGroups) || MayHoldWildcard(RbacList.Resources, rule.Resources)
            || MayHoldWildcard(RbacList.Verbs, rule.Verbs) || MayHoldWildcard(RbacList.NonResourceUrls, rule.NonResourceUrls);

    private static bool MayHoldWildcard(RbacList list, List<ExpressionSyntax> elements)
    {
        foreach (var element in elements)
        {
            if (!SyntaxLiterals.TryFold(element, out var text) || RbacFacts.IsWildcard(list, text))
                return true;
        }

        return false;
    }

    private static void Analyze(RuleContext context, RbacRuleShape shape)
    {
        Report(context, shape.ApiGroups, RbacList.ApiGroups);
        Report(context, shape.Resources, RbacList.Resources);
        Report(context, shape.Verbs, RbacList.Verbs);
        Report(context, shape.NonResourceUrls, RbacList.NonResourceUrls);
    }

    private static void Report(RuleContext context, List<IOperation>? elements, RbacList list)
    {
        if (elements is null)
            return;
        foreach (var element in elements)
        {
            if (ConstantValues.TryGetString(element, out var text) && RbacFacts.IsWildcard(list, text))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WildcardRbac, element.Syntax.GetLocation(), RbacFacts.YamlName(list)));
        }
    }
}
