using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// A platform that runs upstream bp-openclaw 0.2.x keeps its overlays: keys this chart takes differently either render
/// (mapped to this chart's behaviour) or fail with a message that names the key and says what to write instead, never
/// with the schema's generic "additional property not allowed".
/// </summary>
public sealed class UpgradeTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    // An overlay as 0.2.x platforms write them (upstream values.yaml's keys), plus the digests this chart requires.
    private const string Overlay020 = """
        tenant: {name: acme, namespace: org-acme}
        ingress: {host: openclaw.acme.example.org}
        oidc:
          issuerURL: https://keycloak.acme.example.org/realms/org-acme
          clientSecret: {name: openclaw-oidc-client-secret}
        llm:
          baseURL: https://api.acme.example.org/v1
          apiKey: {name: openclaw-newapi-controller-token}
        imagePullSecrets:
          - name: ghcr-pull
        networkPolicy:
          enabled: true
        serviceAccount:
          create: true
        serviceMonitor:
          enabled: false
          interval: 30s
        controller:
          image:
            repository: ghcr.io/openova-io/openova/openclaw-controller
            tag: "5f0ef22"
            digest: sha256:1111111111111111111111111111111111111111111111111111111111111111
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
        perUserPod:
          image:
            repository: ghcr.io/openova-io/openova/openclaw-runtime
            tag: "34ff594"
            digest: sha256:2222222222222222222222222222222222222222222222222222222222222222
        """;

    private Helm.Result Render(HelmMajor helm, string yaml) => Helm.Of(helm).Template("acme", chart.Chart, "org-acme", chart.Values(yaml));

    public static IEnumerable<object[]> Refusals() => HelmCases.With(
    [
        ["networkPolicy:\n  enabled: true", "networkPolicy:\n  enabled: false", "networkPolicy.enabled: false is not supported", "narrow the egress allow-lists"],
        ["serviceAccount:\n  create: true", "serviceAccount:\n  create: false", "serviceAccount.create: false is not supported", "use serviceAccount.annotations"],
        ["serviceMonitor:\n  enabled: false", "serviceMonitor:\n  enabled: true", "serviceMonitor.enabled: true is not supported", "Remove serviceMonitor.*"],
        ["    runAsNonRoot: true\n", "    runAsNonRoot: true\n    runAsUser: 1001\n", "controller.securityContext.runAsUser: 1001 is not supported", "Remove controller.securityContext.runAsUser"],
        ["    allowPrivilegeEscalation: false", "    allowPrivilegeEscalation: true", "controller.securityContext.allowPrivilegeEscalation: true is not supported", "Remove controller.securityContext.allowPrivilegeEscalation"],
    ]);

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void A_020_overlay_renders_with_its_keys_mapped(HelmMajor helm)
    {
        var result = Render(helm, Overlay020);
        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = ObjectSet.FromYaml(result.Stdout).Objects;
        var deployment = objects["Deployment/org-acme/openclaw-controller"]!;
        Assert.Equal("ghcr-pull", (string?)deployment["spec"]!["template"]!["spec"]!["imagePullSecrets"]![0]!["name"]);
        Assert.Equal("ghcr.io/openova-io/openova/openclaw-controller:5f0ef22@sha256:" + new string('1', 64),
            (string?)deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
        var template = (string?)objects["ConfigMap/org-acme/openclaw-pod-template"]!["data"]!["pod-template.yaml"];
        Assert.Contains("imagePullSecrets:\n  - name: \"ghcr-pull\"\n", template, StringComparison.Ordinal);
        Assert.Contains(objects.Keys, k => k == "NetworkPolicy/org-acme/default-deny-all");
        Assert.Contains(objects.Keys, k => k == "ServiceAccount/org-acme/openclaw-controller");
    }

    [HelmTheory]
    [MemberData(nameof(Refusals))]
    public void A_020_key_this_chart_cannot_honour_fails_naming_it_and_the_fix(HelmMajor helm, string from, string to, string names, string fix)
    {
        Assert.Contains(from, Overlay020, StringComparison.Ordinal);
        var result = Render(helm, Overlay020.Replace(from, to, StringComparison.Ordinal));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(names, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(fix, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("additional properties", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void The_per_user_pod_security_context_is_checked_the_same_way(HelmMajor helm)
    {
        var result = Render(helm, Overlay020 + "\n  securityContext:\n    privileged: true\n");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("perUserPod.securityContext.privileged: true is not supported", result.Stderr, StringComparison.Ordinal);
    }
}
