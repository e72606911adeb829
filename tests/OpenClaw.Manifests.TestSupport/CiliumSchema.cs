using NJsonSchema;
using NJsonSchema.Validation;

namespace OpenClaw.Manifests.TestSupport;

/// <summary>
/// The committed, trimmed CiliumNetworkPolicy schema (<c>ciliumnetworkpolicy.schema.json</c>, see README.md beside
/// it) as a validator for one rendered object. Cilium's CRD is on no registry the build can reach, so the schema is
/// test data read in place from the repository (tests/OpenClaw.Manifests.Tests/Schema/Cilium/), as the other schema tests
/// read theirs, not copied to the output. Shared: the unit tests check rendered policies with it, the chart tests Helm's.
/// </summary>
public static class CiliumSchema
{
    /// <summary>Where the schema lives, found from the repository root.</summary>
    public static string SchemaPath { get; } =
        Path.Combine(RepoPaths.Root, "tests", "OpenClaw.Manifests.Tests", "Schema", "Cilium", "ciliumnetworkpolicy.schema.json");

    // Parsed once for the whole run: parsing resolves every $ref, and test classes run in parallel
    // (Lazy's default mode lets only one thread build it).
    private static readonly Lazy<JsonSchema> Schema =
        new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    /// <summary>
    /// Every schema error of one object's JSON as "path: kind" (for example
    /// <c>#/spec.egress[1].toFQDN: NoAdditionalPropertiesAllowed</c>); empty when the object passes.
    /// </summary>
    public static IReadOnlyList<string> Errors(string objectJson)
    {
        var messages = new List<string>();
        foreach (var error in Schema.Value.Validate(objectJson))
            Describe(error, "", messages);
        return messages;
    }

    // A failed oneOf/anyOf is reported by NJsonSchema as one error on the object (NotOneOf, NotAnyOf) that holds the
    // errors of each branch. The branch errors say which field was missing, so they are listed too, indented below
    // the error that holds them; otherwise a message would only say "NotOneOf" without naming the field.
    private static void Describe(ValidationError error, string indent, List<string> into)
    {
        into.Add($"{indent}{error.Path ?? "#"}: {error.Kind}");
        if (error is not ChildSchemaValidationError child)
            return;
        foreach (var branch in child.Errors.Values)
        {
            foreach (var inner in branch)
                Describe(inner, indent + "  ", into);
        }
    }
}
