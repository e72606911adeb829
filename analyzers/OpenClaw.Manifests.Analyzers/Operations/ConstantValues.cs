namespace OpenClaw.Manifests.Analyzers.Operations;

/// <summary>Reading what a value expression is known to hold at compile time.</summary>
internal static class ConstantValues
{
    /// <summary>Strips the implicit conversions the compiler inserts (string to object, bool to bool?, params arrays).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
            operation = conversion.Operand;
        return operation;
    }

    /// <summary>The constant string of <paramref name="operation"/>, if it has one.</summary>
    public static bool TryGetString(IOperation operation, out string value)
    {
        var constant = operation.ConstantValue;
        if (!constant.HasValue)
            constant = Unwrap(operation).ConstantValue;
        if (constant.HasValue && constant.Value is string s)
        {
            value = s;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>
    /// The constant string of <paramref name="operation"/>, following a local or a static readonly field
    /// to a string literal initializer when nothing else writes to it. Followed values are read from syntax
    /// alone, so no other semantic model is bound for them.
    /// </summary>
    public static bool TryGetTracedString(IOperation operation, out string value)
    {
        if (TryGetString(operation, out value))
            return true;
        var unwrapped = Unwrap(operation);
        ISymbol? symbol = unwrapped switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field when field.Field.IsStatic && field.Field.IsReadOnly => field.Field,
            _ => null,
        };
        if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1)
            return false;
        if (symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.Initializer?.Value is not LiteralExpressionSyntax literal
            || !literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression))
            return false;
        if (symbol is ILocalSymbol && IsWrittenAgain(declarator))
            return false;
        value = literal.Token.ValueText;
        return true;
    }

    /// <summary>
    /// The element expressions of a collection-valued expression: collection expressions (with spreads),
    /// arrays, <c>new List&lt;string&gt; { … }</c>, collection initializers <c>{ … }</c> and params arrays.
    /// False when the shape is not one of these (a variable, a method call), so callers stay silent.
    /// </summary>
    public static bool TryGetElements(IOperation? collection, List<IOperation> elements)
    {
        if (collection is null)
            return false;
        switch (Unwrap(collection))
        {
            // Collection expressions have an IOperation interface only from Roslyn 4.9 on; built against 4.8,
            // they are recognised by syntax and read through ChildOperations, which lists their elements.
            case { Syntax: CollectionExpressionSyntax } expression:
                foreach (var element in expression.ChildOperations)
                {
                    if (element.Syntax is SpreadElementSyntax)
                    {
                        if (!TryGetElements(element.ChildOperations.FirstOrDefault(), elements))
                            return false;
                    }
                    else
                    {
                        elements.Add(element);
                    }
                }

                return true;
            case IArrayCreationOperation array:
                if (array.Initializer is null)
                    return array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 };
                elements.AddRange(array.Initializer.ElementValues);
                return true;
            case IObjectCreationOperation creation:
                return creation.Initializer is null ? creation.Arguments.Length == 0 : TryGetElements(creation.Initializer, elements);
            case IObjectOrCollectionInitializerOperation initializer:
                foreach (var item in initializer.Initializers)
                {
                    if (item is IInvocationOperation add && add.Arguments.Length == 1)
                        elements.Add(add.Arguments[0].Value);
                    else
                        return false;
                }

                return true;
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The value expressions of a dictionary-valued expression built with an initializer:
    /// <c>["k"] = v</c> entries and <c>{ "k", v }</c> Add calls.
    /// </summary>
    public static void CollectDictionaryValues(IOperation? dictionary, List<IOperation> values)
    {
        if (dictionary is null)
            return;
        var initializer = Unwrap(dictionary) switch
        {
            IObjectCreationOperation creation => creation.Initializer,
            IObjectOrCollectionInitializerOperation init => init,
            _ => null,
        };
        if (initializer is null)
            return;
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } entry)
                values.Add(entry.Value);
            else if (item is IInvocationOperation add && add.Arguments.Length == 2)
                values.Add(add.Arguments[1].Value);
        }
    }

    /// <summary>The constant assigned to <paramref name="property"/> in the object initializer of <paramref name="creation"/>.</summary>
    public static bool TryGetInitializedString(IObjectOrCollectionInitializerOperation? initializer, IPropertySymbol? property, out string value)
    {
        value = string.Empty;
        if (initializer is null || property is null)
            return false;
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && KnownSymbols.Is(target.Property, property))
                return TryGetString(assignment.Value, out value);
        }

        return false;
    }

    /// <summary>The value assigned to <paramref name="property"/> in an object initializer.</summary>
    public static IOperation? GetInitializedValue(IObjectOrCollectionInitializerOperation? initializer, IPropertySymbol? property)
    {
        if (initializer is null || property is null)
            return null;
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when KnownSymbols.Is(target.Property, property):
                    return assignment.Value;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } nested when KnownSymbols.Is(member.Property, property):
                    return nested.Initializer;
            }
        }

        return null;
    }

    // A conservative, syntax-only check: any assignment, ++/--, or ref/out use of the same name in the
    // enclosing block means the initializer may not be the value that reaches the sink.
    private static bool IsWrittenAgain(VariableDeclaratorSyntax declarator)
    {
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null)
            return true;
        var name = declarator.Identifier.ValueText;
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left is IdentifierNameSyntax left && left.Identifier.ValueText == name:
                case PrefixUnaryExpressionSyntax prefix when prefix.Operand is IdentifierNameSyntax p && p.Identifier.ValueText == name:
                case PostfixUnaryExpressionSyntax postfix when postfix.Operand is IdentifierNameSyntax q && q.Identifier.ValueText == name:
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax r } when r.Identifier.ValueText == name:
                    return true;
            }
        }

        return false;
    }
}
