using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// A Kubernetes object on its way to a Helm template: the direct renderer's JSON with the values it
/// depends on replaced by Go template expressions. Written out as JSON-flow YAML (every dynamic scalar
/// through <c>toJson</c>) or, inside embedded JSON, as a <c>dict</c>/<c>list</c> expression.
/// </summary>
internal abstract record TemplateNode;

/// <summary>A mapping; entries with a <see cref="TemplateEntry.Condition"/> render only when it holds.</summary>
internal sealed record TemplateObject(List<TemplateEntry> Entries) : TemplateNode;

/// <summary>One key of a mapping.</summary>
internal sealed record TemplateEntry(string Key, TemplateNode Value, string? Condition = null);

/// <summary>
/// A list: fixed items, then the items of <paramref name="Tail"/> (a Go expression yielding a list), if any, or the
/// <paramref name="Optional"/> items, each rendered only when its condition holds.
/// </summary>
internal sealed record TemplateArray(List<TemplateNode> Items, string? Tail = null, List<TemplateOptionalItem>? Optional = null) : TemplateNode;

/// <summary>A list item that renders only when <paramref name="Condition"/> holds.</summary>
internal sealed record TemplateOptionalItem(TemplateNode Item, string Condition);

/// <summary>A constant scalar, exactly as the renderer produced it.</summary>
internal sealed record TemplateLiteral(JsonValue Value) : TemplateNode;

/// <summary>A scalar computed by a Go template pipeline (e.g. <c>include "openclaw.v.tenant.name" $</c>).</summary>
internal sealed record TemplateExpression(string Pipeline) : TemplateNode;

/// <summary>A hand-written piece: <paramref name="JsonFlow"/> prints it (it cannot be embedded in YAML written by the template).</summary>
internal sealed record TemplateRaw(string JsonFlow) : TemplateNode;

/// <summary>
/// A string that holds <paramref name="Inner"/> as block YAML (<see cref="Rendering.PodTemplateText"/>): the chart
/// builds it with dict/list in the named template <paramref name="Helper"/> and prints it with openclaw.blockYaml.
/// </summary>
internal sealed record TemplateEncodedYaml(TemplateNode Inner, string Helper) : TemplateNode;
