using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>
/// <c>import</c> as a platform that runs the upstream chart meets it: its 0.2.x values file (or the HelmRelease
/// catalyst-api emits) in, a tenant file out, run as processes, and the result checked with <c>validate</c>.
/// </summary>
public sealed class ImportTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    // A per-tenant 0.2.x overlay: canonical oidc/llm blocks left empty where catalyst-api still fills the legacy
    // keycloak/newapi ones, tag-only images, a pull secret, and keys this chart has no equivalent for.
    private const string Values = """
        # bp-openclaw 0.2.x values for tenant alice
        tenant:
          name: alice
          namespace: sme-alice
        ingress:
          enabled: true
          host: openclaw.alice.example.org
          className: traefik
          tls:
            enabled: true
            issuer: letsencrypt-prod
        oidc:
          issuerURL: ""
          clientId: ""
          clientSecret:
            name: ""
            key: OIDC_CLIENT_SECRET
        keycloak:
          realmURL: https://keycloak.alice.example.org/realms/sme-alice
          clientID: openclaw
          clientSecretName: openclaw-oidc-client-secret
        llm:
          baseURL: ""
          apiKey:
            name: openclaw-newapi-controller-token
            key: NEWAPI_KEY
          defaultModel: qwen3.6
        newapi:
          baseURL: https://api.alice.example.org/v1
        controller:
          replicas: 2
          image:
            repository: ghcr.io/openova-io/openova/openclaw-controller
            tag: 0.2.3
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 512Mi}
          extraEnv:
            - name: LOG_LEVEL
              value: info
            - name: AUDIT_TOKEN
              valueFrom:
                secretKeyRef: {name: alice-audit, key: token}
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
        perUserPod:
          image:
            repository: ghcr.io/openova-io/openova/openclaw-runtime
            tag: 0.2.3
          idleTimeoutMinutes: 45
        imagePullSecrets:
          - name: ghcr-pull
        networkPolicy:
          enabled: true
        serviceMonitor:
          enabled: false
          interval: 30s
        service:
          type: ClusterIP
          port: 8080
        httpRoute:
          enabled: true
          parentRefs:
            - {name: traefik-gateway, namespace: traefik}

        """;

    // Where each value that cannot be carried sits (its line's text, the next match after the one before) and what the report says.
    private static readonly (string Line, string Says)[] NotCarried =
    [
        ("tag: 0.2.3", "OCM0001: controller.image has tag '0.2.3' and no digest"),
        ("runAsUser: 1000", "controller.securityContext.runAsUser: 1000: this chart fixes the security context (runAsUser: 65532)"),
        ("tag: 0.2.3", "OCM0001: perUserPod.image has tag '0.2.3' and no digest"),
        ("type: ClusterIP", "service.type: no equivalent"),
        ("port: 8080", "service.port: no equivalent"),
        ("enabled: true", "httpRoute.enabled: no equivalent"),
        ("parentRefs:", "httpRoute.parentRefs: no equivalent"),
    ];

    [Fact]
    public void A_values_file_becomes_a_tenant_that_fails_validate_only_at_the_tag_only_images()
    {
        using var repo = new TempTree();
        repo.Write("alice-values.yaml", Values);
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "import", "alice-values.yaml");
        Assert.True(code == 0, output);
        Assert.Contains("wrote tenants/alice.yaml", output);
        AssertReported(output, "alice-values.yaml", Values);

        var tenant = File.ReadAllText(repo.Path("tenants", "alice.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=../charts-out/tenant.schema.json\n", tenant);
        // The legacy keys filled the empty canonical values; the rest is carried to its field.
        Assert.Contains("    issuerURL: https://keycloak.alice.example.org/realms/sme-alice\n    clientId: openclaw\n    clientSecret:\n      name: openclaw-oidc-client-secret\n", tenant);
        Assert.Contains("    baseURL: https://api.alice.example.org/v1\n", tenant);
        Assert.Contains("  namespace: sme-alice\n  domain: alice.example.org\n", tenant);
        Assert.Contains("  ingress:\n    className: traefik\n    clusterIssuer: letsencrypt-prod\n", tenant);
        Assert.Contains("      - {name: AUDIT_TOKEN, secretKeyRef: {name: alice-audit, key: token}}\n", tenant);
        Assert.Contains("  imagePullSecrets: [ghcr-pull]\n", tenant);
        Assert.Contains("    replicas: 2\n", tenant);
        Assert.Contains("    idleTimeoutMinutes: 45\n", tenant);

        var (validate, report) = CliRunner.RunProcess(repo.Root, null, "validate", "tenants");
        Assert.Equal(1, validate);
        var lines = tenant.Split('\n');
        foreach (var image in new[] { "controller: ghcr.io", "runtime: ghcr.io" })
            Assert.Matches($@"tenants/alice\.yaml\({Array.FindIndex(lines, l => l.TrimStart().StartsWith(image, StringComparison.Ordinal)) + 1},\d+\): error OCM0001", report);
        Assert.Contains("2 error(s)", report);
    }

    [Fact]
    public void The_same_values_in_a_HelmRelease_give_the_same_tenant_with_the_HelmRelease_lines()
    {
        var release = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: bp-openclaw
              namespace: sme-alice
            spec:
              interval: 10m
              chart:
                spec:
                  chart: bp-openclaw
                  version: 0.2.3
                  sourceRef: {kind: HelmRepository, name: openova-blueprints, namespace: flux-system}
              values:

            """ + string.Concat(Values.Split('\n').Select(l => l.Length == 0 ? "\n" : "    " + l + "\n")).TrimEnd('\n') + "\n";
        using var repo = new TempTree();
        repo.Write("alice-values.yaml", Values);
        repo.Write("overlays/alice/helmrelease.yaml", release);
        var (fromValues, _) = CliRunner.RunProcess(repo.Root, null, "import", "alice-values.yaml", "--out", "a/alice.yaml");
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "import", "overlays/alice/helmrelease.yaml", "--out", "b/alice.yaml");
        Assert.Equal(0, fromValues);
        Assert.True(code == 0, output);
        AssertReported(output, "overlays/alice/helmrelease.yaml", release);
        Assert.Equal(File.ReadAllText(repo.Path("a", "alice.yaml")).Replace("alice-values.yaml", "helmrelease.yaml", StringComparison.Ordinal),
            File.ReadAllText(repo.Path("b", "alice.yaml")));
        var (validate, report) = CliRunner.RunProcess(repo.Root, null, "validate", "b");
        Assert.Equal(1, validate);
        Assert.Equal(2, report.Split("error OCM0001").Length - 1);
        Assert.Contains("2 error(s)", report);
    }

    [Fact]
    public void With_digests_the_tenant_validates_clean_and_refused_settings_are_listed_at_their_lines()
    {
        var pinned = Values.Replace("    tag: 0.2.3\n", "    tag: 0.2.3\n    digest: " + Digest + "\n", StringComparison.Ordinal)
            .Replace("networkPolicy:\n  enabled: true", "networkPolicy:\n  enabled: false", StringComparison.Ordinal)
            .Replace("serviceMonitor:\n  enabled: false", "serviceMonitor:\n  enabled: true", StringComparison.Ordinal)
            .Replace("limits: {cpu: 500m", "limits: {cpu: \"2\"", StringComparison.Ordinal);
        using var repo = new TempTree();
        repo.Write("values.yaml", pinned);
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "import", "values.yaml");
        Assert.True(code == 0, output);
        Assert.DoesNotContain("OCM0001", output);
        Assert.Contains("7 value(s) not carried", output);
        Assert.Contains($"values.yaml({LineOf(pinned, "networkPolicy:\n  enabled: false") + 2},12): networkPolicy.enabled: false: not supported", output);
        Assert.Contains($"values.yaml({LineOf(pinned, "serviceMonitor:\n  enabled: true") + 2},12): serviceMonitor.enabled: true: this chart renders no ServiceMonitor", output);
        var tenant = File.ReadAllText(repo.Path("tenants", "alice.yaml"));
        Assert.Contains("    controller: ghcr.io/openova-io/openova/openclaw-controller:0.2.3@" + Digest + "\n", tenant);
        // A quantity YAML would read as a number stays a string.
        Assert.Contains("        cpu: \"2\"\n", tenant);
        var (validate, report) = CliRunner.RunProcess(repo.Root, null, "validate", "tenants");
        Assert.True(validate == 0, report);
    }

    [Fact]
    public void It_never_overwrites_and_writes_nothing_when_a_required_value_is_missing()
    {
        using var repo = new TempTree();
        repo.Write("values.yaml", Values);
        var existing = repo.Write("tenants/alice.yaml", "# mine\n");
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "import", "values.yaml");
        Assert.Equal(2, code);
        Assert.Contains("tenants/alice.yaml exists; not overwritten", output);
        Assert.Equal("# mine\n", File.ReadAllText(existing));

        // Neither oidc.issuerURL nor its legacy alias: there is no issuer to write.
        repo.Write("no-issuer.yaml", Values.Replace("  realmURL: https://keycloak.alice.example.org/realms/sme-alice\n", "", StringComparison.Ordinal));
        var (missing, why) = CliRunner.RunProcess(repo.Root, null, "import", "no-issuer.yaml", "--out", "new/alice.yaml");
        Assert.Equal(1, missing);
        Assert.Contains("no-issuer.yaml(2,1): error: spec.oidc.issuerURL: required, and the file sets nothing it can be taken from (oidc.issuerURL or keycloak.realmURL)", why);
        Assert.Contains("nothing written", why);
        Assert.False(Directory.Exists(repo.Path("new")));

        var (absent, noFile) = CliRunner.RunProcess(repo.Root, null, "import", "nope.yaml");
        Assert.Equal(2, absent);
        Assert.Contains("error: nope.yaml: no such file", noFile);
    }

    // Each value not carried is reported once, at its own line of the input, and nothing else is.
    private static void AssertReported(string output, string file, string input)
    {
        var from = 0;
        foreach (var (line, says) in NotCarried)
        {
            var at = LineOf(input, line, from);
            from = at;
            Assert.Contains($"{file}({at + 1},", output.Split('\n').Single(l => l.Contains(says, StringComparison.Ordinal)));
        }
        Assert.Contains($"{NotCarried.Length} value(s) not carried as they were:", output);
    }

    // The 0-based line where text starts, searching from line `from` onwards (the next match after an earlier one).
    private static int LineOf(string input, string text, int from = -1)
    {
        var lines = input.Split('\n');
        var start = string.Join('\n', lines.Take(from + 1)).Length + (from >= 0 ? 1 : 0);
        var i = input.IndexOf(text, start, StringComparison.Ordinal);
        Assert.True(i >= 0, text);
        return input[..i].Count(c => c == '\n');
    }
}
