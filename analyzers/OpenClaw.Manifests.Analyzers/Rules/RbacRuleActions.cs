namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// Registers a callback for every RBAC rule expression (initializer, <c>with</c>, builder chain). Each expression is
/// first read from syntax; only when <c>mayReport</c> finds something there to report is it bound, so the common
/// rule (literal verbs, no wildcard) costs no semantic model.
/// </summary>
internal static class RbacRuleActions
{
    public static void Register(
        CompilationStartAnalysisContext start,
        KnownSymbols symbols,
        Func<RbacRuleSyntax, bool> mayReport,
        Action<RuleContext, RbacRuleShape> analyze)
    {
        RuleContext.Register(start, c =>
        {
            foreach (var creation in c.Scan.Creations)
                Analyze(c, creation, symbols, mayReport, analyze);
            foreach (var with in c.Scan.Withs)
                Analyze(c, with, symbols, mayReport, analyze);
            foreach (var invocation in c.Scan.Invocations)
                Analyze(c, invocation, symbols, mayReport, analyze);
        });
    }

    private static void Analyze(RuleContext context, SyntaxNode node, KnownSymbols symbols, Func<RbacRuleSyntax, bool> mayReport, Action<RuleContext, RbacRuleShape> analyze)
    {
        if (context.PrefiltersOn && (RbacRuleSyntax.Read(node, symbols.TypeNames) is not { } rule || !mayReport(rule)))
            return;
        var shape = context.Bind(node) switch
        {
            IObjectCreationOperation creation when !StartsBuilderChain(creation, symbols)
                => RbacRuleShape.FromInitializer(creation, creation.Type, creation.Initializer, symbols),
            IWithOperation with when !StartsBuilderChain(with, symbols)
                => RbacRuleShape.FromInitializer(with, with.Type, with.Initializer, symbols),
            IInvocationOperation invocation when symbols.RbacRule is not null
                => RbacRuleShape.FromBuilderChain(invocation, symbols),
            _ => null,
        };
        if (shape is not null)
            analyze(context, shape);
    }

    // new RbacRule { … }.WithVerbs(…) is read once, as part of its chain.
    private static bool StartsBuilderChain(IOperation operation, KnownSymbols symbols)
        => operation.Parent is IInvocationOperation call && call.Instance == operation && RbacRuleShape.IsBuilderMethod(call.TargetMethod, symbols);
}
