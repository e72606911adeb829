using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenClaw.Manifests.Analyzers.Operations;
using OpenClaw.Manifests.Analyzers.Syntax;

namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>OCM0004: <c>*</c> in the API groups, resources, verbs or non-resource URLs of an RBAC rule.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WildcardRbacAnalyzer : RuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WildcardRbac);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.RbacRule is not null || symbols.V1PolicyRule is not null;

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
        => RbacRuleActions.Register(start, symbols, MayReport, Analyze);

    // Literal lists without "*", the common case, are settled here; a name (maybe a constant) goes to the binder.
    private static bool MayReport(RuleSyntax rule)
        => MayHoldWildcard(rule.ApiGroups) || MayHoldWildcard(rule.Resources) || MayHoldWildcard(rule.Verbs) || MayHoldWildcard(rule.NonResourceUrls);

    private static bool MayHoldWildcard(List<ExpressionSyntax> elements)
    {
        foreach (var element in elements)
        {
            if (!SyntaxValues.TryFold(element, out var text) || text == "*")
                return true;
        }

        return false;
    }

    private static void Analyze(RuleContext context, RbacRuleShape shape)
    {
        Report(context, shape.ApiGroups, "apiGroups");
        Report(context, shape.Resources, "resources");
        Report(context, shape.Verbs, "verbs");
        Report(context, shape.NonResourceUrls, "nonResourceURLs");
    }

    private static void Report(RuleContext context, List<IOperation>? elements, string field)
    {
        if (elements is null)
            return;
        foreach (var element in elements)
        {
            // Kubernetes treats only the exact string "*" as a wildcard in these lists.
            if (Values.TryGetString(element, out var text) && text == "*")
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WildcardRbac, element.Syntax.GetLocation(), field));
        }
    }
}
