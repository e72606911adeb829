namespace OpenClaw.Manifests.Analyzers.Operations;

/// <summary>
/// Cheap type tests that let the rules skip most assignments (objects, numbers, booleans) before reading values.
/// Most assignments in tenant code build nested objects, which hold no string of their own.
/// </summary>
internal static class StringShapes
{
    /// <summary>A string, or a generic collection of strings (<c>IList&lt;string&gt;</c>, <c>string[]</c>).</summary>
    public static bool IsStringOrStrings(ITypeSymbol? type) => type switch
    {
        null => false,
        { SpecialType: SpecialType.System_String } => true,
        IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_String,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType == SpecialType.System_String,
        _ => false,
    };

    /// <summary>Also dictionaries whose values are strings (annotations, labels, ConfigMap data).</summary>
    public static bool MayHoldStrings(ITypeSymbol? type)
        => IsStringOrStrings(type)
            || (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 2 } named && named.TypeArguments[1].SpecialType == SpecialType.System_String);
}
