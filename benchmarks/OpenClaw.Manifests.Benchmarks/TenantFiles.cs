using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenClaw.Manifests.Benchmarks;

/// <summary>
/// Writes N realistic tenant files made from the committed samples: every third one is a copy of
/// initech.yaml (every optional field), the others of acme.yaml (defaults only), each with its own
/// name, domain, namespace, Secret names and image digests. Content depends on the index only.
/// </summary>
internal static class TenantFiles
{
    private static readonly string Samples = Path.Combine(RepoRoot(), "samples", "tenants");
    private static readonly string Minimal = File.ReadAllText(Path.Combine(Samples, "acme.yaml"));
    private static readonly string Full = File.ReadAllText(Path.Combine(Samples, "initech.yaml"));

    public static void Write(int count, string dir)
    {
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, Name(i) + ".yaml"), Yaml(i), new UTF8Encoding(false));
    }

    public static string Name(int i) => "t" + i.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The tenant file for index <paramref name="i"/>; <paramref name="changed"/> alters one setting (an incremental run's input).</summary>
    public static string Yaml(int i, bool changed = false)
    {
        var (template, sample) = i % 3 == 0 ? (Full, "initech") : (Minimal, "acme");
        var yaml = template.Replace(sample, Name(i), StringComparison.Ordinal);
        foreach (var digest in Digests(template))
            yaml = yaml.Replace(digest, Digest(digest + i), StringComparison.Ordinal);
        if (!changed) return yaml;
        return yaml.Contains("\n  quota:", StringComparison.Ordinal)
            ? yaml.Replace("pods: 60", "pods: 77", StringComparison.Ordinal)
            : yaml.TrimEnd('\n') + "\n  quota: {pods: 77}\n";
    }

    private static IEnumerable<string> Digests(string yaml)
        => yaml.Split('\n').Select(l => l.IndexOf("@sha256:", StringComparison.Ordinal) is var at && at >= 0 ? l[(at + 8)..].Trim() : null).OfType<string>();

    private static string Digest(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OpenClaw.Manifests.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
