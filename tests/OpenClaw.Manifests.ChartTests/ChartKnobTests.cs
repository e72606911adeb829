using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// Upstream's value surface: legacy keycloak.*/newapi.* fallbacks and the chart-only ingress and
/// ServiceAccount knobs the model does not have.
/// </summary>
public sealed class ChartKnobTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    private ObjectSet Render(HelmMajor helm, string tenant, JsonObject values)
    {
        var t = SampleTenants.Get(tenant);
        var result = Helm.Of(helm).Template(t.Name.Value, chart.Chart, t.EffectiveNamespace, chart.Values(values));
        Assert.True(result.ExitCode == 0, result.ToString());
        return ObjectSet.FromYaml(result.Stdout);
    }

    // A pre-0.2 values file has no canonical key, so the chart's empty default applies.
    private static void Move(JsonObject values, string canonical, string legacy)
    {
        ValueTree.Set(values, legacy, ValueTree.Get(values, canonical)!.DeepClone());
        ValueTree.Set(values, canonical, "");
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Legacy_keycloak_and_newapi_values_render_the_same_as_canonical_ones(HelmMajor helm)
    {
        var tenant = SampleTenants.Get("globex");
        var canonical = TenantValues.Overlay(tenant);
        var legacy = TenantValues.Overlay(tenant);
        Move(legacy, "oidc.issuerURL", "keycloak.realmURL");
        Move(legacy, "oidc.clientId", "keycloak.clientID");
        Move(legacy, "oidc.clientSecret.name", "keycloak.clientSecretName");
        Move(legacy, "llm.baseURL", "newapi.baseURL");
        Assert.Equal("", ValueTree.Get(legacy, "oidc.issuerURL")!.GetValue<string>());

        var expected = ObjectSet.FromRenderer(TenantRenderer.BuildObjects(tenant));
        Assert.Null(ObjectSet.Compare(expected, Render(helm, "globex", canonical), "direct", "canonical"));
        Assert.Null(ObjectSet.Compare(expected, Render(helm, "globex", legacy), "direct", "legacy"));
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Canonical_values_win_over_legacy_ones(HelmMajor helm)
    {
        var tenant = SampleTenants.Get("acme");
        var values = TenantValues.Overlay(tenant);
        ValueTree.Set(values, "keycloak.realmURL", "https://old.example.org/realms/x");
        ValueTree.Set(values, "newapi.baseURL", "https://old.example.org/v1");
        var expected = ObjectSet.FromRenderer(TenantRenderer.BuildObjects(tenant));
        Assert.Null(ObjectSet.Compare(expected, Render(helm, "acme", values), "direct", "helm"));
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Ingress_can_be_switched_off(HelmMajor helm)
    {
        var values = TenantValues.Overlay(SampleTenants.Get("acme"));
        ValueTree.Set(values, "ingress.enabled", false);
        var objects = Render(helm, "acme", values);
        Assert.DoesNotContain(objects.Objects.Keys, k => k.StartsWith("Ingress/", StringComparison.Ordinal));
        Assert.Equal(OpenClaw.Manifests.Rendering.TenantRenderer.BuildObjects(SampleTenants.Get("acme")).Count - 1, objects.Objects.Count);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Tls_off_drops_the_certificate_and_extra_annotations_are_kept(HelmMajor helm)
    {
        var values = TenantValues.Overlay(SampleTenants.Get("acme"));
        ValueTree.Set(values, "ingress.tls", false);
        ValueTree.Set(values, "ingress.annotations", new JsonObject { ["nginx.ingress.kubernetes.io/proxy-body-size"] = "8m" });
        var ingress = Render(helm, "acme", values).Objects["Ingress/org-acme/openclaw"];
        Assert.Null(ingress["spec"]!["tls"]);
        var annotations = ingress["metadata"]!["annotations"]!.AsObject();
        Assert.Equal("8m", annotations["nginx.ingress.kubernetes.io/proxy-body-size"]!.GetValue<string>());
        Assert.False(annotations.ContainsKey("cert-manager.io/cluster-issuer"));
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void ServiceAccount_annotations_are_added_only_when_given(HelmMajor helm)
    {
        var values = TenantValues.Overlay(SampleTenants.Get("acme"));
        Assert.Null(Render(helm, "acme", values).Objects["ServiceAccount/org-acme/openclaw-controller"]["metadata"]!["annotations"]);
        ValueTree.Set(values, "serviceAccount.annotations", new JsonObject { ["iam.gke.io/gcp-service-account"] = "openclaw@acme.iam.gserviceaccount.com" });
        var sa = Render(helm, "acme", values).Objects["ServiceAccount/org-acme/openclaw-controller"];
        Assert.Equal("openclaw@acme.iam.gserviceaccount.com", sa["metadata"]!["annotations"]!["iam.gke.io/gcp-service-account"]!.GetValue<string>());
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Probe_timings_are_numbers_bound_to_values(HelmMajor helm)
    {
        var values = TenantValues.Overlay(SampleTenants.Get("acme"));
        ValueTree.Set(values, "controller.probes.liveness.initialDelaySeconds", 42);
        var container = Render(helm, "acme", values).Objects["Deployment/org-acme/openclaw-controller"]["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.Equal(42, container["livenessProbe"]!["initialDelaySeconds"]!.GetValue<long>());
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Samples), MemberType = typeof(HelmCases))]
    public void Helm_lint_strict_passes_with_every_sample_overlay(HelmMajor helm, string name)
    {
        var result = Helm.Of(helm).Lint(chart.Chart, chart.Values(TenantValues.Overlay(SampleTenants.Get(name))));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Helm_lint_strict_fails_on_a_values_file_the_schema_refuses(HelmMajor helm)
    {
        var values = TenantValues.Overlay(SampleTenants.Get("acme"));
        values["replicaCount"] = 2;
        var result = Helm.Of(helm).Lint(chart.Chart, chart.Values(values));
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("replicaCount", result.Stdout + result.Stderr);
    }
}
