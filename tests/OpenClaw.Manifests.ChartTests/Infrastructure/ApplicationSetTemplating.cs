using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// What the Argo CD ApplicationSet controller does with a Git files generator, written for these tests
/// from Argo CD's documentation (operator manual, ApplicationSet "Git Generator" and "Go Template"
/// pages), not taken from its code: every file matching a <c>files[].path</c> glob gives one parameter
/// set, its YAML content as nested keys (<c>goTemplate: true</c> does not flatten them) plus
/// <c>path.path</c> (the folder holding the file), <c>path.basename</c>, <c>path.filename</c> and
/// <c>path.segments</c>; each string field of the template has its <c>{{ .a.b }}</c> references replaced,
/// and with <c>missingkey=error</c> an unknown reference is an error. The Application is created in the
/// ApplicationSet's namespace. Only the template features the generated ApplicationSet uses are supported;
/// anything else is refused, so the test cannot pass over a construct it does not understand.
/// </summary>
internal static partial class ApplicationSetTemplating
{
    /// <summary>The Applications of <paramref name="applicationSet"/> over the repository files <paramref name="files"/> (repository path to text).</summary>
    public static SortedDictionary<string, JsonNode> Applications(JsonNode applicationSet, IReadOnlyDictionary<string, string> files)
    {
        var spec = applicationSet["spec"]!;
        if (spec["goTemplate"]?.GetValue<bool>() != true) throw new NotSupportedException("only goTemplate: true is modelled");
        var missingKeyError = spec["goTemplateOptions"]?.AsArray().Any(o => o!.GetValue<string>() == "missingkey=error") == true;
        var apps = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var generator in spec["generators"]!.AsArray())
        {
            var git = generator!["git"] ?? throw new NotSupportedException("only the Git generator is modelled");
            foreach (var glob in git["files"]!.AsArray().Select(f => Glob(f!["path"]!.GetValue<string>())))
                foreach (var (path, text) in files.Where(f => glob.IsMatch(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    var parameters = Parameters(path, text);
                    var app = new JsonObject
                    {
                        ["apiVersion"] = "argoproj.io/v1alpha1",
                        ["kind"] = "Application",
                        ["metadata"] = Render(spec["template"]!["metadata"]!, parameters, missingKeyError),
                        ["spec"] = Render(spec["template"]!["spec"]!, parameters, missingKeyError),
                    };
                    app["metadata"]!["namespace"] = applicationSet["metadata"]!["namespace"]!.DeepClone();
                    apps.Add(app["metadata"]!["name"]!.GetValue<string>(), app);
                }
        }
        return apps;
    }

    /// <summary>The parameters of one matched file.</summary>
    public static JsonObject Parameters(string path, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var parameters = (JsonObject)ObjectSet.ToJson(stream.Documents.Single().RootNode)!;
        var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        parameters["path"] = new JsonObject
        {
            ["path"] = folder,
            ["basename"] = segments.Length > 0 ? segments[^1] : "",
            ["filename"] = path[(path.LastIndexOf('/') + 1)..],
            ["segments"] = new JsonArray(segments.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
        };
        return parameters;
    }

    private static JsonNode Render(JsonNode node, JsonObject parameters, bool missingKeyError) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Render(p.Value!, parameters, missingKeyError)))),
        JsonArray a => new JsonArray(a.Select(i => (JsonNode?)Render(i!, parameters, missingKeyError)).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(Substitute(s, parameters, missingKeyError))!,
        _ => node.DeepClone(),
    };

    private static string Substitute(string text, JsonObject parameters, bool missingKeyError)
    {
        var result = Reference().Replace(text, m =>
        {
            JsonNode? value = parameters;
            foreach (var key in m.Groups["path"].Value.Split('.')) value = value is JsonObject o && o.TryGetPropertyValue(key, out var next) ? next : null;
            if (value is JsonValue v) return v.ToString();
            if (value is null && !missingKeyError) return "<no value>";
            throw new KeyNotFoundException($"map has no entry for key \"{m.Groups["path"].Value}\" (missingkey=error) in '{text}'");
        });
        if (result.Contains("{{", StringComparison.Ordinal)) throw new NotSupportedException($"template construct not modelled: '{text}'");
        return result;
    }

    // A Git generator glob: '*' stays within one path segment, '**' crosses segments.
    private static Regex Glob(string pattern)
        => new("^" + string.Concat(Regex.Split(pattern, @"(\*\*|\*|\?)").Select(part => part switch
        {
            "**" => ".*",
            "*" => "[^/]*",
            "?" => "[^/]",
            _ => Regex.Escape(part),
        })) + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{\{\s*\.(?<path>[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
