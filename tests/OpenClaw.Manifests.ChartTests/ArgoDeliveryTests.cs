using System.Text;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// The Argo CD delivery options: the one ApplicationSet makes exactly the per-tenant Applications, the
/// rendered-manifests Applications sync each tenant's committed rendered.yaml, and every generated GitOps
/// object of every option is schema-valid.
/// </summary>
public sealed class ArgoDeliveryTests
{
    private static readonly PlatformSettings Sample = PlatformSettingsFile.Load(RepoPaths.Settings);

    private static PlatformSettings With(ArgoDelivery delivery) => Sample with { ArgoDelivery = delivery };

    private static JsonNode Json(FileTree tree, string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(GeneratedTree.Text(tree, path)));
        return ObjectSet.ToJson(stream.Documents.Single().RootNode)!;
    }

    /// <summary>The output files as the Git files generator sees them: repository paths under the output folder.</summary>
    private static Dictionary<string, string> RepositoryFiles(FileTree tree, PlatformSettings settings)
        => tree.Files.ToDictionary(f => settings.GitOutputPath.TrimEnd('/') + "/" + f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    private static SortedDictionary<string, JsonNode> PerTenantApplications()
    {
        var tree = GeneratedTree.Build(With(ArgoDelivery.Applications));
        var apps = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var t in SampleTenants.Tenants)
        {
            var app = Json(tree, $"tenants/{t.Name.Value}/application.yaml");
            apps.Add(app["metadata"]!["name"]!.GetValue<string>(), app);
        }
        return apps;
    }

    private static string? Compare(SortedDictionary<string, JsonNode> expected, SortedDictionary<string, JsonNode> actual)
    {
        var sb = new StringBuilder();
        foreach (var name in expected.Keys.Except(actual.Keys)) sb.Append($"the ApplicationSet makes no {name}\n");
        foreach (var name in actual.Keys.Except(expected.Keys)) sb.Append($"the ApplicationSet makes an extra {name}\n");
        foreach (var (name, app) in expected)
            if (actual.TryGetValue(name, out var made) && !JsonNode.DeepEquals(ObjectSet.Canonical(app), ObjectSet.Canonical(made)))
                sb.Append($"{name} differs:\nper-tenant:     {ObjectSet.Canonical(app)!.ToJsonString()}\nApplicationSet: {ObjectSet.Canonical(made)!.ToJsonString()}\n");
        return sb.Length == 0 ? null : sb.ToString();
    }

    [Fact]
    public void The_ApplicationSet_makes_exactly_the_per_tenant_Applications()
    {
        var settings = With(ArgoDelivery.ApplicationSet);
        var tree = GeneratedTree.Build(settings);
        Assert.DoesNotContain(tree.Files.Keys, k => k.EndsWith("/application.yaml", StringComparison.Ordinal));
        var made = ApplicationSetTemplating.Applications(Json(tree, ArgoApplications.ApplicationSetFile), RepositoryFiles(tree, settings));
        Assert.Equal(SampleTenants.Tenants.Count, made.Count);
        var problem = Compare(PerTenantApplications(), made);
        Assert.True(problem is null, problem);
    }

    /// <summary>The generated ApplicationSet and the repository files its generator reads.</summary>
    private static (JsonNode Set, Dictionary<string, string> Files) ApplicationSetOutput()
    {
        var settings = With(ArgoDelivery.ApplicationSet);
        var tree = GeneratedTree.Build(settings);
        return (Json(tree, ArgoApplications.ApplicationSetFile), RepositoryFiles(tree, settings));
    }

    [Fact]
    public void The_proof_notices_a_template_that_reads_the_wrong_parameter()
    {
        var (set, files) = ApplicationSetOutput();

        // The tenant's folder name happens to be its name; its namespace is not: a template using the name fails.
        set["spec"]!["template"]!["spec"]!["destination"]!["namespace"] = "{{ .tenant.name }}";
        var problem = Compare(PerTenantApplications(), ApplicationSetTemplating.Applications(set, files));
        Assert.NotNull(problem);
        Assert.Contains("openclaw-acme differs", problem);

        set["spec"]!["template"]!["metadata"]!["name"] = "openclaw-{{ .tenant.nmae }}";
        var e = Assert.Throws<KeyNotFoundException>(() => ApplicationSetTemplating.Applications(set, files));
        Assert.Contains("tenant.nmae", e.Message);
    }

    [Fact]
    public void The_files_generator_matches_only_the_tenant_values_files()
    {
        var (set, files) = ApplicationSetOutput();
        var values = files["charts-out/tenants/acme/values.yaml"];
        // A values file one folder deeper, or the chart's own defaults, must not become an Application.
        files["charts-out/tenants/acme/old/values.yaml"] = values.Replace("\"acme\"", "\"acme-old\"", StringComparison.Ordinal);
        Assert.True(files.ContainsKey("charts-out/bp-openclaw/values.yaml"));
        Assert.Equal(SampleTenants.Tenants.Count, ApplicationSetTemplating.Applications(set, files).Count);
    }

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void A_rendered_manifests_Application_syncs_the_committed_rendered_yaml_without_Helm(string name)
    {
        var tenant = SampleTenants.Get(name);
        var settings = With(ArgoDelivery.RenderedManifests);
        var tree = GeneratedTree.Build(settings);
        var app = Json(tree, $"tenants/{name}/application.yaml");
        var spec = app["spec"]!;
        Assert.Null(spec["sources"]);
        var source = spec["source"]!;
        Assert.Equal(settings.GitRepository, source["repoURL"]!.GetValue<string>());
        Assert.Equal(settings.GitRevision, source["targetRevision"]!.GetValue<string>());
        Assert.Null(source["helm"]);
        Assert.Null(source["chart"]);
        Assert.Equal("rendered.yaml", source["directory"]!["include"]!.GetValue<string>());
        Assert.Equal(tenant.EffectiveNamespace, spec["destination"]!["namespace"]!.GetValue<string>());

        // The folder it points at holds the rendered objects, all of them in the destination namespace.
        var folder = source["path"]!.GetValue<string>();
        Assert.StartsWith(settings.GitOutputPath + "/", folder, StringComparison.Ordinal);
        var rendered = ObjectSet.FromYaml(GeneratedTree.Text(tree, folder[(settings.GitOutputPath.Length + 1)..] + "/rendered.yaml"));
        Assert.Null(ObjectSet.Compare(ObjectSet.FromRenderer(OpenClaw.Manifests.Rendering.TenantRenderer.BuildObjects(tenant)), rendered, "direct", "rendered.yaml"));
        Assert.All(rendered.Objects.Values.Where(o => o["kind"]!.GetValue<string>() != "Namespace"),
            o => Assert.Equal(tenant.EffectiveNamespace, o["metadata"]!["namespace"]!.GetValue<string>()));

        // Everything else is the chart delivery's Application.
        var charted = Json(GeneratedTree.Build(With(ArgoDelivery.Applications)), $"tenants/{name}/application.yaml");
        Assert.True(JsonNode.DeepEquals(charted["metadata"], app["metadata"]));
        Assert.True(JsonNode.DeepEquals(charted["spec"]!["syncPolicy"], spec["syncPolicy"]));
    }

    [SharedFact]
    public void Every_generated_GitOps_object_of_every_option_is_schema_valid()
    {
        using var dir = new TempDir();
        foreach (var delivery in Enum.GetValues<ArgoDelivery>())
            foreach (var (path, bytes) in GeneratedTree.Build(With(delivery)).Files)
                // The chart's templates are Go templates, not objects; values files have no kind.
                if (!path.StartsWith("bp-openclaw/", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal) && !path.EndsWith("/values.yaml", StringComparison.Ordinal) && path != ".sops.yaml")
                    dir.File(Path.Combine(delivery.ToString(), path), Encoding.UTF8.GetString(bytes));
        Assert.True(File.Exists(Path.Combine(dir.Path, "ApplicationSet", "argocd", "applicationset.yaml")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "Applications", "flux", "ocirepository.yaml")));

        var (exit, output) = KubeValidate.Run(dir.Path);

        Assert.True(exit == 0, output);
        Assert.Contains(" 0 invalid", output);
    }

    [SharedFact]
    public void The_schema_check_refuses_a_broken_ApplicationSet_and_OCIRepository()
    {
        using var dir = new TempDir();
        var tree = GeneratedTree.Build(With(ArgoDelivery.ApplicationSet));
        var set = GeneratedTree.Text(tree, ArgoApplications.ApplicationSetFile).Replace("goTemplate: true", "goTemplate: \"yes\"", StringComparison.Ordinal);
        var source = GeneratedTree.Text(tree, FluxSource.File).Replace("operation: copy", "operation: unpack", StringComparison.Ordinal);
        dir.File("applicationset.yaml", set);
        dir.File("ocirepository.yaml", source);

        var (exit, output) = KubeValidate.Run(dir.Path);

        Assert.Equal(1, exit);
        Assert.Contains("goTemplate", output);
        Assert.Contains("layerSelector/operation", output);
    }
}
