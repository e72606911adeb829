using System.Text;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Overlays;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>The whole output tree of the sample tenants under given platform settings, and small readers of its YAML.</summary>
internal static class GeneratedTree
{
    public static FileTree Build(PlatformSettings settings)
    {
        var set = OpenClaw.Manifests.Loading.TenantLoader.Load([RepoPaths.Samples]);
        var (tree, diagnostics) = OutputPlan.Build(set.Tenants, settings, existingOutput: null);
        Assert.Empty(diagnostics);
        return tree!;
    }

    public static string Text(FileTree tree, string path) => Encoding.UTF8.GetString(tree.Files[path]);

    public static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    /// <summary>The scalar at a dotted path (numbers index sequences).</summary>
    public static string At(YamlNode node, string path)
    {
        foreach (var part in path.Split('.'))
            node = node is YamlSequenceNode s ? s.Children[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)node).Children[new YamlScalarNode(part)];
        return ((YamlScalarNode)node).Value!;
    }
}
