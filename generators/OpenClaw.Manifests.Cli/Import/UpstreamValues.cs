using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Import;

/// <summary>A value of the upstream file that the tenant file does not carry as it was, at its position.</summary>
internal sealed record ImportNote(int Line, int Column, string Message);

/// <summary>
/// Maps a bp-openclaw 0.2.x values file (or a Flux HelmRelease carrying one under spec.values) onto the tenant format.
/// Every value is either carried to its tenant field, accepted because it is what the chart does anyway (e.g.
/// <c>networkPolicy.enabled: true</c>), or noted with its line; nothing is dropped silently. Values are checked against
/// <see cref="TenantFields"/> so that what is written loads, and the loader stays the judge.
/// </summary>
internal sealed partial class UpstreamValues
{
    private readonly JsonObject _tenant = [];
    private readonly List<ImportNote> _notes = [];
    private readonly List<ImportNote> _errors = [];
    // Legacy keycloak.* / newapi.* values, applied after the walk where the canonical value stayed empty (as the chart's helpers do).
    private readonly List<(string TenantPath, YamlNode Node)> _legacy = [];
    private readonly JsonObject _fixedSecurityContext = ChartWriter.ProbeSecurityContext();
    private YamlNode? _host;

    /// <summary>What the import produced: the tenant tree (null when a required value is missing), notes and errors.</summary>
    public sealed record Result(JsonObject? Tenant, IReadOnlyList<ImportNote> Notes, IReadOnlyList<ImportNote> Errors);

    public static Result Map(YamlNode root)
    {
        var import = new UpstreamValues();
        import.Run(root);
        var notes = import._notes.OrderBy(n => n.Line).ThenBy(n => n.Column).ToList();
        return new Result(import._errors.Count == 0 ? import._tenant : null, notes, import._errors);
    }

    private void Run(YamlNode root)
    {
        if (root.Kind != YamlKind.Mapping)
        {
            _errors.Add(new(root.Line, root.Column, $"expected a values mapping or a HelmRelease, found {root.Describe()}"));
            return;
        }
        var values = root;
        if (Get(root, "kind") is { Value: "HelmRelease" })
        {
            var spec = Get(root, "spec");
            if (spec is not null && Get(spec, "valuesFrom") is { } from && !IsEmpty(from))
                Note(from, "spec.valuesFrom: values kept in ConfigMaps or Secrets are not read; import them as a values file");
            if (spec is null || Get(spec, "values") is not { Kind: YamlKind.Mapping } inner)
            {
                _errors.Add(new(root.Line, root.Column, "a HelmRelease without spec.values: there are no values to import"));
                return;
            }
            values = inner;
        }
        else if (Get(root, "kind") is { Value: TenantFileReader.Kind })
        {
            _errors.Add(new(root.Line, root.Column, "this is already a tenant file; validate it instead"));
            return;
        }
        Walk(values, "");
        foreach (var (path, node) in _legacy)
            if (Lookup(path) is null) Scalar(node, path);
        Domain();
        Required(TenantFields.Root, "", values);
    }

    // A value no field takes is noted at its own line; a list at its key (its node starts at the first item).
    private void Walk(YamlNode node, string path, YamlNode? key = null)
    {
        if (IsEmpty(node)) return; // sets nothing, in the chart or here
        if (Handler(path) is { } handle)
        {
            handle(node);
            return;
        }
        if (node.Kind == YamlKind.Mapping)
            foreach (var (k, value) in node.Entries) Walk(value, path.Length == 0 ? k.Value : path + "." + k.Value, k);
        else
            Note(node.Kind == YamlKind.Sequence && key is not null ? key : node, $"{path}: no equivalent in the tenant format; not carried");
    }

    private Action<YamlNode>? Handler(string path) => path switch
    {
        "tenant.name" => n => Scalar(n, "metadata.name"),
        "tenant.namespace" => n => Scalar(n, "spec.namespace"),
        "ingress.enabled" or "ingress.tls.enabled" or "networkPolicy.enabled" or "serviceAccount.create" or "assertNoPlaceholders"
            => n => Expect(n, path, "true", "this chart always does this"),
        "ingress.host" => n => _host = n,
        "ingress.className" => n => Scalar(n, "spec.ingress.className"),
        "ingress.clusterIssuer" or "ingress.tls.issuer" => n => Scalar(n, "spec.ingress.clusterIssuer"),
        "ingress.tls" => n =>
        {
            if (n.Kind == YamlKind.Mapping) foreach (var (k, v) in n.Entries) Walk(v, "ingress.tls." + k.Value);
            else Expect(n, path, "true", "this chart always does this");
        }
        ,
        "ingress.controllerNamespace" => n => Scalar(n, "spec.ingress.controllerNamespace"),
        "oidc.issuerURL" or "oidc.clientId" or "oidc.internalIssuerURL" or "oidc.clientSecret.name" or "oidc.clientSecret.key"
            or "llm.baseURL" or "llm.defaultModel" or "llm.apiKey.name" or "llm.apiKey.key"
            => n => Scalar(n, "spec." + path),
        "oidc.internalIssuerTargetPort" => n => { if (n.Value != "0") Scalar(n, "spec." + path); }
        ,
        "keycloak.realmURL" => n => _legacy.Add(("spec.oidc.issuerURL", n)),
        "keycloak.clientID" => n => _legacy.Add(("spec.oidc.clientId", n)),
        "keycloak.clientSecretName" => n => _legacy.Add(("spec.oidc.clientSecret.name", n)),
        "newapi.baseURL" => n => _legacy.Add(("spec.llm.baseURL", n)),
        "controller.image" => n => Image(n, path, "spec.images.controller"),
        "perUserPod.image" => n => Image(n, path, "spec.images.runtime"),
        "controller.replicas" => n => Scalar(n, "spec.controller.replicas"),
        "controller.extraEnv" => n => Env(n, path, "spec.controller.extraEnv"),
        "perUserPod.extraEnv" => n => Env(n, path, "spec.runtime.extraEnv"),
        "perUserPod.idleTimeoutMinutes" => n => Scalar(n, "spec.runtime.idleTimeoutMinutes"),
        "imagePullSecrets" => PullSecrets,
        "controller.securityContext" or "perUserPod.securityContext" => n => SecurityContext(n, path),
        "serviceMonitor" => n =>
        {
            // enabled: false with its siblings is what this chart does (no ServiceMonitor); true cannot be carried.
            if (Get(n, "enabled") is { } on && on.Value is "true" or "True")
                Note(on, "serviceMonitor.enabled: true: this chart renders no ServiceMonitor; scrape the controller's /metrics on port 8080 from your own");
        }
        ,
        "quota.cpu" or "quota.memory" or "quota.pods" => n => Scalar(n, "spec." + path),
        "networkPolicy.apiServerCIDRs" or "networkPolicy.oidcCIDRs" or "networkPolicy.llmCIDRs"
            => n => StringList(n, path, "spec.network." + path[(path.IndexOf('.') + 1)..]),
        _ when Resource().Match(path) is { Success: true } m
            => n => Scalar(n, $"spec.{(m.Groups[1].Value == "perUserPod" ? "runtime" : "controller")}.resources.{m.Groups[2].Value}.{m.Groups[3].Value}"),
        _ => null,
    };

    [GeneratedRegex(@"^(controller|perUserPod)\.resources\.(requests|limits)\.(cpu|memory)$")]
    private static partial Regex Resource();

    /// <summary>A scalar carried to <paramref name="tenantPath"/> when it fits that field; noted otherwise.</summary>
    private void Scalar(YamlNode node, string tenantPath)
    {
        var field = TenantFields.At(tenantPath);
        if (Fits(node, field) is { } why)
        {
            Note(node, $"{tenantPath}: {why}; not carried");
            return;
        }
        Set(tenantPath, field.Kind == FieldKind.Integer ? JsonValue.Create(int.Parse(node.Value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(node.Value));
    }

    private static string? Fits(YamlNode node, TenantField field)
    {
        if (node.Kind != YamlKind.Scalar) return $"expected a value, found {node.Describe()}";
        var v = node.Value;
        if (field.Kind == FieldKind.Integer)
            return int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= field.Minimum && i <= field.Maximum
                ? null : $"'{v}' is not a whole number in {field.Minimum}..{field.Maximum}";
        if (field.NetPattern is { } p && !p.IsMatch(v)) return $"'{Shown(v)}' does not match {p}";
        if (field.MaxLength is { } max && v.Length > max) return $"longer than {max} characters";
        return null;
    }

    private void Expect(YamlNode node, string path, string accepted, string why)
    {
        if (!string.Equals(node.Value, accepted, StringComparison.OrdinalIgnoreCase))
            Note(node, $"{path}: {node.Value}: not supported ({why}: {path}: {accepted}); not carried");
    }

    private void Image(YamlNode node, string path, string tenantPath)
    {
        if (node.Kind != YamlKind.Mapping)
        {
            Note(node, $"{path}: expected {{repository, tag, digest}}, found {node.Describe()}; not carried");
            return;
        }
        YamlNode? repository = null, tag = null, digest = null;
        foreach (var (key, value) in node.Entries)
        {
            switch (key.Value)
            {
                case "repository": repository = value; break;
                case "tag": tag = IsEmpty(value) ? null : value; break;
                case "digest": digest = IsEmpty(value) ? null : value; break;
                default: Walk(value, path + "." + key.Value); break;
            }
        }
        if (repository is null || IsEmpty(repository) || !Regex.IsMatch(repository.Value, ValuePatterns.Net(ValuePatterns.Repository))) { Note(repository ?? node, $"{path}.repository: missing or not an image repository; not carried"); return; }
        if (tag is not null && !Regex.IsMatch(tag.Value, ValuePatterns.Net(ValuePatterns.Tag))) { Note(tag, $"{path}.tag: '{tag.Value}' is not an image tag; not carried"); tag = null; }
        if (digest is not null && !ImageDigestRule.IsDigest(digest.Value)) { Note(digest, $"{path}.digest: '{digest.Value}' is not a sha256 digest; not carried"); digest = null; }
        if (digest is not null)
        {
            Set(tenantPath, ImageDigestRule.Compose(repository.Value, digest.Value, tag?.Value));
            return;
        }
        // Written without a digest so validate names the line too; a made-up digest would deploy nothing.
        var at = tag ?? repository;
        Set(tenantPath, tag is null ? repository.Value : repository.Value + ":" + tag.Value);
        Note(at, $"OCM0001: {path} has {(tag is null ? "no tag and" : $"tag '{tag.Value}' and")} no digest; written as {Lookup(tenantPath)}: pin it by digest (repository@sha256:<64 hex>)");
    }

    private void Env(YamlNode node, string path, string tenantPath)
    {
        if (node.Kind != YamlKind.Sequence) { Note(node, $"{path}: expected a list, found {node.Describe()}; not carried"); return; }
        var items = new JsonArray();
        foreach (var item in node.Items)
        {
            var name = Get(item, "name");
            var value = Get(item, "value");
            // Kubernetes' own shape (valueFrom.secretKeyRef) and the chart's shorthand (secretKeyRef) both mean a Secret key.
            var secret = Get(item, "secretKeyRef") ?? (Get(item, "valueFrom") is { } from ? Get(from, "secretKeyRef") : null);
            var secretName = secret is null ? null : Get(secret, "name");
            var secretKey = secret is null ? null : Get(secret, "key");
            var known = item.Kind == YamlKind.Mapping && item.Entries.All(e => e.Key.Value is "name" or "value" or "secretKeyRef" or "valueFrom")
                && (Get(item, "valueFrom") is null || Get(item, "valueFrom")!.Entries.All(e => e.Key.Value == "secretKeyRef"));
            if (!known || name is null || (value is null) == (secretName is null || secretKey is null)
                || Fits(name, TenantFields.At(tenantPath)["name"]) is not null || TenantFields.At(tenantPath)["name"].Forbidden.Contains(name.Value))
            {
                Note(item, $"{path}: an entry other than {{name, value}} or {{name, secretKeyRef: {{name, key}}}} with a name the library does not set itself; not carried");
                continue;
            }
            var env = new JsonObject { ["name"] = name.Value };
            if (value is not null) env["value"] = value.Value;
            else env["secretKeyRef"] = new JsonObject { ["name"] = secretName!.Value, ["key"] = secretKey!.Value };
            items.Add((JsonNode)env);
        }
        if (items.Count > 0) Set(tenantPath, items);
    }

    private void PullSecrets(YamlNode node)
    {
        if (node.Kind != YamlKind.Sequence) { Note(node, $"imagePullSecrets: expected a list, found {node.Describe()}; not carried"); return; }
        var names = new JsonArray();
        foreach (var item in node.Items)
        {
            // 0.2.x takes [{name: regcred}] as Kubernetes does; a bare name is accepted too.
            var name = item.Kind == YamlKind.Mapping && item.Entries.Count == 1 ? Get(item, "name") : item.Kind == YamlKind.Scalar ? item : null;
            if (name is null || Fits(name, TenantFields.At("spec.imagePullSecrets")) is { })
                Note(item, "imagePullSecrets: an entry other than {name: <Secret name>}; not carried");
            else names.Add((JsonNode)name.Value);
        }
        if (names.Count > 0) Set("spec.imagePullSecrets", names);
    }

    private void StringList(YamlNode node, string path, string tenantPath)
    {
        var field = TenantFields.At(tenantPath);
        if (node.Kind != YamlKind.Sequence || node.Items.Any(i => i.Kind != YamlKind.Scalar || (field.NetPattern is { } p && !p.IsMatch(i.Value))))
        {
            Note(node, $"{path}: expected a list matching {field.NetPattern}; not carried");
            return;
        }
        Set(tenantPath, new JsonArray(node.Items.Select(i => (JsonNode?)JsonValue.Create(i.Value)).ToArray()));
    }

    private void SecurityContext(YamlNode node, string path)
    {
        if (node.Kind != YamlKind.Mapping) { Note(node, $"{path}: expected a mapping, found {node.Describe()}; not carried"); return; }
        foreach (var (key, value) in node.Entries)
            if (ToJson(value)?.ToJsonString() != _fixedSecurityContext[key.Value]?.ToJsonString())
                Note(key, $"{path}.{key.Value}: {ToJson(value)?.ToJsonString() ?? "null"}: this chart fixes the security context ({(_fixedSecurityContext[key.Value] is { } v ? key.Value + ": " + v.ToJsonString() : "it sets no " + key.Value)}); not carried");
    }

    // spec.domain: the ingress host without its first label; the host itself is kept unless it is the default openclaw.<domain>.
    private void Domain()
    {
        if (_host is null) return;
        var host = _host.Value;
        var dot = host.IndexOf('.');
        if (dot <= 0 || Fits(_host, TenantFields.At("spec.domain")) is { } why)
        {
            Note(_host, $"ingress.host: '{Shown(host)}' is not a host name with a domain; not carried");
            return;
        }
        Set("spec.domain", host[(dot + 1)..]);
        if (!host.StartsWith("openclaw.", StringComparison.Ordinal)) Set("spec.ingress.host", host);
    }

    // Every required field whose parent is present (or required) must have been set.
    private void Required(TenantField field, string prefix, YamlNode values)
    {
        foreach (var f in field.Fields)
        {
            var path = prefix.Length == 0 ? f.Name : prefix + "." + f.Name;
            if (path is "apiVersion" or "kind") continue;
            var present = Lookup(path) is not null;
            if (f.Required && !present && field.Kind == FieldKind.Mapping && (prefix.Length == 0 || field.Required || Lookup(prefix) is not null))
            {
                if (path.EndsWith(".key", StringComparison.Ordinal) && Lookup(prefix) is not null) { Set(path, DefaultKey(prefix)); continue; }
                if (f.Kind != FieldKind.Mapping) _errors.Add(new(values.Line, values.Column, $"{path}: required, and the file sets nothing it can be taken from ({From(path)})"));
            }
            if (f.Kind == FieldKind.Mapping && (f.Required || present)) Required(f, path, values);
        }
    }

    private static string DefaultKey(string secretPath) => secretPath.EndsWith("clientSecret", StringComparison.Ordinal) ? "OIDC_CLIENT_SECRET" : "NEWAPI_KEY";

    private static string From(string path) => path switch
    {
        "metadata.name" => "tenant.name",
        "spec.domain" => "ingress.host",
        "spec.oidc.issuerURL" => "oidc.issuerURL or keycloak.realmURL",
        "spec.oidc.clientSecret.name" => "oidc.clientSecret.name or keycloak.clientSecretName",
        "spec.llm.baseURL" => "llm.baseURL or newapi.baseURL",
        "spec.llm.apiKey.name" => "llm.apiKey.name",
        "spec.images.controller" => "controller.image.repository",
        "spec.images.runtime" => "perUserPod.image.repository",
        _ => path,
    };

    private void Set(string path, JsonNode value)
    {
        var parts = path.Split('.');
        var o = _tenant;
        foreach (var p in parts[..^1])
        {
            if (o[p] is not JsonObject child) o[p] = child = [];
            o = child;
        }
        o[parts[^1]] = value;
    }

    private JsonNode? Lookup(string path)
        => path.Split('.').Aggregate((JsonNode?)_tenant, (n, p) => n is JsonObject o ? o[p] : null);

    private void Note(YamlNode at, string message) => _notes.Add(new(at.Line, at.Column, message));

    private static YamlNode? Get(YamlNode node, string key)
        => node.Kind == YamlKind.Mapping ? node.Entries.FirstOrDefault(e => e.Key.Value == key).Value : null;

    private static bool IsEmpty(YamlNode n) => n.Kind switch
    {
        YamlKind.Scalar => n.IsNull || n.Value.Length == 0,
        YamlKind.Mapping => n.Entries.Count == 0,
        _ => n.Items.Count == 0,
    };

    private static JsonNode? ToJson(YamlNode n) => n.Kind switch
    {
        YamlKind.Mapping => new JsonObject(n.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlKind.Sequence => new JsonArray(n.Items.Select(ToJson).ToArray()),
        _ when n.IsNull => null,
        _ when n.IsBool => JsonValue.Create(n.Value is "true" or "True" or "TRUE"),
        _ when n.Plain && long.TryParse(n.Value, out var i) => JsonValue.Create(i),
        _ => JsonValue.Create(n.Value),
    };

    private static string Shown(string text) => SecretHeuristics.DescribeCredential(text) is null ? text : "(a value shaped like a credential, withheld)";
}
