using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>
/// The chart's hand-written text (Chart.yaml, helpers, NOTES, README, .helmignore): Scriban templates
/// embedded in this assembly. Go template braces inside them sit in Scriban escape blocks <c>{%{ … }%}</c>.
/// </summary>
internal static class ChartAssets
{
    /// <summary>Renders the embedded asset <paramref name="name"/> (without <c>.scriban</c>) with <paramref name="model"/>.</summary>
    public static string Render(string name, ScriptObject model)
    {
        var resource = name + ".scriban";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"asset {resource} is not embedded");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors) throw new InvalidOperationException($"{resource}: " + string.Join("; ", template.Messages));
        var context = new TemplateContext { StrictVariables = true, NewLine = "\n" };
        context.PushGlobal(model);
        return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A Scriban object from name/value pairs (names as the templates spell them).</summary>
    public static ScriptObject Model(params (string Name, object? Value)[] entries)
    {
        var o = new ScriptObject();
        foreach (var (n, v) in entries) o[n] = v;
        return o;
    }
}
