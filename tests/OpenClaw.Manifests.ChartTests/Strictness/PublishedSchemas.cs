using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Strictness;

/// <summary>
/// Field names of the CRD kinds (Flux, Argo CD, Gateway API, Prometheus operator) as published in the <c>kubernetes-models</c> npm packages that
/// <c>kube-validate</c> installs. The packages ship their OpenAPI-derived schemas compiled into validators that
/// allow unknown fields, and, from the same schemas, one TypeScript declaration per type listing every field with
/// its type. This reads those declarations: an object's field that its type does not declare is unknown.
/// A type declared with no fields at all (apiextensions <c>JSON</c>, Helm values) is free-form and not entered.
/// </summary>
internal sealed partial class PublishedSchemas
{
    // The same group-to-package table as kube-validate's validate.mjs.
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["argoproj.io"] = "@kubernetes-models/argo-cd",
        ["helm.toolkit.fluxcd.io"] = "@kubernetes-models/flux-cd",
        ["source.toolkit.fluxcd.io"] = "@kubernetes-models/flux-cd",
        ["kustomize.toolkit.fluxcd.io"] = "@kubernetes-models/flux-cd",
        ["gateway.networking.k8s.io"] = "@kubernetes-models/gateway-api",
        ["monitoring.coreos.com"] = "@kubernetes-models/prometheus-operator",
    };

    private readonly string _modules;
    private readonly Dictionary<string, Shape> _files = new(StringComparer.Ordinal);

    private PublishedSchemas(string modules) => _modules = modules;

    /// <summary>The packages of the shared kube-validate, installed (by running it once) if they are not yet.</summary>
    public static PublishedSchemas Installed { get; } = new(FindModules());

    /// <summary>True when the package table covers the object's API group.</summary>
    public static bool Covers(JsonNode obj) => Packages.ContainsKey(Group(obj));

    /// <summary>The unknown fields of <paramref name="obj"/> as JSON paths (empty when every field is published).</summary>
    public List<string> UnknownFields(JsonNode obj)
    {
        var (group, version) = (Group(obj), obj["apiVersion"]!.GetValue<string>().Split('/')[1]);
        var file = Path.Combine(_modules, Packages[group], group, version, obj["kind"]!.GetValue<string>() + ".d.ts");
        if (!File.Exists(file)) throw new InvalidOperationException($"no published declaration for {obj["apiVersion"]} {obj["kind"]} at {file}");
        var unknown = new List<string>();
        Walk(obj, Load(file), "$", unknown);
        return unknown;
    }

    private static string Group(JsonNode obj) => obj["apiVersion"]?.GetValue<string>() is { } v && v.Contains('/') ? v.Split('/')[0] : "";

    private void Walk(JsonNode? node, Shape shape, string path, List<string> unknown)
    {
        switch (shape, node)
        {
            case (Shape.Ref r, _):
                Walk(node, Load(r.File), path, unknown);
                break;
            case (Shape.Fields f, JsonObject o) when f.Members.Count > 0:
                foreach (var (key, value) in o)
                {
                    if (f.Members.TryGetValue(key, out var member)) Walk(value, member, $"{path}.{key}", unknown);
                    else unknown.Add($"{path}.{key}");
                }
                break;
            case (Shape.MapOf m, JsonObject o):
                foreach (var (key, value) in o) Walk(value, m.Value, $"{path}.{key}", unknown);
                break;
            case (Shape.ArrayOf a, JsonArray items):
                for (var i = 0; i < items.Count; i++) Walk(items[i], a.Item, $"{path}[{i}]", unknown);
                break;
        }
    }

    /// <summary>What the declarations say a value is; only objects, maps, arrays and references are entered.</summary>
    private abstract record Shape
    {
        public sealed record Fields(Dictionary<string, Shape> Members) : Shape;
        public sealed record MapOf(Shape Value) : Shape;
        public sealed record ArrayOf(Shape Item) : Shape;
        public sealed record Ref(string File) : Shape;
        public sealed record Leaf : Shape;
    }

    private Shape Load(string file)
    {
        lock (_files)
        {
            if (_files.TryGetValue(file, out var known)) return known;
            var text = File.ReadAllText(file);
            var imports = Import().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => Resolve(file, m.Groups["from"].Value), StringComparer.Ordinal);
            var start = Interface().Match(text);
            // A file without an interface declares a type alias (an enum, a union): a leaf.
            Shape shape = new Shape.Leaf();
            if (start.Success)
            {
                var parser = new Parser(text, start.Index + start.Length - 1, name => imports.TryGetValue(name, out var f) ? new Shape.Ref(f) : new Shape.Leaf());
                shape = parser.Type();
                // An interface that extends others (the Gateway API's HTTPRouteSpec extends CommonRouteSpec, which
                // declares parentRefs) has their fields too.
                if (shape is Shape.Fields fields)
                    foreach (var name in start.Groups["bases"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        if (imports.TryGetValue(name, out var baseFile) && Load(baseFile) is Shape.Fields inherited)
                            foreach (var (key, member) in inherited.Members) fields.Members.TryAdd(key, member);
            }
            return _files[file] = shape;
        }
    }

    private string Resolve(string from, string module)
    {
        var path = module.StartsWith('.') ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from)!, module)) : Path.Combine(_modules, module);
        return Path.ChangeExtension(path.EndsWith(".js", StringComparison.Ordinal) ? path[..^3] : path, null) + ".d.ts";
    }

    /// <summary>A small reader of the TypeScript type syntax these declarations use: <c>{ "f"?: T; }</c>, <c>{ [key: string]: T; }</c>, <c>Array&lt;T&gt;</c>, names, literals, unions.</summary>
    private sealed class Parser(string text, int position, Func<string, Shape> named)
    {
        private int _pos = position;

        public Shape Type()
        {
            var first = Single();
            Skip();
            if (Peek() != '|') return first;
            while (Peek() == '|')
            {
                _pos++;
                Single();
                Skip();
            }
            return new Shape.Leaf(); // a union of scalars (int-or-string and the like)
        }

        private Shape Single()
        {
            Skip();
            if (Peek() == '{') return Braced();
            if (Peek() == '"')
            {
                Quoted();
                return new Shape.Leaf();
            }
            var name = Word();
            if (name == "Array")
            {
                Expect('<');
                var item = Type();
                Expect('>');
                return new Shape.ArrayOf(item);
            }
            return name is "string" or "number" or "boolean" or "any" or "null" or "object" ? new Shape.Leaf() : named(name);
        }

        private Shape Braced()
        {
            Expect('{');
            var members = new Dictionary<string, Shape>(StringComparer.Ordinal);
            Shape? map = null;
            while (true)
            {
                Skip();
                if (Peek() == '}')
                {
                    _pos++;
                    return map ?? new Shape.Fields(members);
                }
                if (Peek() == '[')
                {
                    while (text[_pos] != ']') _pos++;
                    _pos++;
                    Expect(':');
                    map = new Shape.MapOf(Type());
                }
                else
                {
                    var name = Quoted();
                    Skip();
                    if (Peek() == '?') _pos++;
                    Expect(':');
                    members[name] = Type();
                }
                Skip();
                if (Peek() == ';') _pos++;
            }
        }

        private string Quoted()
        {
            Expect('"');
            var end = text.IndexOf('"', _pos);
            var s = text[_pos..end];
            _pos = end + 1;
            return s;
        }

        private string Word()
        {
            var start = _pos;
            while (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_') _pos++;
            if (_pos == start) throw new FormatException($"unexpected '{text[_pos]}' at {_pos}");
            return text[start.._pos];
        }

        private void Expect(char c)
        {
            Skip();
            if (Peek() != c) throw new FormatException($"expected '{c}' at {_pos}, found '{Peek()}'");
            _pos++;
        }

        private char Peek() => text[_pos];

        // Whitespace and the /** ... */ comments the declarations carry on every field.
        private void Skip()
        {
            while (true)
            {
                while (char.IsWhiteSpace(text[_pos])) _pos++;
                if (text[_pos] != '/' || text[_pos + 1] != '*') return;
                _pos = text.IndexOf("*/", _pos + 2, StringComparison.Ordinal) + 2;
            }
        }
    }

    private static string FindModules()
    {
        var source = Path.Combine(SharedFolder.Path, "tools", "kube-validate");
        var cacheRoot = Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } x ? x : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "openclaw-tools");
        string? Match() => Directory.Exists(cacheRoot)
            ? Directory.EnumerateDirectories(cacheRoot, "kube-validate-*").FirstOrDefault(d => File.Exists(Path.Combine(d, ".ready"))
                && Same(Path.Combine(d, "package-lock.json"), Path.Combine(source, "package-lock.json"))
                && Same(Path.Combine(d, "validate.mjs"), Path.Combine(source, "validate.mjs")))
            : null;
        // kube-validate installs its packages on first use; run it once on nothing when they are not there yet.
        if (Match() is null) KubeValidate.Run(Path.Combine(source, "package.json"));
        return Path.Combine(Match() ?? throw new InvalidOperationException($"kube-validate's packages not found under {cacheRoot}"), "node_modules");
    }

    private static bool Same(string a, string b) => File.Exists(a) && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    [GeneratedRegex(@"^import \{ (?<name>\w+) \} from ""(?<from>[^""]+)"";", RegexOptions.Multiline)]
    private static partial Regex Import();

    [GeneratedRegex(@"^export interface \w+(?: extends (?<bases>[\w, ]+))? \{", RegexOptions.Multiline)]
    private static partial Regex Interface();
}
