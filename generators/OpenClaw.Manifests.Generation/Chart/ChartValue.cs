using System.Text.Json.Nodes;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>
/// One row of the chart's value table: everything values.yaml, values.schema.json, the README, the
/// templates and the per-tenant overlays need to know about a value, in one place.
/// </summary>
internal sealed record ChartValue
{
    /// <summary>Dotted path, e.g. <c>oidc.clientSecret.name</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The value's shape.</summary>
    public required ValueKind Kind { get; init; }

    /// <summary>One or two sentences for values.yaml, the schema and the README.</summary>
    public required string Description { get; init; }

    /// <summary>The default in the chart's values.yaml (null for groups and images).</summary>
    public JsonNode? Default { get; init; }

    /// <summary>The chart refuses to render while the value is empty.</summary>
    public bool Required { get; init; }

    /// <summary>Regular expression a non-empty value must match (schema <c>pattern</c>).</summary>
    public string? Pattern { get; init; }

    /// <summary>Short name of the pattern for the README (e.g. "https URL").</summary>
    public string? Format { get; init; }

    /// <summary>Longest accepted string.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest accepted integer, or fewest list items.</summary>
    public int? Minimum { get; init; }

    /// <summary>Largest accepted integer.</summary>
    public int? Maximum { get; init; }

    /// <summary>Legacy (bp-openclaw 0.1/0.2) value read when this one is empty.</summary>
    public string? Legacy { get; init; }

    /// <summary>What an empty value means once the legacy fallback is also empty (e.g. client id <c>openclaw</c>).</summary>
    public string? EmptyMeans { get; init; }

    /// <summary>
    /// A switch printed nowhere: it only decides which objects render (<c>exposure</c>), so no template binds its token.
    /// </summary>
    public bool Switch { get; init; }

    /// <summary>This value's setting for a tenant, in values form; null when the model has no such setting (chart-only knobs).</summary>
    public Func<Tenant, JsonNode?>? FromTenant { get; init; }

    /// <summary>
    /// The Go template pipeline that prints the value through _helpers.tpl: legacy fallback, empty meaning,
    /// required and placeholder checks for scalars; digest checks for images.
    /// </summary>
    public string Pipeline => Kind == ValueKind.Image
        ? $"include \"openclaw.image\" (list $ \"{Path}\")"
        : $"include \"openclaw.value\" (list $ \"{Path}\")";

    /// <summary>The value as a Go template field chain from the root context.</summary>
    public string ValuesExpression => "$.Values." + Path;
}
