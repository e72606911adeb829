using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// A probe token and the template expression that replaces it wherever the renderer printed it whole.
/// An optional binding drops its mapping entry when the value is empty (the renderer omits null fields).
/// </summary>
internal sealed record Binding(string Path, JsonValue Token, string Pipeline, string? OptionalWhen = null);

/// <summary>
/// A list value: a list item holding <paramref name="ItemToken"/> at <paramref name="TokenAt"/> (a path
/// inside the item, e.g. <c>ipBlock.cidr</c>) was produced from the value's list, so the item is replaced
/// by <paramref name="Tail"/>, a Go expression yielding the items.
/// </summary>
internal sealed record ListBinding(string Path, string ItemToken, string TokenAt, string Tail)
{
    /// <summary>True when <paramref name="item"/> is the probe's item of this list.</summary>
    public bool IsItem(System.Text.Json.Nodes.JsonNode? item)
    {
        var node = item;
        foreach (var part in TokenAt.Split('.'))
            node = node switch
            {
                System.Text.Json.Nodes.JsonObject o => o[part],
                System.Text.Json.Nodes.JsonArray a when int.TryParse(part, out var i) && i < a.Count => a[i],
                _ => null,
            };
        return node is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() == ItemToken;
    }
}

/// <summary>
/// A list item the renderer emits only for some tenants (the data volume and its mount): the item whose
/// <paramref name="Key"/> holds <paramref name="Value"/> renders in the chart only when <paramref name="Condition"/>
/// holds. <paramref name="Path"/> names the value that decides it.
/// </summary>
internal sealed record OptionalItemBinding(string Path, string Key, string Value, string Condition)
{
    /// <summary>True when <paramref name="item"/> is this optional item.</summary>
    public bool IsItem(System.Text.Json.Nodes.JsonNode? item)
        => item is System.Text.Json.Nodes.JsonObject o && o[Key] is System.Text.Json.Nodes.JsonValue v
            && v.GetValueKind() == System.Text.Json.JsonValueKind.String && v.GetValue<string>() == Value;
}
