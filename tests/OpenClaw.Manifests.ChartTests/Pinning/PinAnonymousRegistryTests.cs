using System.Text;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.TestSupport;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// <c>pin</c> against the real Distribution registry without auth: what it writes (byte for byte), multi-arch
/// images, tags that move or disappear, all-or-nothing over several files, C# literals, and --check.
/// </summary>
public sealed class PinAnonymousRegistryTests(AnonymousRegistry registry) : IClassFixture<AnonymousRegistry>
{
    private string Image(string repo, string tag) => $"{registry.Host}/{repo}:{tag}";

    [Fact]
    public void Pin_inserts_the_digests_and_changes_no_other_byte_and_generate_accepts_the_result()
    {
        var single = registry.Push("exact/controller", "1.0", "controller one");
        var index = registry.Push("exact/runtime", "2.0", "runtime two", multiArch: true);
        using var dir = new TempDir();
        var original = PinTenants.Yaml("acme", Image("exact/controller", "1.0"), $"\"{Image("exact/runtime", "2.0")}\"");
        var file = dir.File("tenants/acme.yaml", original);

        var result = registry.Pin([Path.Combine(dir.Path, "tenants")]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var expected = original
            .Replace($"controller: {Image("exact/controller", "1.0")} ", $"controller: {Image("exact/controller", "1.0")}@{single} ", StringComparison.Ordinal)
            .Replace($"runtime: \"{Image("exact/runtime", "2.0")}\"", $"runtime: \"{Image("exact/runtime", "2.0")}@{index}\"", StringComparison.Ordinal);
        Assert.NotEqual(original, expected);
        AssertOnlyInsertions(Encoding.UTF8.GetBytes(original), File.ReadAllBytes(file), [$"@{single}", $"@{index}"]);
        Assert.Equal(expected, File.ReadAllText(file));
        Assert.Contains("2 of 2 image reference(s) pinned in 1 of 1 file(s)", result.Stdout, StringComparison.Ordinal);

        var generate = CliRunner.Run("generate", "--tenants", Path.Combine(dir.Path, "tenants"), "--no-gitops", "--out", Path.Combine(dir.Path, "out"));
        Assert.True(generate.ExitCode == 0, generate.Stderr);
        Assert.Contains($"{Image("exact/runtime", "2.0")}@{index}", File.ReadAllText(Path.Combine(dir.Path, "out", "tenants", "acme", "rendered.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, registry.Pin(["--check", file]).ExitCode);
    }

    [Fact]
    public void A_multi_arch_image_is_pinned_to_its_index_not_to_a_platform_manifest()
    {
        using var layoutDir = new TempDir();
        var layout = new OciLayout(layoutDir.Path);
        var index = layout.MultiArch("3.0", "many platforms");
        Skopeo.Push(layout, "3.0", registry.Host, "multi/runtime");
        var platforms = Directory.GetFiles(Path.Combine(layoutDir.Path, "blobs", "sha256")).Where(f => File.ReadAllText(f).Contains("\"layers\":[", StringComparison.Ordinal)).Select(f => "sha256:" + Path.GetFileName(f)).ToList();
        Assert.Equal(2, platforms.Count);
        using var dir = new TempDir();
        var file = dir.File("t.yaml", PinTenants.Yaml("multi", Image("multi/runtime", "3.0"), Image("multi/runtime", "3.0")));

        Assert.Equal(0, registry.Pin([file]).ExitCode);

        var text = File.ReadAllText(file);
        Assert.Contains($"{Image("multi/runtime", "3.0")}@{index}", text, StringComparison.Ordinal);
        Assert.All(platforms, p => Assert.DoesNotContain(p, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_odd_quoting_crlf_a_bom_and_wide_characters_are_kept_byte_for_byte()
    {
        registry.Push("odd/controller", "1.0-rc.1", "odd one");
        var runtime = registry.Push("odd/runtime", "v2", "odd two");
        var controller = registry.Push("odd/controller", "1.0-rc.1", "odd one");
        using var dir = new TempDir();
        // A flow mapping with a single-quoted and a double-quoted image, CRLF line endings, a byte-order mark, and
        // characters before the images that are two bytes, three bytes and (the rocket) a UTF-16 surrogate pair.
        var text = "\uFEFF" + PinTenants.Yaml("odd", "X", "Y", "\r\n")
            .Replace("  images:\r\n    controller: X   # the controller, kept readable by its tag\r\n    runtime: Y\r\n",
                $"  # ünïcødé ✓ 🚀 'quotes' \"here\" controller: {Image("odd/controller", "1.0-rc.1")}\r\n  images: {{controller: '{Image("odd/controller", "1.0-rc.1")}',   runtime: \"{Image("odd/runtime", "v2")}\"}} # flow\r\n", StringComparison.Ordinal);
        Assert.Contains("images: {", text, StringComparison.Ordinal);
        var path = Path.Combine(dir.Path, "odd.yaml");
        var before = new UTF8Encoding(false).GetBytes(text);
        File.WriteAllBytes(path, before);

        var result = registry.Pin([path]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var after = File.ReadAllBytes(path);
        AssertOnlyInsertions(before, after, [$"@{controller}", $"@{runtime}"]);
        var expected = text
            .Replace($"{{controller: '{Image("odd/controller", "1.0-rc.1")}'", $"{{controller: '{Image("odd/controller", "1.0-rc.1")}@{controller}'", StringComparison.Ordinal)
            .Replace($"runtime: \"{Image("odd/runtime", "v2")}\"", $"runtime: \"{Image("odd/runtime", "v2")}@{runtime}\"", StringComparison.Ordinal);
        Assert.Equal(new UTF8Encoding(false).GetBytes(expected), after);
        Assert.Equal(0, CliRunner.Run("validate", path).ExitCode);
    }

    [Fact]
    public void A_moved_tag_fails_check_is_left_alone_by_pin_and_moved_by_update()
    {
        var first = registry.Push("moving/app", "stable", "first build");
        using var dir = new TempDir();
        var file = dir.File("t.yaml", PinTenants.Yaml("moving", Image("moving/app", "stable"), Image("moving/app", "stable")));
        Assert.Equal(0, registry.Pin([file]).ExitCode);
        var pinned = File.ReadAllText(file);
        Assert.Contains($"@{first}", pinned, StringComparison.Ordinal);

        var second = registry.Push("moving/app", "stable", "second build");
        Assert.NotEqual(first, second);
        var check = registry.Pin(["--check", file]);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{file}(16,17): error OCM0001: spec.images.controller '{Image("moving/app", "stable")}@{first}' tag moved: {Image("moving/app", "stable")} now names {second}, the file pins {first}; pin --update writes '{Image("moving/app", "stable")}@{second}'", check.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}(17,14): error OCM0001: spec.images.runtime", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(pinned, File.ReadAllText(file));

        Assert.Equal(0, registry.Pin([file]).ExitCode);
        Assert.Equal(pinned, File.ReadAllText(file));

        var update = registry.Pin(["--update", file]);
        Assert.True(update.ExitCode == 0, update.Stderr);
        Assert.Equal(pinned.Replace(first, second, StringComparison.Ordinal), File.ReadAllText(file));
        Assert.Equal(0, registry.Pin(["--check", file]).ExitCode);
    }

    [Fact]
    public void Check_fails_on_an_image_that_is_not_pinned_and_writes_nothing()
    {
        var digest = registry.Push("unpinned/app", "1", "unpinned");
        using var dir = new TempDir();
        var original = PinTenants.Yaml("unpinned", Image("unpinned/app", "1"), Image("unpinned/app", "1") + "@" + digest);
        var file = dir.File("t.yaml", original);

        var check = registry.Pin(["--check", file]);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{file}(16,17): error OCM0001: spec.images.controller '{Image("unpinned/app", "1")}' is not pinned; pin writes '{Image("unpinned/app", "1")}@{digest}'", check.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("spec.images.runtime", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    [Fact]
    public void A_deleted_tag_is_a_404_that_names_the_image_and_writes_nothing()
    {
        registry.Push("deleted/app", "old", "soon gone");
        registry.Delete("deleted/app", "old");
        using var dir = new TempDir();
        var original = PinTenants.Yaml("deleted", Image("deleted/app", "old"), Image("deleted/app", "old"));
        var file = dir.File("t.yaml", original);

        var result = registry.Pin([file]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"error: {Image("deleted/app", "old")}: no such tag or repository (404)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("pin: nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    [Fact]
    public void When_one_image_of_several_tenants_fails_no_file_is_written()
    {
        registry.Push("many/controller", "1", "many");
        using var dir = new TempDir();
        var texts = new Dictionary<string, string>
        {
            ["a.yaml"] = PinTenants.Yaml("alpha", Image("many/controller", "1"), Image("many/controller", "1")),
            ["b.yaml"] = PinTenants.Yaml("bravo", Image("many/controller", "1"), Image("many/never-pushed", "1")),
            ["c.yaml"] = PinTenants.Yaml("charlie", Image("many/controller", "1"), Image("many/controller", "1")),
        };
        foreach (var (name, text) in texts) dir.File("tenants/" + name, text);

        var result = registry.Pin([Path.Combine(dir.Path, "tenants")]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"{Image("many/never-pushed", "1")}: no such tag or repository (404)", result.Stderr, StringComparison.Ordinal);
        foreach (var (name, text) in texts) Assert.Equal(text, File.ReadAllText(Path.Combine(dir.Path, "tenants", name)));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "tenants"), "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Default_paths_are_the_configured_tenants()
    {
        var digest = registry.Push("configured/app", "1", "configured");
        using var dir = new TempDir();
        var config = dir.File("openclaw.yaml", "tenants: [platform/tenants]\n");
        var file = dir.File("platform/tenants/t.yaml", PinTenants.Yaml("configured", Image("configured/app", "1"), Image("configured/app", "1")));

        var result = registry.Pin(["--config", config]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"{Image("configured/app", "1")}@{digest}", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Csharp_image_literals_are_rewritten_in_place_and_each_is_reported_with_its_new_text()
    {
        var digest = registry.Push("cs/app", "1.2", "from C#");
        var image = Image("cs/app", "1.2");
        using var dir = new TempDir();
        var original = $$"""
            using k8s.Models;
            using OpenClaw.Manifests.Model;

            public static class Tenants
            {
                // The runtime's image, kept as a constant: "{{image}}" in this comment stays as it is.
                private const string Runtime = "{{image}}";

                public static ImageReference Controller => ImageReference.Parse("{{image}}");
                public static ImageReference Worker => ImageReference.Parse(Runtime);
                public static V1Container Sidecar => new() { Name = "sidecar", Image = @"{{image}}" };
                public static string NotAnImage => "{{image}}";
                public static Logo Banner => new() { Image = "logo.png" };
            }

            """;
        var file = dir.File("src/Tenants.cs", original);
        dir.File("src/bin/Debug/Generated.cs", $"class G {{ object I = k8s.Models.ImageReference.Parse(\"{image}\"); }}");

        var result = registry.Pin([Path.Combine(dir.Path, "src")]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var pinned = $"{image}@{digest}";
        var expected = original
            .Replace($"Runtime = \"{image}\"", $"Runtime = \"{pinned}\"", StringComparison.Ordinal)
            .Replace($"Parse(\"{image}\")", $"Parse(\"{pinned}\")", StringComparison.Ordinal)
            .Replace($"Image = @\"{image}\"", $"Image = @\"{pinned}\"", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(file));
        Assert.Contains($"{file}(7,36): pinned string literal: \"{pinned}\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{file}(11,76): pinned string literal: @\"{pinned}\"", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(digest, File.ReadAllText(Path.Combine(dir.Path, "src", "bin", "Debug", "Generated.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_that_cannot_be_rewritten_alone_is_reported_with_its_replacement_and_nothing_is_written()
    {
        var digest = registry.Push("cs/raw", "1", "raw");
        var image = Image("cs/raw", "1");
        using var dir = new TempDir();
        var original = $$""""
            public static class Tenants
            {
                public static object A => OpenClaw.Manifests.Model.ImageReference.Parse("{{image}}");
                public static object B => OpenClaw.Manifests.Model.ImageReference.Parse("""
                    {{image}}
                    """);
            }

            """";
        var file = dir.File("Tenants.cs", original);

        var result = registry.Pin([file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(4,77): error OCM0001: string literal '{image}' is not pinned, and this string literal cannot be rewritten by itself: replace it with '{image}@{digest}'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    [Fact]
    public void A_block_scalar_image_is_refused_with_its_position_and_nothing_is_written()
    {
        registry.Push("block/app", "1", "block");
        using var dir = new TempDir();
        var original = PinTenants.Yaml("block", Image("block/app", "1"), "|-\n      " + Image("block/app", "1"));
        var file = dir.File("t.yaml", original);

        var result = registry.Pin([file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(17,14): error OCM0001: spec.images.runtime '{Image("block/app", "1")}' is not pinned, and this spec.images.runtime cannot be rewritten by itself", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("nginx", "names no tag")]
    [InlineData("Not An Image", "is not an image reference")]
    public void A_reference_pin_cannot_resolve_is_refused_before_any_registry_is_asked(string image, string message)
    {
        using var dir = new TempDir();
        var original = PinTenants.Yaml("bad", $"'{image}'", Image("bad/app", "1"));
        var file = dir.File("t.yaml", original);

        var result = CliRunner.Run("pin", "--insecure-registry", "127.0.0.1:1", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(16,17): error OCM0001: spec.images.controller '{image}' {message}", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot reach", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    /// <summary>
    /// The byte-level diff: <paramref name="after"/> is <paramref name="before"/> with exactly the given byte strings
    /// inserted, in order, and nothing else changed (no byte removed, reordered or re-encoded).
    /// </summary>
    internal static void AssertOnlyInsertions(byte[] before, byte[] after, string[] insertions)
    {
        var i = 0;
        var j = 0;
        var found = 0;
        while (i < before.Length || j < after.Length)
        {
            if (i < before.Length && j < after.Length && before[i] == after[j]) { i++; j++; continue; }
            Assert.True(found < insertions.Length, $"byte {j} differs beyond the {insertions.Length} expected insertion(s)");
            var insert = Encoding.UTF8.GetBytes(insertions[found]);
            Assert.True(after.AsSpan(j).StartsWith(insert), $"at byte {j} expected the insertion '{insertions[found]}', found '{Encoding.UTF8.GetString(after, j, Math.Min(80, after.Length - j))}'");
            j += insert.Length;
            found++;
        }
        Assert.Equal(insertions.Length, found);
    }
}
