using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Model;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// The hostile-input corpus (tests/corpus/bad) as objects: the loader refuses these tenant files, so nothing renders
/// them, but their values are what someone could apply with kubectl. A case's image goes into a pod, its extra RBAC
/// rules into a Role, its extra env (and the tenant fields the renderer writes into the controller's env) into a pod's
/// env. Every case whose expectation names a rule admission enforces is either turned into an object here or listed
/// with the reason it cannot be one, so no case drops out silently.
/// </summary>
internal static class CorpusObjects
{
    /// <summary>One corpus case as an object, and the rules its expectation names that admission enforces.</summary>
    public sealed record Case(string Name, JsonNode Object, IReadOnlyList<string> Rules);

    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "corpus", "bad");

    // Tenant fields the controller's Deployment carries as env values under these names (see the rendered env).
    private static readonly (string Section, string Field, string Env)[] EnvFields =
    [
        ("oidc", "issuerURL", "OIDC_ISSUER_URL"),
        ("oidc", "clientId", "OIDC_CLIENT_ID"),
        ("llm", "baseURL", "LLM_BASE_URL"),
        ("llm", "defaultModel", "LLM_DEFAULT_MODEL"),
    ];

    /// <summary>Cases that become objects but that admission cannot decide (the rule pages say so): they must be admitted.</summary>
    public static readonly IReadOnlyDictionary<string, string> RenderTimeOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["secret-base64"] = "base64 of a key: the CEL both Kubernetes and the evaluator have does not decode it",
        ["secret-high-entropy"] = "a high-entropy client id: CEL has no entropy measure",
    };

    /// <summary>Cases whose value never reaches a field that admission reads, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotObjects = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["duplicate-key-secret-shaped"] = "a duplicated mapping key is a property of the file; an object has one value per key",
        ["secret-annotation-aws"] = "tenant annotations become object metadata, which admission does not scan (render time scans every string)",
        ["secret-label-sk"] = "tenant labels become object metadata, which admission does not scan",
        ["secret-label-key-sk"] = "tenant labels become object metadata, which admission does not scan",
        ["secret-apikey-string"] = "a plaintext where a Secret reference belongs has no object form but the Secret's data, which admission does not read",
        ["secret-clientsecret-string"] = "a plaintext where a Secret reference belongs has no object form but the Secret's data, which admission does not read",
        ["secret-domain-sk"] = "the domain becomes Ingress hosts, which admission does not scan",
    };

    // namespace-*: the tenant placed in a shared or system namespace; the policies' scope is the namespaces labelled
    // openclaw.io/tenant, and which namespace is a tenant's is the platform's choice, decided at load time.
    private static bool IsPlacement(string name) => name.StartsWith("namespace-", StringComparison.Ordinal);

    /// <summary>Every corpus case whose expectation names one of <paramref name="rules"/>: as an object, or null with the reason.</summary>
    public static IEnumerable<(string Name, Case? Object, string? Reason)> All(IReadOnlySet<string> rules)
    {
        foreach (var expect in Directory.GetFiles(Folder, "*.expect").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(expect);
            var named = File.ReadAllLines(expect).Where(l => !l.StartsWith('#')).Select(l => l.Split(' ')[0]).Where(rules.Contains).Distinct().Order().ToList();
            if (named.Count == 0) continue;
            if (NotObjects.TryGetValue(name, out var why)) { yield return (name, null, why); continue; }
            if (IsPlacement(name)) { yield return (name, null, "a tenant placed outside its own namespace: outside the policies' scope"); continue; }
            var o = AsObject(File.ReadAllText(Path.ChangeExtension(expect, ".yaml")));
            yield return o is null ? (name, null, null) : (name, new Case(name, o, named), null);
        }
    }

    // The first of: an image, extra RBAC rules, env values; null when the file has none of them.
    private static JsonNode? AsObject(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var spec = ObjectSet.ToJson(stream.Documents.Single().RootNode)?["spec"];
        var pod = ObjectSet.FromYaml(KubectlObjects.GoodPod).Objects.Values.Single();
        var container = pod["spec"]!["containers"]![0]!;
        // The image the model refuses (the other one of the case is pinned).
        if (spec?["images"] is JsonObject images && images.Select(i => (string?)i.Value).FirstOrDefault(i => !ImageReference.TryParse(i, out _)) is { } image)
        {
            container["image"] = image;
            return pod;
        }
        if (spec?["rbac"]?["extraRules"] is JsonArray rules)
        {
            return new JsonObject
            {
                ["apiVersion"] = "rbac.authorization.k8s.io/v1",
                ["kind"] = "Role",
                ["metadata"] = new JsonObject { ["name"] = "corpus", ["namespace"] = "org-acme" },
                ["rules"] = rules.DeepClone(),
            };
        }
        var env = new JsonArray();
        foreach (var section in new[] { "controller", "runtime" })
            foreach (var e in spec?[section]?["extraEnv"] as JsonArray ?? [])
                env.Add(e!.DeepClone());
        foreach (var (section, field, name) in EnvFields)
            if (spec?[section]?[field] is JsonValue v && v.TryGetValue<string>(out var text))
                env.Add(new JsonObject { ["name"] = name, ["value"] = text });
        if (env.Count == 0) return null;
        container["env"] = env;
        return pod;
    }
}
