using System.Text;

namespace OpenClaw.Manifests.CorpusTests;

/// <summary>
/// Cases too big or too platform-specific to commit: written into a temporary folder at test time, with their
/// expectations stated here. They must be rejected quickly by design (size limit before reading, linear-time
/// secret patterns, links never followed), so none of them has a timed assertion.
/// </summary>
public sealed class GeneratedCorpusTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ocm-corpus-gen-" + Guid.NewGuid().ToString("N")).Replace('\\', '/');

    public GeneratedCorpusTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Minimal => File.ReadAllText(Path.Combine(Corpus.Good, "minimal.yaml"));

    private static CorpusCase Case(string name, string path, string description, params Expectation[] expected)
        => new(name, path, description, expected, []);

    [Fact]
    public async Task A_50_MB_file_is_refused_by_its_size_before_it_is_read()
    {
        var path = _dir + "/huge.yaml";
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            w.Write(Minimal);
            w.Write("  padding: \"");
            var chunk = new string('a', 1 << 20);
            for (var i = 0; i < 50; i++) w.Write(chunk);
            w.Write("\"\n");
        }
        Assert.True(new FileInfo(path).Length > 50L * 1024 * 1024);
        await Rejection.AssertRejectedAsync(Case("50-mb", path, "a 50 MB tenant file", new Expectation("OCM0100", null, 1, 1)));
    }

    [Fact]
    public async Task A_value_of_200000_colons_in_a_url_shaped_domain_is_rejected()
    {
        // Line 7 of good/minimal.yaml is "  domain: corpus.example.org"; the quoted value starts at column 11.
        // This shape made the credentials-in-URL pattern backtrack quadratically (25 s) before it was fixed.
        var path = _dir + "/colons.yaml";
        File.WriteAllText(path, Minimal.Replace("  domain: corpus.example.org", "  domain: \"a://" + new string(':', 200_000) + "\"", StringComparison.Ordinal));
        Assert.InRange(new FileInfo(path).Length, 200_000, 256 * 1024);
        await Rejection.AssertRejectedAsync(Case("colons", path, "a 200 kB URL-shaped domain", new Expectation("OCM0105", null, 7, 11)));
    }

    [Fact]
    public async Task A_value_of_60000_jwt_prefixes_is_rejected()
    {
        // clientId inserted as line 10 after the issuer (line 9); the value starts at column 15 ("    clientId: ").
        // "-eyJ-eyJ..." made the JWT pattern rescan the rest of the value from every '-' before it was fixed.
        var path = _dir + "/jwt-prefixes.yaml";
        var issuer = "    issuerURL: https://sso.corpus.example.org/realms/corpus\n";
        File.WriteAllText(path, Minimal.Replace(issuer, issuer + "    clientId: " + string.Concat(Enumerable.Repeat("-eyJ", 60_000)) + "\n", StringComparison.Ordinal));
        Assert.InRange(new FileInfo(path).Length, 240_000, 256 * 1024);
        await Rejection.AssertRejectedAsync(Case("jwt-prefixes", path, "a 240 kB clientId of '-eyJ' runs", new Expectation("OCM0105", null, 10, 15)));
    }

    [Fact]
    public async Task A_device_named_directly_is_read_only_up_to_the_size_limit()
    {
        if (!File.Exists("/dev/zero")) return; // Unix only
        // /dev/zero reports a length of 0 and never ends: only a bounded read can refuse it.
        await Rejection.AssertRejectedAsync(Case("dev-zero", "/dev/zero", "/dev/zero named on the command line", new Expectation("OCM0100", null, 1, 1)));
    }

    [Fact]
    public async Task A_committed_symlink_to_a_device_is_refused_without_being_read()
    {
        if (!File.Exists("/dev/zero")) return; // Unix only
        var folder = _dir + "/tenants";
        Directory.CreateDirectory(folder);
        File.WriteAllText(folder + "/a.yaml", Minimal);
        File.CreateSymbolicLink(folder + "/zero.yaml", "/dev/zero");
        await Rejection.AssertRejectedAsync(new CorpusCase("symlink-dev-zero", folder, "a tenant file that is a link to /dev/zero",
            [new Expectation("OCM0100", "zero.yaml", 1, 1)], []));
    }

    [Fact]
    public async Task A_symlink_loop_in_a_tenant_folder_is_refused_instead_of_walked_forever()
    {
        if (OperatingSystem.IsWindows()) return; // creating links needs privileges there
        var folder = _dir + "/tenants";
        Directory.CreateDirectory(folder);
        File.WriteAllText(folder + "/a.yaml", Minimal);
        Directory.CreateSymbolicLink(folder + "/loop", ".");
        await Rejection.AssertRejectedAsync(new CorpusCase("symlink-loop", folder, "a folder link pointing at its own folder",
            [new Expectation("OCM0100", "loop", 1, 1)], []));
    }

    [Fact]
    public async Task A_symlink_to_a_file_outside_the_folder_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = _dir + "/tenants";
        Directory.CreateDirectory(folder);
        var outside = _dir + "/outside.yaml";
        File.WriteAllText(outside, Minimal);
        File.CreateSymbolicLink(folder + "/a.yaml", outside);
        await Rejection.AssertRejectedAsync(new CorpusCase("symlink-outside", folder, "a tenant file that is a link to content the reviewer never saw",
            [new Expectation("OCM0100", "a.yaml", 1, 1)], []));
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_and_crlf_line_ends_is_accepted()
    {
        // Twin of the encoding cases: the UTF-8 BOM and Windows line ends are legitimate.
        var path = _dir + "/bom-crlf.yaml";
        File.WriteAllText(path, Minimal.ReplaceLineEndings("\r\n"), new UTF8Encoding(true));
        await GoodCorpusTests.AssertAcceptedAsync(path);
    }
}
