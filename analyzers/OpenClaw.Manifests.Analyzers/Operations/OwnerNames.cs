namespace OpenClaw.Manifests.Analyzers.Operations;

/// <summary>Names for messages: the container or pod a flagged value belongs to, when the code says so.</summary>
internal static class OwnerNames
{
    public const string Unnamed = "<unnamed>";

    // Deep enough for Deployment → Spec → Template → Spec → Containers → [i] → SecurityContext → value.
    private const int MaxDepth = 24;

    /// <summary>The constant <c>Name</c> of the enclosing <c>V1Container</c> or <c>V1EphemeralContainer</c> initializer.</summary>
    public static string Container(IOperation operation, KnownSymbols symbols)
    {
        var current = operation.Parent;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++, current = current.Parent)
        {
            if (current is IObjectCreationOperation { Initializer: { } initializer } creation)
            {
                if (SymbolEqualityComparer.Default.Equals(creation.Type, symbols.V1Container)
                    && ConstantValues.TryGetInitializedString(initializer, symbols.ContainerName, out var name))
                    return name;
                if (SymbolEqualityComparer.Default.Equals(creation.Type, symbols.V1EphemeralContainer)
                    && ConstantValues.TryGetInitializedString(initializer, symbols.EphemeralContainerName, out name))
                    return name;
            }
        }

        return Pod(operation, symbols);
    }

    /// <summary>The constant <c>Metadata.Name</c> of the nearest enclosing object (pod, deployment, template).</summary>
    public static string Pod(IOperation operation, KnownSymbols symbols)
    {
        var current = operation.Parent;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++, current = current.Parent)
        {
            if (current is not IObjectCreationOperation { Initializer: { } initializer })
                continue;
            foreach (var item in initializer.Initializers)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && target.Property.Name == "Metadata"
                    && ConstantValues.Unwrap(assignment.Value) is IObjectCreationOperation metadata
                    && ConstantValues.TryGetInitializedString(metadata.Initializer, symbols.MetadataName, out var name))
                    return name;
            }
        }

        return Unnamed;
    }
}
