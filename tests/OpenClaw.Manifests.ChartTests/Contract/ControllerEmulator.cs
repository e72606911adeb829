using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// Does, step by step, what the controller does with one tenant's rendered objects (<see cref="ControllerFacts"/>):
/// the kubelet projects the pod-template ConfigMap into the controller's container, the controller reads its
/// environment and the template file, a user with a random sub arrives, the template is stamped as text and
/// parsed as the API server would, and the pod, the NetworkPolicies (with the CiliumNetworkPolicies, as Cilium enforces
/// both) and the Role are checked against what the controller and the pod then need, and with Cilium against what they
/// must not get. Every finding names the check it belongs to; every [network] finding starts with its
/// <see cref="NetworkChecks"/> name.
/// </summary>
internal sealed class ControllerEmulator
{
    /// <summary>The checks, in the order they run; a later check is skipped once an earlier one has no input.</summary>
    public static readonly string[] Checks = ["mount", "environment", "stamp", "strict-yaml", "pod", "reaper", "secrets", "policy", "network", "rbac", "checksum"];

    public sealed record Finding(string Check, string Message)
    {
        public override string ToString() => $"[{Check}] {Message}";
    }

    private readonly Tenant _tenant;
    private readonly List<JsonNode> _objects;
    private readonly List<Finding> _findings = [];

    public ControllerEmulator(Tenant tenant, IEnumerable<JsonNode> objects)
    {
        _tenant = tenant;
        _objects = objects.ToList();
    }

    /// <summary>The stamped pod's text, once <see cref="Run"/> got that far.</summary>
    public string? Stamped { get; private set; }

    /// <summary>The stamped pod, once parsed.</summary>
    public V1Pod? Pod { get; private set; }

    /// <summary>Runs every check for a user with <paramref name="sub"/> arriving at <paramref name="now"/>.</summary>
    public IReadOnlyList<Finding> Run(string sub, DateTimeOffset now)
    {
        var deployment = One<V1Deployment>("Deployment", Rendering.Names.Controller);
        if (deployment?.Spec?.Template?.Spec is not { } spec) return Fail("mount", "no controller Deployment");
        var container = spec.Containers.FirstOrDefault(c => c.Name == "controller") ?? spec.Containers[0];
        var configMaps = All<V1ConfigMap>("ConfigMap").ToDictionary(c => c.Metadata.Name, StringComparer.Ordinal);

        // The kubelet, then the controller's start-up read.
        var problems = new List<string>();
        var files = Kubelet.ConfigMapFiles(spec, container, configMaps, problems);
        foreach (var p in problems) Add("mount", p);
        if (!files.TryGetValue(ControllerFacts.TemplatePath, out var template))
            return Fail("mount", $"no file at {ControllerFacts.TemplatePath}: every session fails with \"{ControllerFacts.NotMounted}\"");

        var env = Environment(container);
        var ns = env.GetValueOrDefault("TENANT_NAMESPACE");
        if (string.IsNullOrEmpty(ns)) Add("environment", "TENANT_NAMESPACE is not set: the controller calls /api/v1/namespaces//pods");
        else if (ns != _tenant.EffectiveNamespace) Add("environment", $"TENANT_NAMESPACE is {ns}, the tenant's namespace is {_tenant.EffectiveNamespace}");
        var idle = env.GetValueOrDefault("IDLE_TIMEOUT_MINUTES", "30");
        if (!int.TryParse(idle, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes < 1)
            Add("environment", $"IDLE_TIMEOUT_MINUTES={idle}: the controller exits at start-up (must be a positive integer)");
        else if (minutes != _tenant.Runtime.IdleTimeoutMinutes) Add("environment", $"IDLE_TIMEOUT_MINUTES={idle}, the tenant asks for {_tenant.Runtime.IdleTimeoutMinutes}");
        var issuer = env.GetValueOrDefault("OIDC_ISSUER_URL", "").TrimEnd('/');
        if (issuer.Length == 0 || issuer == ControllerFacts.PlaceholderIssuer)
            Add("environment", "OIDC_ISSUER_URL is unset or the placeholder: the controller runs unconfigured and answers every user 503");
        if (env.GetValueOrDefault("PORT", "8080") is var port && !(container.Ports ?? []).Any(p => p.ContainerPort.ToString(CultureInfo.InvariantCulture) == port))
            Add("environment", $"PORT={port} is not a port of the controller container");
        var listenPort = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var listen) ? listen : 8080;

        // A user arrives: the template is stamped as text and POSTed as YAML.
        Stamped = ControllerFacts.Stamp(template, sub, now);
        if (!Stamped.Contains(ControllerFacts.LastSeen, StringComparison.Ordinal))
            Add("stamp", "the controller found no line that is exactly 'metadata:': the pod gets no last-seen annotation and the reaper never reaps it");
        if (Stamped.Contains("${", StringComparison.Ordinal))
            Add("stamp", "a ${...} variable other than USER_UUID and SECRET_NAME is left in the pod");

        Pod = Parse(Stamped);
        if (Pod is null) return _findings;

        CheckPod(sub, now, ns ?? _tenant.EffectiveNamespace);
        CheckPolicy();
        CheckNetwork(deployment, listenPort);
        CheckRbac(spec.ServiceAccountName ?? "default");
        CheckChecksum(deployment, template);
        return _findings;
    }

    // What the API server does with the body: a duplicate key is an error, a field the Pod type does not know is
    // refused (strict field validation), and kind/apiVersion must be v1 Pod.
    private V1Pod? Parse(string text)
    {
        try
        {
            new YamlStream().Load(new StringReader(text));
            var pod = KubernetesYaml.Deserialize<V1Pod>(text, strict: true);
            if (pod.ApiVersion != "v1" || pod.Kind != "Pod") { Add("strict-yaml", $"the body is {pod.ApiVersion} {pod.Kind}, not v1 Pod"); return null; }
            return pod;
        }
        catch (YamlException e)
        {
            Add("strict-yaml", "the stamped pod is not valid YAML for a Pod: " + (e.InnerException?.Message ?? e.Message));
            return null;
        }
    }

    private void CheckPod(string sub, DateTimeOffset now, string ns)
    {
        var meta = Pod!.Metadata;
        if ((meta?.NamespaceProperty ?? ns) != ns) Add("pod", $"the pod is in namespace {meta!.NamespaceProperty}; the controller POSTs to {ns}");
        if (meta?.Name != ControllerFacts.PodName(sub))
            Add("pod", $"the pod is named '{meta?.Name ?? meta?.GenerateName + "*"}'; the controller polls pods/{ControllerFacts.PodName(sub)} and never finds it");
        var labels = new Dictionary<string, string>(meta?.Labels ?? new Dictionary<string, string>());
        foreach (var (k, v) in ControllerFacts.ReaperSelector)
            if (!labels.TryGetValue(k, out var actual) || actual != v) Add("reaper", $"label {k}={v} is missing: the idle reaper never lists the pod");
        if (labels.GetValueOrDefault("catalyst.openova.io/openclaw-user") != sub) Add("reaper", "the owner label catalyst.openova.io/openclaw-user is not the user's sub");
        var stamp = meta?.Annotations is { } annotations && annotations.TryGetValue(ControllerFacts.LastSeen, out var s) ? s : null;
        if (stamp is null || !DateTimeOffset.TryParseExact(stamp, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var seen)
            || seen != DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()))
            Add("reaper", $"the last-seen annotation is '{stamp}', not the stamp time in RFC 3339");

        var env = Pod.Spec.Containers.SelectMany(c => c.Env ?? []).ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var (name, key) in new[] { ("NEWAPI_BASE_URL", "base-url"), ("NEWAPI_KEY", "api-key") })
            if (!env.TryGetValue(name, out var e) || e.ValueFrom?.SecretKeyRef is not { } r || r.Name != ControllerFacts.SecretName(sub) || r.Key != key)
                Add("secrets", $"{name} does not read key {key} of the user's Secret {ControllerFacts.SecretName(sub)}");
    }

    // Every render-time rule, on the pod the controller really creates.
    private void CheckPolicy()
    {
        IKubernetesObject<V1ObjectMeta>[] objects = [Pod!, .. All<V1NetworkPolicy>("NetworkPolicy")];
        foreach (var d in ObjectPolicy.Check(_tenant, objects).Where(d => d.Subject.StartsWith("Pod/", StringComparison.Ordinal)))
            Add("policy", d.ToString());
    }

    /// <summary>The network checks, by the words each [network] finding starts with.</summary>
    public static class NetworkChecks
    {
        public const string ProxiesToPod = "the controller proxies to the pod";
        public const string PodResolves = "the pod resolves names";
        public const string PodResolvesOverTcp = "the pod resolves names over TCP";
        public const string ControllerResolves = "the controller resolves names";
        public const string ControllerResolvesOverTcp = "the controller resolves names over TCP";
        public const string PodReachesLlm = "the pod reaches its LLM gateway";
        public const string ApiServer = "the controller reaches the API server on 443";
        public const string ApiServerEndpointPort = "the controller reaches the API server on 6443";
        public const string JwksInCluster = "the controller fetches the JWKS in-cluster";
        public const string JwksFromIssuer = "the controller fetches the JWKS from its issuer";
        public const string FrontDoor = "the front door reaches the controller";
        public const string CiliumFrontDoor = "Cilium's ingress/gateway proxy reaches the controller";
        public const string Prometheus = "Prometheus scrapes the controller";
        public const string PodReachesNothingElse = "the pod cannot reach another host";
        public const string ControllerReachesNothingElse = "the controller cannot reach another host";

        public static readonly string[] All =
        [
            ProxiesToPod, PodResolves, PodResolvesOverTcp, ControllerResolves, ControllerResolvesOverTcp, PodReachesLlm,
            ApiServer, ApiServerEndpointPort, JwksInCluster, JwksFromIssuer, FrontDoor, CiliumFrontDoor, Prometheus, PodReachesNothingElse, ControllerReachesNothingElse,
        ];
    }

    // What the controller and its pods need from the network, and (with Cilium) what they must not get, under the
    // NetworkPolicies and CiliumNetworkPolicies together as Cilium enforces them (NetworkOracle). The controller listens
    // on $PORT for its users and, at /metrics, for Prometheus.
    private void CheckNetwork(V1Deployment deployment, int controllerPort)
    {
        foreach (var o in _objects.Where(o => ((string?)o["apiVersion"])?.StartsWith("cilium.io/", StringComparison.Ordinal) == true && (string?)o["kind"] != "CiliumNetworkPolicy"))
            throw new CiliumPolicyOracle.UnmodelledException($"{o["kind"]} is not modelled by the network checks");
        var ns = _tenant.EffectiveNamespace;
        var controller = NetworkEndpoint.Pod("the controller", ns, deployment.Spec.Template.Metadata.Labels, IPAddress.Parse("10.244.0.10"));
        var pod = NetworkEndpoint.Pod("the per-user pod", ns, Pod!.Metadata.Labels, IPAddress.Parse("10.244.0.11"),
            Pod.Spec.Containers.SelectMany(c => c.Ports ?? []).Where(p => p.Name is not null).ToDictionary(p => p.Name, p => p.ContainerPort));
        var dns = NetworkEndpoint.Pod("kube-dns", "kube-system", new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }, IPAddress.Parse("10.96.0.10"));
        var network = new NetworkOracle(All<V1NetworkPolicy>("NetworkPolicy").ToList(), CiliumPolicyOracle.Parse(Raw("CiliumNetworkPolicy")), dns);

        // Outside the cluster, reached by name: plain policies see only the address (inside the tenant's first CIDR, or
        // a public one for 0.0.0.0/0), Cilium also the name the client looked up. Distinct addresses, so no check
        // passes by sharing another's.
        var llmUrl = new Uri(_tenant.Llm.BaseUrl.Value);
        var llm = NetworkEndpoint.External(Inside(_tenant.Network.LlmCidrs[0], IPAddress.Parse("203.0.113.7")), llmUrl.Host);
        var issuerUrl = new Uri(_tenant.Oidc.IssuerUrl.Value);
        var issuer = NetworkEndpoint.External(Inside(_tenant.Network.OidcCidrs[0], IPAddress.Parse("203.0.113.8")), issuerUrl.Host);
        var api = NetworkEndpoint.ApiServer(Inside(_tenant.Network.ApiServerCidrs[0], IPAddress.Parse("203.0.113.6")));
        var frontDoor = NetworkEndpoint.Pod("the front door", _tenant.FrontDoorNamespace, new Dictionary<string, string> { ["app.kubernetes.io/name"] = "front-door" }, IPAddress.Parse("10.244.5.5"));

        var checks = new List<(string What, NetworkEndpoint From, NetworkEndpoint To, int Port, string Protocol)>
        {
            (NetworkChecks.ProxiesToPod, controller, pod, ControllerFacts.ProxyPort, "TCP"),
            (NetworkChecks.PodResolves, pod, dns, 53, "UDP"),
            (NetworkChecks.PodResolvesOverTcp, pod, dns, 53, "TCP"),
            (NetworkChecks.ControllerResolves, controller, dns, 53, "UDP"),
            (NetworkChecks.ControllerResolvesOverTcp, controller, dns, 53, "TCP"),
            (NetworkChecks.PodReachesLlm, pod, llm, llmUrl.Port, "TCP"),
            // The kubernetes Service's 443 is translated before policy applies: the endpoint's port is 443 or (kubeadm) 6443.
            (NetworkChecks.ApiServer, controller, api, 443, "TCP"),
            (NetworkChecks.ApiServerEndpointPort, controller, api, 6443, "TCP"),
            // The Gateway's or ingress controller's proxies are pods in its namespace, unless they are Cilium's own.
            (NetworkChecks.FrontDoor, frontDoor, controller, controllerPort, "TCP"),
        };
        if (_tenant.Oidc.InternalIssuerUrl is { } internalIssuer)
            checks.Add((NetworkChecks.JwksInCluster, controller,
                NetworkEndpoint.Pod("the in-cluster issuer", internalIssuer.Namespace, new Dictionary<string, string> { ["app"] = internalIssuer.Service }, IPAddress.Parse("10.244.9.9")),
                _tenant.Oidc.InternalIssuerEgressPort!.Value, "TCP"));
        else
            checks.Add((NetworkChecks.JwksFromIssuer, controller, issuer, issuerUrl.Port, "TCP"));
        if (_tenant.Network.Cilium)
            checks.Add((NetworkChecks.CiliumFrontDoor, NetworkEndpoint.CiliumIngressProxy(), controller, controllerPort, "TCP"));
        if (_tenant.Monitoring.ServiceMonitor)
            checks.Add((NetworkChecks.Prometheus, NetworkEndpoint.Pod("Prometheus", _tenant.Monitoring.PrometheusNamespace.Value,
                new Dictionary<string, string> { ["app.kubernetes.io/name"] = "prometheus" }, IPAddress.Parse("10.244.7.7")), controller, controllerPort, "TCP"));
        foreach (var (what, from, to, port, protocol) in checks)
            if (network.Check(from, to, port, protocol) is { Allowed: false } v) Add("network", $"{what}: {v.Reason}");

        // What Cilium's egress by name is for: nothing else on the internet. Without it the CIDR lists decide, and their
        // 0.0.0.0/0 default allows any host on 443 (OCM0012 makes that an acknowledged choice).
        if (!_tenant.Network.Cilium) return;
        var elsewhere = NetworkEndpoint.External(IPAddress.Parse("198.51.100.66"), "evil.example.net");
        foreach (var (what, from) in new[] { (NetworkChecks.PodReachesNothingElse, pod), (NetworkChecks.ControllerReachesNothingElse, controller) })
            if (network.Check(from, elsewhere, 443, "TCP") is { Allowed: true } v) Add("network", $"{what}: {v.Reason}");
    }

    private void CheckRbac(string account)
    {
        var rules = RbacOracle.RulesFor(All<V1Role>("Role"), All<V1RoleBinding>("RoleBinding"), _tenant.EffectiveNamespace, account);
        var podName = Pod!.Metadata.Name;
        foreach (var call in ControllerFacts.Calls)
            if (!RbacOracle.Allows(rules, call.Verb, "", "pods", name: call.Named ? podName : null))
                Add("rbac", $"{call.Verb} pods is forbidden for ServiceAccount {account}: {call.Why}");
    }

    // The controller reads the file once: the Deployment must roll when the text changes.
    private void CheckChecksum(V1Deployment deployment, string template)
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(template)));
        var actual = deployment.Spec.Template.Metadata.Annotations is { } a && a.TryGetValue("checksum/pod-template", out var v) ? v : null;
        if (actual != expected) Add("checksum", $"checksum/pod-template is '{actual}', the template's SHA-256 is {expected}: a template change would not restart the controller");
    }

    private static Dictionary<string, string> Environment(V1Container container)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in container.Env ?? [])
            if (e.ValueFrom is null) env[e.Name] = e.Value ?? "";
        return env;
    }

    // An address inside a CIDR that is neither its network nor its broadcast address (for /32, the address itself);
    // for 0.0.0.0/0, the given public address.
    private static IPAddress Inside(string cidr, IPAddress anyAddress)
    {
        var net = IPNetwork.Parse(cidr);
        if (net.PrefixLength == 0) return anyAddress;
        var bytes = net.BaseAddress.GetAddressBytes();
        if (net.PrefixLength < 31) bytes[^1] |= 1;
        return new IPAddress(bytes);
    }

    // An object as rendered, for kinds k8s.Models has no type for (CiliumNetworkPolicy): the oracles read the JSON itself.
    private IEnumerable<JsonNode> Raw(string kind) => _objects.Where(o => (string?)o["kind"] == kind);

    private T? One<T>(string kind, string name) where T : class => All<T>(kind).FirstOrDefault(o => ((IMetadata<V1ObjectMeta>)o).Metadata?.Name == name);

    private IEnumerable<T> All<T>(string kind) where T : class
        => _objects.Where(o => (string?)o["kind"] == kind).Select(o => KubernetesJson.Deserialize<T>(o.ToJsonString()));

    private void Add(string check, string message) => _findings.Add(new Finding(check, message));

    private List<Finding> Fail(string check, string message)
    {
        Add(check, message);
        return _findings;
    }
}
