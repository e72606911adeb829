namespace OpenClaw.Manifests.Analyzers.Syntax;

/// <summary>
/// The syntax-only reading of an RBAC rule expression (<c>new V1PolicyRule { … }</c>, <c>new RbacRule { … }</c>,
/// <c>with { … }</c>, <c>RbacRule.For(…).WithVerbs(…)</c>): every element written for each list, from every part
/// of the expression. A superset of what <see cref="Operations.RbacRuleShape"/> reads, so that a rule which finds
/// nothing here would find nothing there either. Lists written in a shape syntax cannot read (a variable) are
/// left out: the operation reading cannot read them either and reports nothing for them.
/// </summary>
internal sealed class RbacRuleSyntax
{
    private RbacRuleSyntax()
    {
    }

    public List<ExpressionSyntax> ApiGroups { get; } = new();

    public List<ExpressionSyntax> Resources { get; } = new();

    public List<ExpressionSyntax> Verbs { get; } = new();

    public List<ExpressionSyntax> ResourceNames { get; } = new();

    public List<ExpressionSyntax> NonResourceUrls { get; } = new();

    /// <summary>True for the names of the builder methods of <c>RbacRule</c>.</summary>
    public static bool IsBuilderName(string? name) => name is "For" or "WithVerbs" or "WithResourceNames";

    /// <summary>Reads the rule <paramref name="node"/> may be, or returns null when it cannot be one.</summary>
    public static RbacRuleSyntax? Read(SyntaxNode node, TypeNames typeNames)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation
                when creation.Initializer is not null
                && (typeNames.MayDenote(creation.Type, "V1PolicyRule") || typeNames.MayDenote(creation.Type, "RbacRule")):
            case ImplicitObjectCreationExpressionSyntax { Initializer: not null }:
                var rule = new RbacRuleSyntax();
                rule.Merge(((BaseObjectCreationExpressionSyntax)node).Initializer!);
                return rule;
            case WithExpressionSyntax with:
                rule = new RbacRuleSyntax();
                rule.Merge(with.Initializer);
                return rule;
            case InvocationExpressionSyntax invocation when IsBuilderName(SyntaxLiterals.MemberName(invocation.Expression)) && !IsInnerCall(invocation):
                return ReadChain(invocation, typeNames);
            default:
                return null;
        }
    }

    // Only the outermost call of a chain is read (the operation reading does the same).
    private static bool IsInnerCall(InvocationExpressionSyntax invocation)
        => invocation.Parent is MemberAccessExpressionSyntax access && access.Expression == invocation
            && IsBuilderName(access.Name.Identifier.ValueText) && access.Parent is InvocationExpressionSyntax;

    private static RbacRuleSyntax? ReadChain(InvocationExpressionSyntax outermost, TypeNames typeNames)
    {
        var rule = new RbacRuleSyntax();
        ExpressionSyntax? current = outermost;
        while (current is InvocationExpressionSyntax call && SyntaxLiterals.MemberName(call.Expression) is { } name && IsBuilderName(name))
        {
            var arguments = call.ArgumentList.Arguments;
            switch (name)
            {
                case "WithVerbs":
                    AddParams(arguments, 0, rule.Verbs);
                    break;
                case "WithResourceNames":
                    AddParams(arguments, 0, rule.ResourceNames);
                    break;
                case "For":
                    var receiver = SyntaxLiterals.Receiver(call);
                    if (!typeNames.MayDenote(receiver, "RbacRule"))
                        return null;
                    if (arguments.Count > 0)
                        rule.ApiGroups.Add(arguments[0].Expression);
                    AddParams(arguments, 1, rule.Resources);
                    break;
            }

            current = SyntaxLiterals.Receiver(call) is { } instance ? SyntaxLiterals.Unwrap(instance) : null;
        }

        switch (current)
        {
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }:
                rule.Merge(initializer);
                break;
            case WithExpressionSyntax with:
                rule.Merge(with.Initializer);
                break;
        }

        return rule;
    }

    // A params argument is either the elements themselves or one collection that holds them.
    private static void AddParams(SeparatedSyntaxList<ArgumentSyntax> arguments, int index, List<ExpressionSyntax> into)
    {
        if (arguments.Count == index + 1 && SyntaxLiterals.TryGetElements(arguments[index].Expression, into))
            return;
        for (var i = index; i < arguments.Count; i++)
            into.Add(arguments[i].Expression);
    }

    private void Merge(InitializerExpressionSyntax initializer)
    {
        foreach (var item in initializer.Expressions)
        {
            if (item is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment)
                continue;
            var list = left.Identifier.ValueText switch
            {
                "ApiGroups" => ApiGroups,
                "Resources" => Resources,
                "Verbs" => Verbs,
                "ResourceNames" => ResourceNames,
                "NonResourceURLs" => NonResourceUrls,
                _ => null,
            };
            if (list is not null)
                SyntaxLiterals.TryGetElements(assignment.Right, list);
        }
    }
}
