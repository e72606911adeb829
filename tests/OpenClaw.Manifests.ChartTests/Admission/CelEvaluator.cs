using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// The policies' CEL evaluated by a real CEL implementation: <c>@bufbuild/cel</c> (npm, pinned by cel/package-lock.json),
/// chosen because it runs the cel-spec conformance suite in its own CI, uses an RE2 port for <c>matches()</c> as
/// Kubernetes (Go's RE2 syntax) does, and runs on the Node the shared tools already need; the NuGet <c>Cel</c> package
/// does not claim conformance. Installed on first use with <c>npm ci</c> into a cache folder keyed by the lock file
/// and the script, under a file lock, as kube-validate installs itself; each call is one Node process for a batch.
/// </summary>
internal static class CelEvaluator
{
    /// <summary>One object and the labels of its namespace (null for a cluster-scoped object).</summary>
    public sealed record Case(JsonNode Object, IReadOnlyDictionary<string, string>? NamespaceLabels);

    /// <summary>What one policy did with one object: whether it matched, its denial messages and any evaluation errors.</summary>
    public sealed record Verdict(string Policy, bool Matched, IReadOnlyList<string> Denials, IReadOnlyList<string> Errors);

    private static readonly string Source = Path.Combine(RepoPaths.Root, "tests", "OpenClaw.Manifests.ChartTests", "Admission", "cel");
    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>Every policy on every case: one list of verdicts per case, in policy order.</summary>
    public static List<List<Verdict>> Evaluate(IReadOnlyList<JsonNode> policies, IReadOnlyList<Case> cases)
    {
        var input = new JsonObject
        {
            ["policies"] = new JsonArray([.. policies.Select(p => p.DeepClone())]),
            ["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["object"] = c.Object.DeepClone(),
                ["namespaceLabels"] = c.NamespaceLabels is null ? null : new JsonObject([.. c.NamespaceLabels.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]),
            })]),
        };
        var (code, stdout, stderr) = Run("node", Installed.Value, "evaluate.mjs", input.ToJsonString());
        if (code != 0) throw new InvalidOperationException($"evaluate.mjs failed ({code}):\n{stderr}");
        return JsonSerializer.Deserialize<List<List<Verdict>>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static string Install()
    {
        var files = new[] { "package.json", "package-lock.json", "evaluate.mjs" };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(files.Select(f => File.ReadAllText(Path.Combine(Source, f)))))))[..12];
        var root = Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "openclaw-tools");
        var cache = Path.Combine(root, "cel-evaluate-" + hash);
        if (File.Exists(Path.Combine(cache, ".ready"))) return cache;
        Directory.CreateDirectory(root);
        // FileShare.None is an exclusive flock on Linux: parallel test processes install once, one after the other.
        using var lockFile = Lock(Path.Combine(root, ".cel-evaluate.lock"));
        if (File.Exists(Path.Combine(cache, ".ready"))) return cache;
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        Directory.CreateDirectory(cache);
        foreach (var f in files) File.Copy(Path.Combine(Source, f), Path.Combine(cache, f));
        var (code, stdout, stderr) = Run("npm", cache, "ci --no-audit --no-fund --loglevel=error", null);
        if (code != 0) throw new InvalidOperationException($"npm ci of the CEL evaluator failed ({code}):\n{stdout}{stderr}");
        File.WriteAllText(Path.Combine(cache, ".ready"), "");
        return cache;
    }

    private static FileStream Lock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (attempt < 600) { Thread.Sleep(500); }
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string tool, string folder, string arguments, string? stdin)
    {
        var psi = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(300_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{tool} {arguments} did not finish in 300 s"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
