using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Diff;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>Generated trees for the diff tests: the real pipeline (<see cref="OutputPlan"/>) over tenants declared in C#.</summary>
internal static class DiffTrees
{
    /// <summary>Three tenants; globex has its own namespace pattern, so grouping across namespaces is exercised.</summary>
    public static Tenant[] Three() =>
    [
        TestTenants.Minimal("acme"),
        TestTenants.Minimal("globex") with { Namespace = DnsLabel.Parse("team-globex") },
        TestTenants.Minimal("initech"),
    ];

    /// <summary>The complete output tree of <paramref name="tenants"/> without GitOps settings (chart, values, rendered manifests).</summary>
    public static FileTree Build(params Tenant[] tenants)
    {
        var (tree, diagnostics) = OutputPlan.Build(tenants.Select(t => TenantSource.FromCode(t, $"Tenants.{t.Name.Value}")).ToList(), settings: null, existingOutput: null);
        return tree ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    /// <summary>A copy of <paramref name="tree"/> with one file's text changed.</summary>
    public static FileTree Edit(FileTree tree, string path, Func<string, string> edit)
    {
        var copy = new FileTree();
        foreach (var (p, bytes) in tree.Files)
            if (p == path) copy.Add(p, edit(System.Text.Encoding.UTF8.GetString(bytes)));
            else copy.AddBytes(p, bytes);
        Assert.Contains(path, tree.Files.Keys);
        return copy;
    }

    /// <summary>Writes <paramref name="tree"/> into the folder <paramref name="root"/>, as generate would.</summary>
    public static string WriteTo(FileTree tree, string root)
    {
        foreach (var (path, bytes) in tree.Files)
        {
            var file = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
        return root;
    }

    public static ChangeSummary Summary(FileTree @base, FileTree head)
        => ChangeSummary.Of(TreeComparison.Compare(TreeFiles.Of(@base, "base"), TreeFiles.Of(head, "head")));

    /// <summary>
    /// The summary with the chart version written as a placeholder, so a version bump (which changes every
    /// approved file's wording, not the diff's behaviour) does not call for re-approving them all.
    /// </summary>
    public static string VersionFree(string text) => text.Replace(Names.ChartVersion, "{ChartVersion}", StringComparison.Ordinal);
}
