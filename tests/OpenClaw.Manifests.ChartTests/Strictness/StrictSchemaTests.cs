using System.Text;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Contract;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;

namespace OpenClaw.Manifests.ChartTests.Strictness;

/// <summary>
/// No object the project writes carries a field its schema does not know. kube-validate lets unknown fields
/// through; the API server with strict field validation (kubectl apply's default) refuses them, and Argo CD
/// and Flux may apply such an object in part. Built-in kinds are read back into their k8s.Models type with
/// unmapped members disallowed; the Flux and Argo CD kinds are checked against the field names published in
/// kube-validate's kubernetes-models packages. Every failure names the file, the object and the path.
/// </summary>
public sealed class StrictSchemaTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    private static readonly PlatformSettings Sample = PlatformSettingsFile.Load(RepoPaths.Settings);

    /// <summary>The settings that change which objects are written: every Argo CD delivery, an OCI and a classic chart repository.</summary>
    private static IEnumerable<PlatformSettings> SettingsVariants()
    {
        foreach (var delivery in Enum.GetValues<ArgoDelivery>()) yield return Sample with { ArgoDelivery = delivery };
        yield return Sample with { ChartRepository = "https://charts.openova.io/charts" };
    }

    /// <summary>Every problem of every object in <paramref name="yaml"/>, each prefixed with <paramref name="where"/> and the object.</summary>
    private static List<string> Problems(string where, string yaml, ISet<string>? kinds = null)
    {
        var problems = new List<string>();
        foreach (var obj in ObjectSet.FromYaml(yaml).Objects.Values) problems.AddRange(Problems(where, obj, kinds));
        return problems;
    }

    private static IEnumerable<string> Problems(string where, JsonNode obj, ISet<string>? kinds = null)
    {
        var name = $"{where}: {obj["kind"]}/{obj["metadata"]?["name"]}";
        kinds?.Add($"{obj["apiVersion"]} {obj["kind"]}");
        if (StrictModels.TypeOf(obj) is { } type)
        {
            if (StrictModels.Problem(obj, type) is { } problem) yield return $"{name}: {problem}";
        }
        else if (obj["apiVersion"]?.GetValue<string>() == "cilium.io/v2" && obj["kind"]?.GetValue<string>() == "CiliumNetworkPolicy")
        {
            // No registry publishes Cilium's CRD: its schema for the fields emitted is committed test data (CiliumSchema).
            foreach (var error in CiliumSchema.Errors(obj.ToJsonString())) yield return $"{name}: {error}";
        }
        else if (PublishedSchemas.Covers(obj))
        {
            foreach (var field in PublishedSchemas.Installed.UnknownFields(obj)) yield return $"{name}: {field}: not a field of the published {obj["apiVersion"]} {obj["kind"]} schema";
        }
        else
        {
            yield return $"{name}: no schema for {obj["apiVersion"]} {obj["kind"]}: add its model or published package";
        }
    }

    /// <summary>Every YAML file of a generated tree that holds objects (not the chart's templates and values, which are checked as Helm's output).</summary>
    private static IEnumerable<(string Path, string Text)> ObjectFiles(FileTree tree)
        => tree.Files.Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal) && !f.Key.StartsWith("bp-openclaw/", StringComparison.Ordinal)
                && !f.Key.EndsWith("/values.yaml", StringComparison.Ordinal) && f.Key is not ".sops.yaml" and not "bp-openclaw.digest.yaml")
            .Select(f => (f.Key, Encoding.UTF8.GetString(f.Value)));

    // The Flux and Argo CD kinds are checked against kube-validate's packages, from the shared folder.
    [SharedFact]
    public void Every_generated_object_reads_back_strictly_under_every_delivery_option()
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        var problems = SettingsVariants().SelectMany(settings => ObjectFiles(GeneratedTree.Build(settings))
            .SelectMany(f => Problems($"{f.Path} ({settings.ArgoDelivery}, {settings.FluxSourceKind})", f.Text, kinds))).Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // Every kind the project writes went through one of the two checks.
        foreach (var kind in new[] { "v1 Namespace", "apps/v1 Deployment", "networking.k8s.io/v1 NetworkPolicy", "rbac.authorization.k8s.io/v1 Role",
                     "helm.toolkit.fluxcd.io/v2 HelmRelease", "source.toolkit.fluxcd.io/v1 OCIRepository", "argoproj.io/v1alpha1 Application", "argoproj.io/v1alpha1 ApplicationSet" })
            Assert.Contains(kind, kinds);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Samples), MemberType = typeof(HelmCases))]
    public void Helm_output_reads_back_strictly(HelmMajor helm, string name)
    {
        var result = chart.Render(helm, SampleTenants.Get(name));
        Assert.True(result.ExitCode == 0, result.ToString());
        var problems = Problems($"helm template ({helm}) {name}", result.Stdout);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(SampleTenants.Names), MemberType = typeof(SampleTenants))]
    public void The_stamped_per_user_pod_reads_back_strictly(string name)
    {
        var tenant = SampleTenants.Get(name);
        var emulator = new ControllerEmulator(tenant, RenderPaths.Direct(tenant));
        emulator.Run(RenderPaths.Sub(7), new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));
        Assert.NotNull(emulator.Stamped);
        var problems = Problems($"stamped pod of {name}", emulator.Stamped!);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains("v1 Pod", ObjectSet.FromYaml(emulator.Stamped!).Objects.Values.Select(o => $"{o["apiVersion"]} {o["kind"]}"));
    }

    /// <summary>The checks fail, naming the path, on a misspelt field: in a built-in kind, deep in a pod, and in each CRD kind.</summary>
    [SharedTheory]
    [InlineData("tenants/acme/rendered.yaml", "          imagePullPolicy: IfNotPresent\n", "          imagePullPolice: IfNotPresent\n", "$.spec.template.spec.containers[0]", "imagePullPolice")]
    [InlineData("tenants/acme/rendered.yaml", "kind: Namespace\nmetadata:\n", "kind: Namespace\nmetadata:\n  lables: {a: b}\n", "$.metadata", "lables")]
    [InlineData("tenants/acme/helmrelease.yaml", "spec:\n", "spec:\n  intervall: 5m\n", "$.spec.intervall", null)]
    [InlineData("tenants/acme/helmrelease.yaml", "  chartRef:\n", "  chartRef:\n    nameSpace: flux-system\n", "$.spec.chartRef.nameSpace", null)]
    [InlineData("flux/ocirepository.yaml", "  ref:\n", "  ref:\n    semVer: 1.x\n", "$.spec.ref.semVer", null)]
    [InlineData("tenants/acme/application.yaml", "  syncPolicy:\n", "  syncPolicy:\n    automatic: {}\n", "$.spec.syncPolicy.automatic", null)]
    public void A_misspelt_field_fails_naming_its_path(string file, string anchor, string replacement, string path, string? field)
    {
        var text = GeneratedTree.Text(GeneratedTree.Build(Sample), file);
        Assert.Contains(anchor, text);
        Assert.Empty(Problems(file, text));
        var broken = Problems(file, ReplaceFirst(text, anchor, replacement));
        var problem = Assert.Single(broken);
        Assert.Contains(path, problem);
        if (field is not null) Assert.Contains(field, problem);
    }

    [SharedFact]
    public void A_misspelt_field_in_an_ApplicationSet_template_fails()
    {
        var file = ArgoApplications.ApplicationSetFile;
        var text = GeneratedTree.Text(GeneratedTree.Build(Sample with { ArgoDelivery = ArgoDelivery.ApplicationSet }), file);
        Assert.Empty(Problems(file, text));
        var broken = Problems(file, ReplaceFirst(text, "  template:\n", "  template:\n    metdata: {}\n"));
        Assert.Contains("$.spec.template.metdata", Assert.Single(broken));
    }

    private static string ReplaceFirst(string text, string anchor, string replacement)
    {
        var i = text.IndexOf(anchor, StringComparison.Ordinal);
        return text[..i] + replacement + text[(i + anchor.Length)..];
    }
}
