namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// Objects as someone could apply them with kubectl in a tenant namespace: one that every policy admits, and variants
/// that break one rule each (or come close and must still be admitted), with the rule whose policy must deny them.
/// </summary>
internal static class KubectlObjects
{
    public const string Digest = "@sha256:4f2c1d8a9b7e6f5a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

    // A pod someone could apply with kubectl that every policy admits; the variants below break one rule each.
    public const string GoodPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          namespace: org-acme
        spec:
          securityContext:
            runAsNonRoot: true
            seccompProfile: {type: RuntimeDefault}
          containers:
            - name: shell
              image: docker.io/library/busybox@sha256:4f2c1d8a9b7e6f5a3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities: {drop: [ALL]}
              resources:
                requests: {cpu: 10m, memory: 16Mi}
                limits: {cpu: 100m, memory: 64Mi}
        """;

    public static TheoryData<string, string, string?> All() => new()
    {
        { "a restricted, pinned pod", GoodPod, null },
        { "a :latest pod", GoodPod.Replace("busybox" + Digest, "busybox:latest"), "OCM0001" },
        { "a :latest init container", GoodPod.Replace("  containers:", "  initContainers:\n    - name: init\n      image: busybox:latest\n      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}\n      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}\n  containers:"), "OCM0001" },
        { "a privileged pod", GoodPod.Replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n        privileged: true"), "OCM0005" },
        { "a pod running as root", GoodPod.Replace("runAsNonRoot: true", "runAsUser: 0"), "OCM0005" },
        { "a pod adding NET_ADMIN", GoodPod.Replace("{drop: [ALL]}", "{drop: [ALL], add: [NET_ADMIN]}"), "OCM0005" },
        { "a pod mounting the Docker socket", GoodPod.Replace("      resources:", "      volumeMounts:\n        - {name: docker, mountPath: /var/run/docker.sock}\n      resources:")
            + "\n  volumes:\n    - name: docker\n      hostPath: {path: /var/run/docker.sock}", "OCM0006" },
        { "a pod adding NET_ADMIN next to NET_BIND_SERVICE", GoodPod.Replace("{drop: [ALL]}", "{drop: [ALL], add: [NET_BIND_SERVICE, NET_ADMIN]}"), "OCM0005" },
        { "a pod mounting the containerd socket", GoodPod.Replace("      resources:", "      volumeMounts:\n        - {name: tmp, mountPath: /run/containerd/containerd.sock}\n      resources:"), "OCM0006" },
        { "a pod on the node's network", GoodPod.Replace("  containers:", "  hostNetwork: true\n  containers:"), "OCM0006" },
        { "a Deployment of a :latest image", Deployment(GoodPod.Replace("busybox" + Digest, "busybox:latest")), "OCM0001" },
        { "a pod outside tenant namespaces", GoodPod.Replace("busybox" + Digest, "busybox:latest").Replace("org-acme", "kube-system"), null },
        { "a Role granting create by resourceNames", Role("{apiGroups: [\"\"], resources: [configmaps], verbs: [get, create], resourceNames: [prompts]}"), "OCM0002" },
        { "a Role granting get by resourceNames", Role("{apiGroups: [\"\"], resources: [configmaps], verbs: [get], resourceNames: [prompts]}"), null },
        { "a Role on every resource", Role("{apiGroups: [\"\"], resources: [\"*\"], verbs: [get]}"), "OCM0004" },
        { "a Role on pods/*, a literal to the authorizer", Role("{apiGroups: [\"\"], resources: [\"pods/*\"], verbs: [get]}"), null },
        { "a RoleBinding to a ClusterRole", RoleBinding("{kind: ClusterRole, name: admin, apiGroup: rbac.authorization.k8s.io}", "[{kind: ServiceAccount, name: debug, namespace: org-acme}]"), "OCM0008" },
        { "a RoleBinding of another namespace's service account", RoleBinding("{kind: Role, name: debug, apiGroup: rbac.authorization.k8s.io}", "[{kind: ServiceAccount, name: debug, namespace: org-globex}]"), "OCM0007" },
        { "a RoleBinding of a user (no namespace)", RoleBinding("{kind: Role, name: debug, apiGroup: rbac.authorization.k8s.io}", "[{kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}]"), null },
        { "a NetworkPolicy letting every namespace in", NetworkPolicy("ingress: [{from: [{namespaceSelector: {}}]}]"), "OCM0007" },
        { "a NetworkPolicy to namespaces by another label", NetworkPolicy("egress: [{to: [{namespaceSelector: {matchLabels: {team: a}}}]}]"), "OCM0007" },
        { "a NetworkPolicy to one named namespace", NetworkPolicy("egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]}]"), null },
        { "a pod with a password in env", GoodPod.Replace("      resources:", "      env: [{name: DB_PASSWORD, value: hunter2hunter2}]\n      resources:"), "OCM0003" },
        { "a pod with an sk- key under an innocent name", GoodPod.Replace("      resources:", "      env: [{name: LOG_LEVEL, value: sk-kubectlFAKE0123456789abcdef}]\n      resources:"), "OCM0003" },
        { "a pod with a secret-named reference", GoodPod.Replace("      resources:", "      env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}, {name: TOKEN_URL, value: https://sso.example.org/token}]\n      resources:"), null },
        { "a Deployment without limits", Deployment(GoodPod.Replace("\n        limits: {cpu: 100m, memory: 64Mi}", "")), "OCM0010" },
    };

    // The pod as the template of a Deployment, as kubectl create deployment writes one.
    public static string Deployment(string pod)
    {
        var spec = string.Join('\n', pod[pod.IndexOf("spec:", StringComparison.Ordinal)..].Split('\n').Select(l => "    " + l));
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: debug\n  namespace: org-acme\nspec:\n  selector: {matchLabels: {app: debug}}\n  template:\n    metadata: {labels: {app: debug}}\n" + spec;
    }

    private static string Role(string rule)
        => "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: debug\n  namespace: org-acme\nrules:\n  - " + rule + "\n";

    private static string RoleBinding(string roleRef, string subjects)
        => "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: debug\n  namespace: org-acme\nroleRef: " + roleRef + "\nsubjects: " + subjects + "\n";

    private static string NetworkPolicy(string rules)
        => "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: debug\n  namespace: org-acme\nspec:\n  podSelector: {}\n  " + rules + "\n";
}
