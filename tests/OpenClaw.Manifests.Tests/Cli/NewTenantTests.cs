using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary><c>new tenant</c> as an adopter runs it: a process in an empty platform repo, then <c>validate</c>.</summary>
public sealed class NewTenantTests
{
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void The_scaffold_is_complete_and_fails_validate_only_at_the_two_image_lines()
    {
        using var repo = new TempTree();
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "new", "tenant", "acme", "--domain", "acme.example.org");
        Assert.True(code == 0, output);
        Assert.Contains("spec.images.controller, spec.images.runtime: a real digest", output);
        Assert.Contains("spec.oidc.clientSecret, spec.llm.apiKey", output);
        var file = repo.Path("tenants", "acme.yaml");
        var text = File.ReadAllText(file);
        Assert.StartsWith("# yaml-language-server: $schema=../charts-out/tenant.schema.json\n", text);

        // Not silently valid: the placeholders are tags, which OCM0001 names at their lines, and nothing else fails.
        var (validate, report) = CliRunner.RunProcess(repo.Root, null, "validate", "tenants");
        Assert.Equal(1, validate);
        var lines = File.ReadAllLines(file);
        var controller = Array.FindIndex(lines, l => l.TrimStart().StartsWith("controller:", StringComparison.Ordinal)) + 1;
        var runtime = Array.FindIndex(lines, l => l.TrimStart().StartsWith("runtime:", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"tenants/acme\.yaml\({controller},\d+\): error OCM0001", report);
        Assert.Matches($@"tenants/acme\.yaml\({runtime},\d+\): error OCM0001", report);
        Assert.Contains("2 error(s)", report);

        // With real digests it is a complete tenant: validate passes and every required field of the format is set.
        var pinned = text.Replace("openclaw-controller:latest", "openclaw-controller@sha256:" + Digest, StringComparison.Ordinal)
            .Replace("openclaw-runtime:latest", "openclaw-runtime@sha256:" + Digest, StringComparison.Ordinal);
        File.WriteAllText(file, pinned);
        var (ok, okReport) = CliRunner.RunProcess(repo.Root, null, "validate", "tenants");
        Assert.True(ok == 0, okReport);
        var (loaded, diagnostics) = TenantLoader.LoadText(file, pinned);
        Assert.Empty(diagnostics);
        var required = Required(TenantFields.Root, "").ToList();
        Assert.All(required, path => Assert.Contains(path, loaded!.Locations.Keys));
        Assert.True(required.Count >= 15, string.Join(", ", required));
    }

    [Fact]
    public void It_refuses_bad_names_and_never_overwrites()
    {
        using var repo = new TempTree();
        var existing = repo.Write("teams/acme.yaml", "# mine\n");
        var (code, output) = CliRunner.RunProcess(repo.Root, null, "new", "tenant", "acme", "--domain", "acme.example.org", "--dir", "teams");
        Assert.Equal(2, code);
        Assert.Contains("exists; not overwritten", output);
        Assert.Equal("# mine\n", File.ReadAllText(existing));

        var (bad, why) = CliRunner.RunProcess(repo.Root, null, "new", "tenant", "Acme", "--domain", "acme_example");
        Assert.Equal(2, bad);
        Assert.Contains("tenant name 'Acme' is not a DNS-1123 label", why);
        Assert.Contains("--domain 'acme_example' is not a DNS-1123 subdomain", why);
        Assert.False(Directory.Exists(repo.Path("tenants")));
    }

    // Required fields whose parents are required too: what every tenant file must hold.
    private static IEnumerable<string> Required(TenantField f, string prefix)
    {
        foreach (var c in f.Fields.Where(c => c.Required))
        {
            var path = prefix.Length == 0 ? c.Name : prefix + "." + c.Name;
            yield return path;
            foreach (var inner in Required(c, path)) yield return inner;
        }
    }
}
