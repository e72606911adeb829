using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Chart;
using OpenClaw.Manifests.Generation.Overlays;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>The per-tenant files: minimal values, pinned HelmRelease and Application, SOPS rules.</summary>
public sealed class OverlayTests
{
    private static readonly PlatformSettings Settings = PlatformSettingsFile.Load(RepoPaths.Settings);

    private static FileTree Tree() => GeneratedTree.Build(Settings);

    private static string Text(FileTree tree, string path) => GeneratedTree.Text(tree, path);

    private static YamlMappingNode Yaml(string text) => GeneratedTree.Yaml(text);

    private static string At(YamlNode node, string path) => GeneratedTree.At(node, path);

    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path = "") => node is JsonObject o
        ? o.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : path + "." + p.Key))
        : [(path, node)];

    private static void AssertOnlyNonDefaults(Tenant tenant)
    {
        foreach (var (path, value) in Leaves(TenantValues.Overlay(tenant)))
        {
            var v = ValueCatalog.Get(path);
            Assert.False(JsonNode.DeepEquals(value, v.Default), $"{tenant.Name.Value}: {path} equals the chart default");
            Assert.False(v.EmptyMeans is not null && value!.GetValue<string>() == v.EmptyMeans, $"{tenant.Name.Value}: {path} equals what empty means");
        }
    }

    [Fact]
    public void The_smallest_tenant_overlay_holds_only_what_the_chart_cannot_default()
    {
        var paths = Leaves(TenantValues.Overlay(SampleTenants.Get("acme"))).Select(l => l.Path).ToList();
        Assert.Equal(
        [
            "tenant.name", "tenant.namespace", "ingress.host", "oidc.issuerURL", "oidc.clientSecret.name", "llm.baseURL", "llm.apiKey.name",
            "controller.image.repository", "controller.image.digest", "perUserPod.image.repository", "perUserPod.image.digest",
        ], paths);
    }

    [Fact]
    public void Overlay_values_contain_only_non_default_values()
    {
        foreach (var t in SampleTenants.Tenants) AssertOnlyNonDefaults(t);
        TenantGen.Tenant.Sample(AssertOnlyNonDefaults, iter: 200);
    }

    [Fact]
    public void Overlay_values_are_quoted_so_yaml_cannot_retype_them()
    {
        var text = Text(Tree(), "tenants/initech/values.yaml");
        Assert.Contains("cpu: \"1\"", text);
        Assert.Contains("replicas: 2", text);
    }

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void HelmRelease_takes_the_chart_from_the_pinned_OCIRepository_and_targets_the_tenant_namespace(string name)
    {
        var tenant = SampleTenants.Get(name);
        Assert.True(Settings.ChartIsOci, "the sample settings publish the chart to an OCI repository");
        var tree = Tree();
        var release = Yaml(Text(tree, $"tenants/{name}/helmrelease.yaml"));
        Assert.Equal("helm.toolkit.fluxcd.io/v2", At(release, "apiVersion"));
        Assert.Equal("HelmRelease", At(release, "kind"));
        Assert.False(((YamlMappingNode)release["spec"]).Children.ContainsKey("chart"), "chart and chartRef are exclusive");
        Assert.Equal("OCIRepository", At(release, "spec.chartRef.kind"));
        Assert.Equal(Settings.FluxSourceName, At(release, "spec.chartRef.name"));
        Assert.Equal(Settings.FluxSourceNamespace, At(release, "spec.chartRef.namespace"));
        Assert.Equal(tenant.EffectiveNamespace, At(release, "spec.targetNamespace"));
        Assert.Equal(name, At(release, "spec.releaseName"));

        var source = Yaml(Text(tree, FluxSource.File));
        Assert.Equal("source.toolkit.fluxcd.io/v1", At(source, "apiVersion"));
        Assert.Equal("OCIRepository", At(source, "kind"));
        Assert.Equal(Settings.FluxSourceName, At(source, "metadata.name"));
        Assert.Equal(Settings.FluxSourceNamespace, At(source, "metadata.namespace"));
        Assert.Equal(Settings.ChartRepository + "/" + Names.Chart, At(source, "spec.url"));
        Assert.Equal(Names.ChartVersion, At(source, "spec.ref.tag"));
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+$"), At(source, "spec.ref.tag"));
        Assert.Equal("application/vnd.cncf.helm.chart.content.v1.tar+gzip", At(source, "spec.layerSelector.mediaType"));
        // The inline values are the tenant's values file, key for key.
        Assert.Equal(tenant.Name.Value, At(release, "spec.values.tenant.name"));
        Assert.Equal(tenant.EffectiveHost, At(release, "spec.values.ingress.host"));
    }

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void Application_pins_the_chart_version_and_reads_the_tenant_values_file(string name)
    {
        var tenant = SampleTenants.Get(name);
        var app = Yaml(Text(Tree(), $"tenants/{name}/application.yaml"));
        Assert.Equal("argoproj.io/v1alpha1", At(app, "apiVersion"));
        Assert.Equal(Names.ChartVersion, At(app, "spec.sources.0.targetRevision"));
        // Argo CD's native OCI source: the chart's own oci:// reference and path "." (no chart field).
        Assert.Equal(Settings.ChartRepository + "/" + Names.Chart, At(app, "spec.sources.0.repoURL"));
        Assert.Equal(".", At(app, "spec.sources.0.path"));
        Assert.Equal($"$values/charts-out/tenants/{name}/values.yaml", At(app, "spec.sources.0.helm.valueFiles.0"));
        Assert.Equal("values", At(app, "spec.sources.1.ref"));
        Assert.Equal(tenant.EffectiveNamespace, At(app, "spec.destination.namespace"));
        Assert.Equal(Settings.ArgoProject, At(app, "spec.project"));
    }

    [Fact]
    public void From_an_https_repository_the_HelmRelease_pins_the_version_itself_and_no_OCIRepository_is_written()
    {
        var https = Settings with { ChartRepository = "https://charts.openova.io" };
        var tree = GeneratedTree.Build(https);
        Assert.False(tree.Files.ContainsKey(FluxSource.File));
        var release = Yaml(Text(tree, "tenants/acme/helmrelease.yaml"));
        Assert.Equal(Names.ChartVersion, At(release, "spec.chart.spec.version"));
        Assert.Equal(Names.Chart, At(release, "spec.chart.spec.chart"));
        Assert.Equal("HelmRepository", At(release, "spec.chart.spec.sourceRef.kind"));
        Assert.Equal(https.FluxSourceName, At(release, "spec.chart.spec.sourceRef.name"));
        var app = Yaml(Text(tree, "tenants/acme/application.yaml"));
        Assert.Equal("https://charts.openova.io", At(app, "spec.sources.0.repoURL"));
        Assert.Equal(Names.Chart, At(app, "spec.sources.0.chart"));
        Assert.Equal(Names.ChartVersion, At(app, "spec.sources.0.targetRevision"));
    }

    [Fact]
    public void Sops_rules_give_each_tenant_its_own_keys_plus_the_deploy_key()
    {
        var rules = (YamlSequenceNode)Yaml(Text(Tree(), ".sops.yaml")).Children[new YamlScalarNode("creation_rules")];
        Assert.Equal(SampleTenants.Tenants.Count, rules.Children.Count);
        foreach (var (rule, tenant) in rules.Children.Zip(SampleTenants.Tenants.OrderBy(t => t.Name.Value, StringComparer.Ordinal)))
        {
            var regex = new Regex(At(rule, "path_regex"));
            Assert.Matches(regex, $"tenants/{tenant.Name.Value}/secret.sops.yaml");
            Assert.Matches(regex, $"/srv/platform-repo/charts-out/tenants/{tenant.Name.Value}/oidc.sops.yaml");
            Assert.DoesNotMatch(regex, $"tenants/{tenant.Name.Value}x/secret.sops.yaml");
            Assert.DoesNotMatch(regex, $"tenants/{tenant.Name.Value}/values.yaml");
            foreach (var other in SampleTenants.Tenants.Where(o => o != tenant))
                Assert.DoesNotMatch(regex, $"tenants/{other.Name.Value}/secret.sops.yaml");
            Assert.Equal("^(data|stringData)$", At(rule, "encrypted_regex"));
            var age = At(rule, "age").Split(',');
            Assert.Contains(Settings.DeployKey, age);
            Assert.All(tenant.Sops.Age, a => Assert.Contains(a, age));
            if (tenant.Sops.Pgp.Count > 0) Assert.Equal(string.Join(",", tenant.Sops.Pgp), At(rule, "pgp"));
            else Assert.False(((YamlMappingNode)rule).Children.ContainsKey(new YamlScalarNode("pgp")));
        }
    }
}
