using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>
/// The pod rules at admission (OCM0001, OCM0003, OCM0005, OCM0006, OCM0010): on pods, whoever creates them (the controller's per-user
/// pods, kubectl, another chart), and on the pod templates of the workload kinds, so a bad Deployment is refused
/// before its ReplicaSet fails to create pods. Each condition is the CEL form of the render-time check in
/// <c>PodChecks</c>, built from the same facts.
/// </summary>
internal static class PodAdmission
{
    /// <summary>Pods and every built-in kind that carries a pod template.</summary>
    public static readonly ResourceMatch[] Workloads =
    [
        new("", "v1", "pods"),
        new("apps", "v1", "daemonsets", "deployments", "replicasets", "statefulsets"),
        new("batch", "v1", "cronjobs", "jobs"),
    ];

    // The pod spec, wherever the kind keeps it; then every container, init containers first as PodChecks walks them.
    private static readonly (string, string)[] Variables =
    [
        ("spec", "object.kind == \"Pod\" ? object.spec : object.kind == \"CronJob\" ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec"),
        ("containers", "(has(variables.spec.initContainers) ? variables.spec.initContainers : []) + variables.spec.containers"),
    ];

    private const string Containers = "variables.containers";

    // "Pod 'name'" in OCM0006's message: the object's name (a pod created with generateName has one by validation time).
    private const string ObjectName = "object.metadata.name";

    private static string Container(string c) => "\"container '\" + " + c + ".name + \"'\"";

    /// <summary>One condition on every container: <paramref name="holds"/> over <c>c</c>, and the message naming the ones it fails.</summary>
    private static Validation EveryContainer(RuleInfo rule, string holds, string message)
        => new(Containers + ".all(c, " + holds + ")",
            AdmissionRule.Each(rule, Containers + ".filter(c, !(" + holds + "))", "c", message));

    public static AdmissionRule ImagePinned()
    {
        var rule = RuleCatalog.ImageNotPinned;
        var pinned = $"has(c.image) && size(c.image) <= {ImageDigestRule.MaxLength} && c.image.matches({Cel.Quote(ValuePatterns.Ecma(ValuePatterns.PinnedImage))})";
        return new(rule, Workloads, Variables,
            [EveryContainer(rule, pinned, Container("c") + " + \": \" + " + Cel.Format(rule, "has(c.image) ? c.image : \"\""))],
            "every container's and init container's `image` is at most " + ImageDigestRule.MaxLength
            + " characters and matches the digest pattern of `ImageDigestRule` (`repository[:tag]@sha256:<64 lowercase hex>`), in RE2 syntax.");
    }

    public static AdmissionRule Restricted()
    {
        var rule = RuleCatalog.PrivilegedContainer;
        const string sc = "c.securityContext";
        const string pod = "variables.spec.securityContext";
        string PodHas(string field) => $"has({pod}) && has({pod}.{field})";
        // PodChecks reports only the missing securityContext when there is none: every other condition holds then.
        string Given(string condition) => $"!has({sc}) || ({condition})";
        Validation Check(string holds, string reason) => EveryContainer(rule, holds, Cel.Format(rule, "c.name", reason));
        var seccomp = $"has({sc}.seccompProfile) ? {sc}.seccompProfile.type : {PodHas("seccompProfile")} ? {pod}.seccompProfile.type : \"\"";
        return new(rule, Workloads, Variables,
        [
            Check($"has({sc})", Cel.Quote(RestrictedFacts.NoSecurityContext)),
            Check(Given($"!has({sc}.privileged) || !{sc}.privileged"), Cel.Quote(RestrictedFacts.Privileged)),
            Check(Given($"has({sc}.allowPrivilegeEscalation) && !{sc}.allowPrivilegeEscalation"), Cel.Quote(RestrictedFacts.PrivilegeEscalation)),
            Check(Given($"has({sc}.readOnlyRootFilesystem) && {sc}.readOnlyRootFilesystem"), Cel.Quote(RestrictedFacts.WritableRoot)),
            Check(Given($"(has({sc}.runAsNonRoot) && {sc}.runAsNonRoot) || ({PodHas("runAsNonRoot")} && {pod}.runAsNonRoot)"), Cel.Quote(RestrictedFacts.MayRunAsRoot)),
            Check(Given($"has({sc}.runAsUser) ? {sc}.runAsUser != 0 : !({PodHas("runAsUser")} && {pod}.runAsUser == 0)"), Cel.Quote(RestrictedFacts.RootUid)),
            Check(Given($"has({sc}.capabilities) && has({sc}.capabilities.drop) && {Cel.Quote(CapabilityFacts.DropAll)} in {sc}.capabilities.drop"), Cel.Quote(RestrictedFacts.KeepsCapabilities)),
            Check(Given($"!has({sc}.capabilities) || !has({sc}.capabilities.add) || {sc}.capabilities.add.all(a, a == {Cel.Quote(CapabilityFacts.AllowedToAdd)})"),
                $"{Cel.Quote(RestrictedFacts.AddsCapabilities)} + {sc}.capabilities.add.filter(a, a != {Cel.Quote(CapabilityFacts.AllowedToAdd)}).join(\", \")"),
            Check(Given($"({seccomp}) in {Cel.List(RestrictedFacts.SeccompTypes)}"), Cel.Quote(RestrictedFacts.NoSeccomp)),
        ],
            "one condition per requirement of the restricted profile on every container and init container: a `securityContext`, "
            + "not `privileged`, `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true`, `runAsNonRoot: true` (container or pod), "
            + "no `runAsUser: 0`, `capabilities.drop` containing `" + CapabilityFacts.DropAll + "`, nothing added but `" + CapabilityFacts.AllowedToAdd
            + "`, a seccomp profile of type " + string.Join(" or ", RestrictedFacts.SeccompTypes.Select(t => "`" + t + "`")) + " (container or pod).");
    }

    public static AdmissionRule HostAccess()
    {
        var rule = RuleCatalog.HostAccess;
        Validation PodField(string field) => new($"!has(variables.spec.{field}) || !variables.spec.{field}",
            Cel.Quote(rule.Id + " ") + " + " + Cel.Format(rule, ObjectName, Cel.Quote(field)));
        var volumes = "has(variables.spec.volumes) ? variables.spec.volumes : []";
        var mounts = "has(c.volumeMounts) ? c.volumeMounts : []";
        var socket = Cel.Quote(HostFacts.RuntimeSocketRe2);
        return new(rule, Workloads, Variables,
        [
            .. HostFacts.HostNamespaceFields.Select(PodField),
            new($"({volumes}).all(v, !has(v.hostPath))",
                AdmissionRule.Each(rule, $"({volumes}).filter(v, has(v.hostPath))", "v",
                    Cel.Format(rule, ObjectName, "\"hostPath volume '\" + v.name + \"' (\" + v.hostPath.path + \")\""))),
            new($"{Containers}.all(c, ({mounts}).all(m, !m.mountPath.matches({socket})))",
                AdmissionRule.Each(rule, $"{Containers}.filter(c, ({mounts}).exists(m, m.mountPath.matches({socket})))", "c",
                    Cel.Format(rule, ObjectName, $"\"a container-runtime socket at '\" + ({mounts}).filter(m, m.mountPath.matches({socket})).map(m, m.mountPath).join(\"', '\") + \"' in \" + {Container("c")}"))),
        ],
            "one condition each for `" + string.Join("`, `", HostFacts.HostNamespaceFields) + "` (absent or false), no `hostPath` volume, "
            + "and no container `volumeMounts[].mountPath` naming a container-runtime socket (" + string.Join(", ", HostFacts.RuntimeSockets.Select(s => "`" + s + "`"))
            + ") as a whole file name, the pattern of `HostFacts` in RE2 syntax.");
    }

    public static AdmissionRule SecretEnv()
    {
        var rule = RuleCatalog.PlaintextSecret;
        const string env = "(has(c.env) ? c.env : [])";
        const string valued = "has(e.value) && e.value != \"\"";
        var named = $"{valued} && e.name.matches({Cel.Quote("(?i)" + SecretHeuristics.SecretNamePattern)}) && !e.name.matches({Cel.Quote("(?i)" + SecretHeuristics.NonSecretNamePattern)})";
        var shaped = $"{valued} && size(e.value) >= {SecretHeuristics.MinCredentialLength} && (e.value.matches({Cel.Quote(SecretHeuristics.KnownTokenShapePattern)})"
            + $" || e.value.matches({Cel.Quote(SecretHeuristics.UrlWithCredentialsPattern)}) || e.value.matches({Cel.Quote("(?i)" + SecretHeuristics.UrlWithSecretQueryPattern)}))";
        // The message names the variable and the container, never the value.
        Validation Env(string found) => new($"{Containers}.all(c, {env}.all(e, !({found})))",
            AdmissionRule.Each(rule, $"{Containers}.filter(c, {env}.exists(e, {found}))", "c",
                Cel.Format(rule, $"{env}.filter(e, {found}).map(e, \"env '\" + e.name + \"'\").join(\", \") + \" of \" + {Container("c")}")));
        return new(rule, Workloads, Variables, [Env(named), Env(shaped)],
            "every container's and init container's `env[].value` (never `valueFrom`): one condition refuses a non-empty value under a name "
            + "that `SecretHeuristics` calls secret-looking (the words of its name pattern, case-insensitive, unless the name ends like `_URL`, `_ID` "
            + "or `KEY_ID`), the other a value of at least " + SecretHeuristics.MinCredentialLength + " characters shaped like a known key or token "
            + "(`sk-…`, GitHub, GitLab, Slack, AWS, Google, a PEM private key, a JWT) or a URL carrying credentials in its userinfo or query, "
            + "the same patterns in RE2 syntax. The message names the variable and its container, never the value.",
            "high-entropy values (CEL has no entropy measure, and a false denial of a generated name would stop the controller), base64 of a key "
            + "(the CEL functions both Kubernetes and the test evaluator have do not decode it), and secrets anywhere but env values (ConfigMap "
            + "data, labels, annotations, Secret `stringData` in Git): render time scans every string of every object it writes. RE2's `\\s` "
            + "is ASCII whitespace where .NET's is Unicode's.");
    }

    public static AdmissionRule Resources()
    {
        var rule = RuleCatalog.MissingResources;
        // One test per pair of ResourceFacts; resources and its maps are fields, so has() reaches them and `in` asks the map.
        var pairs = ResourceFacts.Pairs.Select(p => (Name: p.Resource + " " + p.Kind,
            Test: $"has(c.resources) && has(c.resources.{p.Kind}) && {Cel.Quote(p.Resource)} in c.resources.{p.Kind}")).ToList();
        var missing = string.Join(" + ", pairs.Select(p => $"({p.Test} ? [] : [{Cel.Quote(p.Name)}])"));
        return new(rule, Workloads, Variables,
            [EveryContainer(rule, string.Join(" && ", pairs.Select(p => "(" + p.Test + ")")), Cel.Format(rule, "c.name", $"({missing}).join(\", \")"))],
            "that every container and init container names " + string.Join(", ", pairs.Select(p => "`" + p.Name + "`")) + " (the pairs of `ResourceFacts`).",
            "what a LimitRange defaults: the LimitRanger admission plugin mutates a Pod before validating policies run, so in a tenant namespace (whose "
            + "LimitRange has defaults) a bare Pod without resources is given them and admitted; the pod templates of Deployments, Jobs and the "
            + "other workload kinds are not defaulted, so the policy refuses those.");
    }
}
