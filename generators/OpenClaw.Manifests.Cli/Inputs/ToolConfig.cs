using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>
/// <c>openclaw.yaml</c>: where a platform repo keeps its tenants, settings, assembly and output, written once
/// so that every command (and every developer) uses the same. Read from the current folder (the repository
/// root) or from <c>--config FILE</c>. Paths are relative to the file's folder. Options given on the command
/// line win over the file.
/// </summary>
internal sealed record ToolConfig
{
    public const string FileName = "openclaw.yaml";

    private static readonly string[] Keys = ["tenants", "settings", "assembly", "out", "gitops", "severities"];

    // An empty openclaw.yaml is a valid one that sets nothing.
    private static readonly YamlInput Input = new(FileName, MayBeEmpty: true);

    /// <summary>The file it came from; null when there is none.</summary>
    public string? Path { get; init; }
    public IReadOnlyList<string> Tenants { get; init; } = [];
    public string? Settings { get; init; }
    public string? Assembly { get; init; }
    public string? Out { get; init; }
    /// <summary>False when the platform generates no HelmReleases/Applications (the same as <c>--no-gitops</c>).</summary>
    public bool GitOps { get; init; } = true;
    public IReadOnlyList<(string Rule, string Level, SourceLocation At)> Severities { get; init; } = [];

    /// <summary>The config named by <paramref name="explicitPath"/>, else <c>./openclaw.yaml</c> when it exists, else an empty one.</summary>
    public static ToolConfig Find(string? explicitPath)
    {
        if (explicitPath is null && !File.Exists(FileName)) return new ToolConfig();
        var path = explicitPath ?? FileName;
        if (!File.Exists(path)) throw new InvalidDataException($"no such config file: {path}");
        return Load(path);
    }

    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> with file(line,col) on any problem.</summary>
    public static ToolConfig Load(string path)
    {
        var root = StrictYaml.ReadMapping(path, Input);
        if (root is null) return new ToolConfig { Path = path };
        var dir = System.IO.Path.GetDirectoryName(path) ?? "";
        string Resolve(string p) => System.IO.Path.IsPathRooted(p) || dir.Length == 0 ? p : System.IO.Path.Combine(dir, p);
        string Where(YamlNode n) => $"{path}({n.Line},{n.Column})";
        string Scalar(YamlNode n, string key) => n is { Kind: YamlKind.Scalar, IsNull: false, Value.Length: > 0 } ? n.Value : throw new InvalidDataException($"{Where(n)}: '{key}' must be a non-empty string");
        var config = new ToolConfig { Path = path };
        foreach (var (k, v) in root.Entries)
        {
            var key = k.Value;
            config = key switch
            {
                "tenants" => config with
                {
                    Tenants = v.Kind == YamlKind.Sequence ? v.Items.Select(i => Resolve(Scalar(i, key))).ToList() : [Resolve(Scalar(v, key))],
                },
                "settings" => config with { Settings = Resolve(Scalar(v, key)) },
                "assembly" => config with { Assembly = Resolve(Scalar(v, key)) },
                "out" => config with { Out = Resolve(Scalar(v, key)) },
                "gitops" => config with
                {
                    GitOps = Scalar(v, key) switch
                    {
                        "true" => true,
                        "false" => false,
                        _ => throw new InvalidDataException($"{Where(v)}: 'gitops' must be true or false"),
                    },
                },
                "severities" => config with
                {
                    Severities = v.Kind == YamlKind.Mapping
                        ? v.Entries.Select(e => (Scalar(e.Key, key), Scalar(e.Value, key), new SourceLocation(path, e.Key.Line, e.Key.Column))).ToList()
                        : throw new InvalidDataException($"{Where(v)}: 'severities' must map rule IDs to error, warning or none"),
                },
                _ => throw new InvalidDataException($"{Where(k)}: unknown key '{key}'; expected one of: {string.Join(", ", Keys)}"),
            };
        }
        return config;
    }
}
