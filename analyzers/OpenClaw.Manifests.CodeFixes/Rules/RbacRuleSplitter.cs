using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenClaw.Manifests.Analyzers.Rules;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.CodeFixes.Rules;

/// <summary>
/// Rewrites one RBAC rule expression (object initializer or builder chain) into the two rules of the
/// OCM0002 fix. Purely syntactic: the analyzer has already established the types; this only edits the
/// verb list and drops resourceNames, so it gives up on anything but string literals.
/// </summary>
internal static class RbacRuleSplitter
{
    /// <summary>
    /// The rule for the other verbs (null when there are none) and the rule for create/deletecollection
    /// without resourceNames; null when the rule cannot be split mechanically.
    /// </summary>
    public static (ExpressionSyntax? Keep, ExpressionSyntax Nameless)? Split(ExpressionSyntax rule)
    {
        if (!CollectionEdit.IsInCollection(rule))
            return null;
        var verbs = ReadVerbs(rule, verbsSeen: false);
        if (verbs is null || !verbs.Any(IsNameless))
            return null;
        var nameless = Transform(rule, verbsSeen: false, keepVerb: IsNameless, removeNames: true);
        if (nameless is null)
            return null;
        ExpressionSyntax? keep = null;
        if (verbs.Any(v => !IsNameless(v)))
        {
            keep = Transform(rule, verbsSeen: false, keepVerb: v => !IsNameless(v), removeNames: false);
            if (keep is null)
                return null;
        }

        return (keep, nameless);
    }

    private static bool IsNameless(string verb) => RbacFacts.IsNameBlindVerb(verb);

    // The verbs in effect: the outermost WithVerbs of a chain, else the Verbs of the initializer it starts from.
    private static List<string>? ReadVerbs(ExpressionSyntax expression, bool verbsSeen)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call when IsBuilderCall(access):
                if (!verbsSeen && access.Name.Identifier.ValueText == "WithVerbs")
                    return Literals(call.ArgumentList.Arguments.Select(a => a.Expression));
                return ReadVerbs(access.Expression, verbsSeen);
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer } when !verbsSeen:
                var verbs = FindMember(initializer, "Verbs");
                return verbs is null ? null : Literals(ListElements(verbs.Right));
            default:
                return null;
        }
    }

    private static ExpressionSyntax? Transform(ExpressionSyntax expression, bool verbsSeen, Func<string, bool> keepVerb, bool removeNames)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call when IsBuilderCall(access):
                {
                    var name = access.Name.Identifier.ValueText;
                    var isVerbs = !verbsSeen && name == "WithVerbs";
                    var inner = Transform(access.Expression, verbsSeen || name == "WithVerbs", keepVerb, removeNames);
                    if (inner is null)
                        return null;
                    if (name == "WithResourceNames" && removeNames)
                        return inner.WithTrailingTrivia(call.GetTrailingTrivia());
                    var rewritten = call.WithExpression(access.WithExpression(inner));
                    if (!isVerbs)
                        return rewritten;
                    return rewritten.WithArgumentList(call.ArgumentList.WithArguments(
                        SeparatedListEdit.Filter(call.ArgumentList.Arguments, a => keepVerb(LiteralText(a.Expression)))));
                }

            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer } creation:
                {
                    var members = initializer.Expressions;
                    var verbs = FindMember(initializer, "Verbs");
                    if (!verbsSeen)
                    {
                        if (verbs is null)
                            return null;
                        var filtered = FilterList(verbs.Right, keepVerb);
                        if (filtered is null)
                            return null;
                        members = members.Replace(verbs, verbs.WithRight(filtered));
                    }

                    if (removeNames)
                    {
                        var names = members.OfType<AssignmentExpressionSyntax>().FirstOrDefault(m => MemberName(m) == "ResourceNames");
                        if (names is not null)
                            members = SeparatedListEdit.Filter(members, m => m != names);
                    }

                    return creation.WithInitializer(initializer.WithExpressions(members));
                }

            default:
                // The start of a chain (RbacRule.For(...)) is kept as written once its verbs were found above.
                return verbsSeen ? expression : null;
        }
    }

    private static bool IsBuilderCall(MemberAccessExpressionSyntax access)
        => access.Name.Identifier.ValueText is "WithVerbs" or "WithResourceNames";

    private static AssignmentExpressionSyntax? FindMember(InitializerExpressionSyntax initializer, string name)
        => initializer.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(m => MemberName(m) == name);

    private static string? MemberName(AssignmentExpressionSyntax member)
        => (member.Left as IdentifierNameSyntax)?.Identifier.ValueText;

    private static IEnumerable<ExpressionSyntax>? ListElements(ExpressionSyntax list) => list switch
    {
        CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax)
            => collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression),
        InitializerExpressionSyntax initializer => initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions,
        ObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        _ => null,
    };

    private static ExpressionSyntax? FilterList(ExpressionSyntax list, Func<string, bool> keepVerb)
    {
        InitializerExpressionSyntax FilterInitializer(InitializerExpressionSyntax initializer)
            => initializer.WithExpressions(SeparatedListEdit.Filter(initializer.Expressions, e => keepVerb(LiteralText(e))));

        return list switch
        {
            CollectionExpressionSyntax collection => collection.WithElements(
                SeparatedListEdit.Filter(collection.Elements, e => keepVerb(LiteralText(((ExpressionElementSyntax)e).Expression)))),
            InitializerExpressionSyntax initializer => FilterInitializer(initializer),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } array => array.WithInitializer(FilterInitializer(initializer)),
            ImplicitArrayCreationExpressionSyntax array => array.WithInitializer(FilterInitializer(array.Initializer)),
            ObjectCreationExpressionSyntax { Initializer: { } initializer } creation => creation.WithInitializer(FilterInitializer(initializer)),
            _ => null,
        };
    }

    private static List<string>? Literals(IEnumerable<ExpressionSyntax>? expressions)
    {
        if (expressions is null)
            return null;
        var result = new List<string>();
        foreach (var expression in expressions)
        {
            if (!expression.IsKind(SyntaxKind.StringLiteralExpression))
                return null;
            result.Add(LiteralText(expression));
        }

        return result;
    }

    private static string LiteralText(ExpressionSyntax expression)
        => expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : string.Empty;
}
