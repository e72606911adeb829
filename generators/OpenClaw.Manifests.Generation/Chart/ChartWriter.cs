using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Chart.Templates;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>Writes the bp-openclaw chart into a <see cref="FileTree"/> under <c>bp-openclaw/</c>.</summary>
internal static class ChartWriter
{
    /// <summary>The folder of the chart inside the output tree.</summary>
    public const string Folder = Names.Chart;

    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(Build);

    /// <summary>Adds every chart file to <paramref name="tree"/>.</summary>
    public static void AddTo(FileTree tree)
    {
        foreach (var (path, text) in Files.Value) tree.Add(Folder + "/" + path, text);
    }

    /// <summary>The chart's files, relative to the chart folder, in ordinal order.</summary>
    public static IReadOnlyList<(string Path, string Text)> ChartFiles => Files.Value;

    private static IReadOnlyList<(string, string)> Build()
    {
        var (templates, helpers) = ChartTemplates.Build();
        var files = new List<(string, string)>
        {
            ("Chart.yaml", ChartAssets.Render("Chart.yaml", ChartAssets.Model(("chart_name", Names.Chart), ("chart_version", Names.ChartVersion)))),
            (".helmignore", ChartAssets.Render("helmignore", ChartAssets.Model())),
            ("values.yaml", ValuesFile.Write()),
            ("values.schema.json", ValuesSchema.Write()),
            ("README.md", ChartReadme.Write(templates.Select(t => (t.Kind, t.Name)))),
            ("templates/_helpers.tpl", ChartAssets.Render("_helpers.tpl", ChartAssets.Model(
                ("meta_json", MetaJson()),
                ("placeholder_convention", ValueCatalog.PlaceholderConvention),
                ("placeholder_regex", CanonicalJson.Quote("<[^<>]+>")),
                ("digest_regex", CanonicalJson.Quote(ValuePatterns.Ecma(ValuePatterns.Digest)))))),
            ("templates/NOTES.txt", ChartAssets.Render("NOTES.txt", ChartAssets.Model())),
        };
        files.AddRange(templates.Select(t => ("templates/" + t.File, t.Text)));
        files.AddRange(helpers.Select(h => ("templates/" + h.File, h.Text)));
        files.Add(("templates/upgrade-checks.yaml", RetiredValues.ChecksTemplate()));
        files.Add(("templates/_upgrade.tpl", RetiredValues.Helper(ProbeSecurityContext())));
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The probe tenant's controller pod and container security contexts, merged: what every container runs with.</summary>
    internal static JsonObject ProbeSecurityContext()
    {
        var deployment = TenantRenderer.BuildObjects(ProbeTenant.Create()).OfType<k8s.Models.V1Deployment>().Single();
        var spec = deployment.Spec.Template.Spec;
        var merged = JsonNode.Parse(k8s.KubernetesJson.Serialize(spec.SecurityContext))!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(k8s.KubernetesJson.Serialize(spec.Containers[0].SecurityContext))!.AsObject())
            merged[key] = value?.DeepClone();
        return merged;
    }

    /// <summary>The value table as the helpers read it: one line per scalar value, keys sorted.</summary>
    private static string MetaJson()
    {
        var lines = ValueCatalog.Leaves.Where(v => v.Kind is ValueKind.String or ValueKind.Integer)
            .OrderBy(v => v.Path, StringComparer.Ordinal)
            // Reparsed because CanonicalJson reads parsed (JsonElement-backed) values only.
            .Select(v => "  " + CanonicalJson.Quote(v.Path) + ": " + CanonicalJson.Write(JsonNode.Parse(new JsonObject
            {
                ["emptyMeans"] = v.EmptyMeans ?? "",
                ["legacy"] = v.Legacy ?? "",
                ["required"] = v.Required,
            }.ToJsonString())));
        return "{\n" + string.Join(",\n", lines) + "\n}";
    }
}
