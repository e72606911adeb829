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

    private Helm.Result Render(string yaml) => Helm.Template("acme", chart.Chart, "org-acme", chart.Values(yaml));

    [Fact]
    public void A_020_overlay_renders_with_its_keys_mapped()
    {
        var result = Render(Overlay020);
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

    [Theory]
    [InlineData("networkPolicy:\n  enabled: true", "networkPolicy:\n  enabled: false", "networkPolicy.enabled: false is not supported", "narrow the egress allow-lists")]
    [InlineData("serviceAccount:\n  create: true", "serviceAccount:\n  create: false", "serviceAccount.create: false is not supported", "use serviceAccount.annotations")]
    [InlineData("serviceMonitor:\n  enabled: false", "serviceMonitor:\n  enabled: true", "serviceMonitor.enabled: true is not supported", "Remove serviceMonitor.*")]
    [InlineData("    runAsNonRoot: true\n", "    runAsNonRoot: true\n    runAsUser: 1001\n", "controller.securityContext.runAsUser: 1001 is not supported", "Remove controller.securityContext.runAsUser")]
    [InlineData("    allowPrivilegeEscalation: false", "    allowPrivilegeEscalation: true", "controller.securityContext.allowPrivilegeEscalation: true is not supported", "Remove controller.securityContext.allowPrivilegeEscalation")]
    public void A_020_key_this_chart_cannot_honour_fails_naming_it_and_the_fix(string from, string to, string names, string fix)
    {
        Assert.Contains(from, Overlay020, StringComparison.Ordinal);
        var result = Render(Overlay020.Replace(from, to, StringComparison.Ordinal));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(names, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(fix, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("additional properties", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_per_user_pod_security_context_is_checked_the_same_way()
    {
        var result = Render(Overlay020 + "\n  securityContext:\n    privileged: true\n");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("perUserPod.securityContext.privileged: true is not supported", result.Stderr, StringComparison.Ordinal);
    }
}
