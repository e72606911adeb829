using OpenClaw.Manifests.Analyzers.Rules;
using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.ImageNotPinnedAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class ImageNotPinnedAnalyzerTests
{
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public Task Tag_only_literal_in_ImageReference_Parse_is_reported() => Verify.VerifyAsync(InMethod("""
        var image = ImageReference.Parse({|OCM0001:"nginx:latest"|});
        """));

    [Fact]
    public Task Message_names_the_image() => Verify.VerifyAsync(
        InMethod("""
        var image = ImageReference.Parse({|#0:"ghcr.io/acme/app:1.2.3"|});
        """),
        Verify.Diagnostic("OCM0001").WithLocation(0).WithArguments("ghcr.io/acme/app:1.2.3"));

    [Fact]
    public Task TryParse_and_untagged_references_are_reported() => Verify.VerifyAsync(InMethod("""
        ImageReference.TryParse({|OCM0001:"ghcr.io/acme/app"|}, out var a);
        """));

    [Fact]
    public Task Pinned_references_are_silent() => Verify.VerifyAsync(InMethod($$"""
        var a = ImageReference.Parse("ghcr.io/acme/app@sha256:{{Digest}}");
        var b = ImageReference.Parse("ghcr.io/acme/app:1.2.3@sha256:{{Digest}}");
        var c = new V1Container { Name = "app", Image = "registry.local:5000/acme/app@sha256:{{Digest}}" };
        """));

    [Fact]
    public Task Uppercase_or_short_digest_is_reported() => Verify.VerifyAsync(InMethod($$"""
        var a = ImageReference.Parse({|OCM0001:"ghcr.io/acme/app@sha256:{{Digest.ToUpperInvariant()}}"|});
        var b = ImageReference.Parse({|OCM0001:"ghcr.io/acme/app@sha256:abc123"|});
        """));

    [Fact]
    public Task K8s_container_image_is_reported() => Verify.VerifyAsync(InMethod("""
        var pod = new V1PodSpec
        {
            Containers = [new V1Container { Name = "web", Image = {|OCM0001:"nginx:1.27"|} }],
            InitContainers = new List<V1Container> { new() { Name = "init", Image = {|OCM0001:"busybox"|} } },
            EphemeralContainers = [new V1EphemeralContainer { Name = "debug", Image = {|OCM0001:"busybox:latest"|} }],
            Volumes = [new V1Volume { Name = "models", Image = new V1ImageVolumeSource { Reference = {|OCM0001:"ghcr.io/acme/models:v1"|} } }],
        };
        var c = new V1Container();
        c.Image = {|OCM0001:"redis:7"|};
        """));

    [Fact]
    public Task Constants_locals_and_static_readonly_fields_are_followed() => Verify.VerifyAsync(Usings + """
        public static class Images
        {
            private const string Nginx = "nginx:latest";
            private static readonly string Redis = "redis:7";
            private static readonly string Pinned = "redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

            public static void Build()
            {
                var local = "busybox:1.36";
                var reassigned = "busybox:1.36";
                reassigned = Pinned;
                var a = new V1Container { Image = {|OCM0001:Nginx|} };
                var b = new V1Container { Image = {|OCM0001:Redis|} };
                var c = new V1Container { Image = {|OCM0001:local|} };
                var d = new V1Container { Image = reassigned };
                var e = new V1Container { Image = Pinned };
            }
        }
        """);

    [Fact]
    public Task Interpolations_whose_constant_text_ends_in_a_tag_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = ImageReference.Parse({|OCM0001:$"{registry}/acme/app:1.2.3"|});
        var b = new V1Container { Image = {|OCM0001:$"{registry}/app:latest"|} };
        var c = new V1Container { Image = {|OCM0001:registry + "/app:1.0"|} };
        var d = new V1Container { Image = {|OCM0001:$"{registry}/app:1.{minor}"|} };
        """));

    [Fact]
    public Task Interpolations_that_may_carry_a_digest_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = ImageReference.Parse($"{registry}/acme/app@sha256:{digest}");
        var b = new V1Container { Image = $"{registry}/app:{version}" };
        var c = new V1Container { Image = $"registry.local:5000/{version}" };
        var d = new V1Container { Image = registry + "@" + digest };
        var e = new V1Container { Image = version };
        """));

    [Fact]
    public Task Create_with_a_broken_digest_or_repository_is_reported() => Verify.VerifyAsync(InMethod($$"""
        var a = ImageReference.Create("ghcr.io/acme/app", {|OCM0001:"latest"|});
        var b = ImageReference.Create({|OCM0001:"ghcr.io/Acme/app"|}, "sha256:{{Digest}}");
        var b2 = ImageReference.Create("ghcr.io/acme/app:1.0", "sha256:{{Digest}}");
        var c = ImageReference.Create("ghcr.io/acme/app", "sha256:{{Digest}}", "1.0");
        var d = ImageReference.Create("ghcr.io/acme/app", "{{Digest}}");
        var e = ImageReference.Create(registry, digest, version);
        """));

    [Fact]
    public Task Aliases_and_static_imports_of_ImageReference_are_read() => Verify.VerifyAsync("""
        using IR = OpenClaw.Manifests.Model.ImageReference;
        using static OpenClaw.Manifests.Model.ImageReference;

        public static class Images
        {
            public static object Build()
            {
                var a = IR.Parse({|OCM0001:"nginx:latest"|});
                var b = Parse({|OCM0001:"redis:7"|});
                return a;
            }
        }
        """);

    // The syntax pre-check folds constants of the enclosing type; a local constant of the same name wins over them.
    [Fact]
    public Task Create_folds_constants_of_the_type_and_respects_local_ones() => Verify.VerifyAsync(Usings + $$"""
        public static class Images
        {
            private const string Registry = "ghcr.io/Acme";
            private const string Good = "ghcr.io/acme";

            public static object Build()
            {
                var a = ImageReference.Create({|OCM0001:Registry + "/app"|}, "sha256:{{Digest}}");
                var b = ImageReference.Create(Good + "/app", "sha256:{{Digest}}", "1.0");
                return a;
            }

            public static object Shadowed()
            {
                const string Good = "ghcr.io/Acme";
                return ImageReference.Create({|OCM0001:Good + "/app"|}, "sha256:{{Digest}}");
            }
        }
        """);

    [Fact]
    public Task Projects_without_the_libraries_are_skipped()
    {
        var test = new Verifiers.AnalyzerVerifier<ImageNotPinnedAnalyzer>.Test
        {
            TestCode = """
                public sealed class V1Container { public string Image { get; set; } = ""; }
                public static class C { public static object M() => new V1Container { Image = "nginx:latest" }; }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        return test.RunAsync();
    }
}
