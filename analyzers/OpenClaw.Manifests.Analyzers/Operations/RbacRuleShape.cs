namespace OpenClaw.Manifests.Analyzers.Operations;

/// <summary>
/// What one RBAC rule expression grants, read from either shape platform code writes:
/// an object initializer (<c>new V1PolicyRule { Verbs = ["get"] }</c>, <c>new RbacRule { … }</c>, also
/// <c>with { … }</c>) or the fluent builder (<c>RbacRule.For("", "pods").WithVerbs("get").WithResourceNames("a")</c>).
/// A list is null when the expression does not set it in a readable shape.
/// </summary>
internal sealed class RbacRuleShape
{
    private RbacRuleShape(IOperation root) => Root = root;

    /// <summary>The whole rule expression (the creation, or the outermost builder call).</summary>
    public IOperation Root { get; }

    public List<IOperation>? ApiGroups { get; private set; }

    public List<IOperation>? Resources { get; private set; }

    public List<IOperation>? Verbs { get; private set; }

    public List<IOperation>? ResourceNames { get; private set; }

    public List<IOperation>? NonResourceUrls { get; private set; }

    /// <summary>True for the builder methods of <c>RbacRule</c>.</summary>
    public static bool IsBuilderMethod(IMethodSymbol method, KnownSymbols symbols)
        => SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RbacRule)
            && method.Name is "For" or "WithVerbs" or "WithResourceNames";

    /// <summary>Reads a rule from an object creation or a <c>with</c> expression, or returns null for other types.</summary>
    public static RbacRuleShape? FromInitializer(IOperation root, ITypeSymbol? type, IObjectOrCollectionInitializerOperation? initializer, KnownSymbols symbols)
    {
        if (initializer is null || !IsRuleType(type, symbols))
            return null;
        var shape = new RbacRuleShape(root);
        shape.Merge(initializer);
        return shape;
    }

    /// <summary>
    /// Reads a rule from a builder chain; returns null unless <paramref name="invocation"/> is the outermost
    /// call of one, so that each chain is read once.
    /// </summary>
    public static RbacRuleShape? FromBuilderChain(IInvocationOperation invocation, KnownSymbols symbols)
    {
        if (!IsBuilderMethod(invocation.TargetMethod, symbols))
            return null;
        if (invocation.Parent is IInvocationOperation outer && outer.Instance == invocation && IsBuilderMethod(outer.TargetMethod, symbols))
            return null;

        var shape = new RbacRuleShape(invocation);
        IOperation? current = invocation;
        // Walk from the last call to the first: a later WithVerbs replaces an earlier one, so the first seen wins.
        while (current is IInvocationOperation call && IsBuilderMethod(call.TargetMethod, symbols))
        {
            switch (call.TargetMethod.Name)
            {
                case "WithVerbs":
                    shape.Verbs ??= ParamsElements(call, 0);
                    break;
                case "WithResourceNames":
                    shape.ResourceNames ??= ParamsElements(call, 0);
                    break;
                case "For" when call.Arguments.Length == 2:
                    shape.ApiGroups ??= new List<IOperation> { call.Arguments[0].Value };
                    shape.Resources ??= ParamsElements(call, 1);
                    break;
            }

            current = call.Instance is null ? null : ConstantValues.Unwrap(call.Instance);
        }

        switch (current)
        {
            case IObjectCreationOperation creation when creation.Initializer is not null:
                shape.Merge(creation.Initializer);
                break;
            case IWithOperation with when with.Initializer is not null:
                shape.Merge(with.Initializer);
                break;
        }

        return shape;
    }

    private static bool IsRuleType(ITypeSymbol? type, KnownSymbols symbols)
        => type is not null
            && (SymbolEqualityComparer.Default.Equals(type, symbols.V1PolicyRule) || SymbolEqualityComparer.Default.Equals(type, symbols.RbacRule));

    private static List<IOperation>? ParamsElements(IInvocationOperation call, int index)
    {
        var elements = new List<IOperation>();
        return index < call.Arguments.Length && ConstantValues.TryGetElements(call.Arguments[index].Value, elements) ? elements : null;
    }

    private void Merge(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var item in initializer.Initializers)
        {
            IPropertyReferenceOperation? target;
            IOperation? value;
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation t } assignment:
                    target = t;
                    value = assignment.Value;
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation t } member:
                    target = t;
                    value = member.Initializer;
                    break;
                default:
                    continue;
            }

            var elements = new List<IOperation>();
            if (!ConstantValues.TryGetElements(value, elements))
                elements = null;
            switch (target.Property.Name)
            {
                case "ApiGroups": ApiGroups ??= elements; break;
                case "Resources": Resources ??= elements; break;
                case "Verbs": Verbs ??= elements; break;
                case "ResourceNames": ResourceNames ??= elements; break;
                case "NonResourceURLs": NonResourceUrls ??= elements; break;
            }
        }
    }
}
