namespace OpenClaw.Manifests.Analyzers.Syntax;

/// <summary>
/// What an expression holds, read from syntax alone. The rules use these answers only to rule a node out
/// ("a pinned literal", "no literal shaped like a credential"); a node they cannot rule out goes to the
/// semantic model, so an answer here never needs to be complete, only never wrong when it says "safe".
/// </summary>
internal static class SyntaxLiterals
{
    /// <summary>The name written last in a member reference: <c>Image</c> for <c>c.Image</c>, <c>Image = …</c>, <c>X.Image</c>.</summary>
    public static string? MemberName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The expression an invocation is called on (<c>X</c> in <c>X.Parse(…)</c>), or null for a bare <c>Parse(…)</c>.</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation)
        => invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;

    /// <summary>Strips parentheses, casts, <c>!</c> and <c>checked</c>, which do not change what a constant says.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = postfix.Operand;
                    continue;
                default:
                    return expression;
            }
        }
    }

    public static bool IsLiteral(ExpressionSyntax expression, SyntaxKind kind) => Unwrap(expression).IsKind(kind);

    /// <summary>A <c>null</c>, <c>true</c> or <c>false</c> literal, or a number other than zero: none of them is what a rule looks for.</summary>
    public static bool IsNonZeroNumber(ExpressionSyntax expression)
        => Unwrap(expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number
            && number.Token.Value is int or long or uint or ulong
            && System.Convert.ToDecimal(number.Token.Value, System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>
    /// The string <paramref name="expression"/> evaluates to when syntax alone tells: string literals, their
    /// concatenation, and names of <c>const</c> string fields of the enclosing types (the tenant files' <c>Registry</c>),
    /// unless the enclosing member declares something of that name too.
    /// </summary>
    public static bool TryFold(ExpressionSyntax expression, out string value) => TryFold(expression, out value, depth: 0);

    /// <summary>
    /// The string-valued expressions <paramref name="value"/> hands to a property or parameter: itself, the elements
    /// of a collection, or the values of a dictionary initializer; the expression itself when it is none of these shapes.
    /// </summary>
    public static void CollectDirectValues(ExpressionSyntax value, List<ExpressionSyntax> into)
    {
        var unwrapped = Unwrap(value);
        var start = into.Count;
        if (TryGetElements(unwrapped, into))
        {
            // Dictionary initializers: { ["k"] = v } and { { "k", v } } hold their values one level down.
            for (var i = start; i < into.Count; i++)
            {
                switch (into[i])
                {
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax } entry:
                        into[i] = entry.Right;
                        break;
                    case InitializerExpressionSyntax { Expressions.Count: 2 } pair:
                        into[i] = pair.Expressions[1];
                        break;
                }
            }

            return;
        }

        into.Add(unwrapped);
    }

    /// <summary>
    /// The elements of a collection written in place: collection expressions, arrays, <c>new List&lt;string&gt; { … }</c>,
    /// initializers without <c>new</c>, <c>null</c>. False for anything else (a variable, a call, a spread).
    /// </summary>
    public static bool TryGetElements(ExpressionSyntax expression, List<ExpressionSyntax> into)
    {
        switch (Unwrap(expression))
        {
            case CollectionExpressionSyntax collection:
                foreach (var element in collection.Elements)
                {
                    switch (element)
                    {
                        case ExpressionElementSyntax item:
                            into.Add(item.Expression);
                            break;
                        case SpreadElementSyntax spread when TryGetElements(spread.Expression, into):
                            break;
                        default:
                            return false;
                    }
                }

                return true;
            case ArrayCreationExpressionSyntax array:
                if (array.Initializer is null)
                    return false;
                into.AddRange(array.Initializer.Expressions);
                return true;
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                into.AddRange(implicitArray.Initializer.Expressions);
                return true;
            case BaseObjectCreationExpressionSyntax creation:
                if (creation.Initializer is null)
                    return creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0;
                into.AddRange(creation.Initializer.Expressions);
                return true;
            case InitializerExpressionSyntax initializer:
                into.AddRange(initializer.Expressions);
                return true;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when any literal (string, UTF-8, number) appears in <paramref name="node"/>.</summary>
    public static bool ContainsLiteral(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.NumericLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The value assigned to <paramref name="name"/> in the object initializer that holds <paramref name="assignment"/>.</summary>
    public static ExpressionSyntax? Sibling(AssignmentExpressionSyntax assignment, string name)
    {
        if (assignment.Parent is not InitializerExpressionSyntax initializer)
            return null;
        foreach (var item in initializer.Expressions)
        {
            if (item is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } sibling && left.Identifier.ValueText == name)
                return sibling.Right;
        }

        return null;
    }

    private static bool TryFold(ExpressionSyntax expression, out string value, int depth)
    {
        value = string.Empty;
        if (depth > 8)
            return false;
        switch (Unwrap(expression))
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                value = literal.Token.ValueText;
                return true;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                if (!TryFold(binary.Left, out var left, depth + 1) || !TryFold(binary.Right, out var right, depth + 1))
                    return false;
                value = left + right;
                return true;
            case IdentifierNameSyntax identifier:
                return TryFoldConstant(identifier, out value, depth);
            default:
                return false;
        }
    }

    // C# looks a simple name up in the enclosing member first (locals, parameters, lambda parameters), then in
    // the enclosing types from the inside out. Anything of that name declared in the member, or a type member
    // of that name that is not a literal-initialised const, means the name is not resolved here.
    private static bool TryFoldConstant(IdentifierNameSyntax identifier, out string value, int depth)
    {
        value = string.Empty;
        var name = identifier.Identifier.ValueText;
        var member = identifier.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax);
        if (member is null || DeclaresName(member, name))
            return false;
        for (var type = member.Parent as TypeDeclarationSyntax; type is not null; type = type.Parent as TypeDeclarationSyntax)
        {
            if (type.TypeParameterList?.Parameters.Any(p => p.Identifier.ValueText == name) == true)
                return false;
            foreach (var candidate in type.Members)
            {
                if (candidate is FieldDeclarationSyntax field)
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Identifier.ValueText != name)
                            continue;
                        return field.Modifiers.Any(SyntaxKind.ConstKeyword) && variable.Initializer is not null
                            && TryFold(variable.Initializer.Value, out value, depth + 1);
                    }
                }
                else if (DeclaresMember(candidate, name))
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool DeclaresName(SyntaxNode member, string name)
    {
        foreach (var token in member.DescendantTokens())
        {
            // A use of the name is an IdentifierName; every other identifier token of that text declares something.
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is not IdentifierNameSyntax)
                return true;
        }

        return false;
    }

    private static bool DeclaresMember(MemberDeclarationSyntax member, string name) => member switch
    {
        PropertyDeclarationSyntax property => property.Identifier.ValueText == name,
        MethodDeclarationSyntax method => method.Identifier.ValueText == name,
        EventDeclarationSyntax @event => @event.Identifier.ValueText == name,
        EventFieldDeclarationSyntax eventField => eventField.Declaration.Variables.Any(v => v.Identifier.ValueText == name),
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText == name,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText == name,
        _ => false,
    };
}
