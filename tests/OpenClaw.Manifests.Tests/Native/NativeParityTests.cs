namespace OpenClaw.Manifests.Tests.Native;

/// <summary>
/// The native command line is the same program as the framework-dependent one, compiled against KubernetesClient.Aot
/// and through the trimmer: on good and bad tenants alike it must print the same diagnostics, byte for byte, and
/// exit with the same code. The bad corpus covers the loader's refusals (YAML syntax, anchors, tags, depth),
/// every field rule and the cross-tenant rules; the pod template's strict re-read runs on every good tenant.
/// </summary>
public sealed class NativeParityTests(NativeCliFixture native) : IClassFixture<NativeCliFixture>
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "samples/tenants", "text" },
        { "samples/tenants/acme.yaml", "msbuild" },
        // The good corpus shares one tenant name on purpose (twins of bad cases): one file per run.
        { "tests/corpus/good/every-field.yaml", "text" },
        { "tests/corpus/good/quoted-and-commented.yaml", "text" },
        { "tests/corpus/good/secret-references.yaml", "sarif" },
        { "tests/corpus/good/rbac-create-split.yaml", "text" },
        { "tests/corpus/bad", "text" },
        { "tests/corpus/bad", "msbuild" },
        { "tests/corpus/bad-sets/same-host", "text" },
        { "tests/corpus/bad-sets/namespace-of-other-tenant", "text" },
        { "tests/corpus/bad/billion-laughs.yaml", "sarif" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Validate_prints_the_same_diagnostics_and_exit_code(string path, string format)
    {
        string[] args = ["validate", path, "--format", format];
        var framework = CliRunner.RunProcess(RepoPaths.Root, null, args);
        var aot = native.Run(RepoPaths.Root, args);
        Assert.Equal(framework.ExitCode, aot.ExitCode);
        Assert.Equal(framework.Stdout, aot.Stdout);
        Assert.Equal(framework.Stderr, aot.Stderr);
        // Not two empty outputs that agree by accident: a bad input is refused with rule IDs, a good one passes.
        if (path.Contains("bad", StringComparison.Ordinal))
        {
            Assert.Equal(1, aot.ExitCode);
            Assert.Contains("OCM", aot.Stdout + aot.Stderr, StringComparison.Ordinal);
        }
        else
            Assert.Equal(0, aot.ExitCode);
    }

    // Scriban's templates, the chart writer and the overlay writers run in the native build too: its generate --check
    // over the committed output must agree with the framework-dependent one (and so with charts-out).
    [Theory]
    [InlineData("generate", "--check")]
    [InlineData("render", "samples/tenants/globex.yaml")]
    public void Generate_check_and_render_agree(params string[] args)
    {
        var framework = CliRunner.RunProcess(RepoPaths.Root, null, args);
        var aot = native.Run(RepoPaths.Root, args);
        Assert.Equal(0, framework.ExitCode);
        Assert.Equal(framework.ToString(), aot.ToString());
    }

    [Fact]
    public void An_assembly_of_catalogs_is_refused_with_the_way_to_the_framework_dependent_tool()
    {
        var aot = native.Run(RepoPaths.Root, "validate", "--assembly", CliRunner.Dll);
        Assert.Equal(2, aot.ExitCode);
        Assert.Contains("the native openclaw-manifests cannot load .NET assemblies", aot.Stderr, StringComparison.Ordinal);
    }
}
