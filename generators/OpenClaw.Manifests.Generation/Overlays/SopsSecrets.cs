using System.Text.RegularExpressions;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>
/// Encrypted tenant secrets live next to the generated files, in <c>tenants/&lt;name&gt;/*.sops.yaml</c> of
/// the output folder, where charts-out/.sops.yaml's rules apply. The generator does not produce them, so
/// it carries them over byte for byte (the atomic writer would otherwise delete them), after checking that
/// each one really is SOPS-encrypted: a plaintext Secret in Git is OCM0003, reported at the value.
/// </summary>
public static partial class SopsSecrets
{
    /// <summary>Checks and returns (output-relative path, bytes) of every tenant's encrypted files; problems go to <paramref name="diagnostics"/>.</summary>
    public static List<(string Path, byte[] Bytes)> Collect(string outputRoot, IEnumerable<Tenant> tenants, List<Diagnostic> diagnostics)
    {
        var carried = new List<(string, byte[])>();
        foreach (var tenant in tenants)
        {
            var folder = TenantOverlay.Folder(tenant);
            var dir = Path.Combine(outputRoot, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.sops.yaml").Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                var shown = Path.Combine(outputRoot, folder, Path.GetFileName(file)).Replace('\\', '/');
                var found = Check(shown, System.Text.Encoding.UTF8.GetString(bytes));
                diagnostics.AddRange(found);
                if (found.Count == 0) carried.Add((folder + "/" + Path.GetFileName(file), bytes));
            }
        }
        return carried;
    }

    /// <summary>The OCM0003 findings of one file: a missing <c>sops:</c> block, and every data/stringData value that is not <c>ENC[…]</c>.</summary>
    public static List<Diagnostic> Check(string file, string text)
    {
        var found = new List<Diagnostic>();
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlDotNet.Core.YamlException e)
        {
            found.Add(Finding(file, (int)e.Start.Line, (int)e.Start.Column, "the file is not valid YAML"));
            return found;
        }
        foreach (var doc in stream.Documents)
        {
            if (doc.RootNode is not YamlMappingNode root)
            {
                found.Add(Finding(file, doc.RootNode, "the document is not a mapping with a sops: block"));
                continue;
            }
            if (!root.Children.TryGetValue(new YamlScalarNode("sops"), out var sops) || sops is not YamlMappingNode)
                found.Add(Finding(file, root, "the document has no sops: block; encrypt it with 'sops --encrypt --in-place'"));
            foreach (var section in new[] { "data", "stringData" })
            {
                if (!root.Children.TryGetValue(new YamlScalarNode(section), out var values)) continue;
                if (values is not YamlMappingNode map)
                {
                    found.Add(Finding(file, values, $"{section} is not a mapping"));
                    continue;
                }
                foreach (var (key, value) in map.Children)
                    if (value is not YamlScalarNode { Value: { } v } || !Encrypted().IsMatch(v))
                        found.Add(Finding(file, value, $"{section}.{key} is not encrypted (expected ENC[AES256_GCM,...])"));
            }
        }
        return found;
    }

    private static Diagnostic Finding(string file, YamlNode node, string what) => Finding(file, (int)node.Start.Line, (int)node.Start.Column, what);

    // The message never echoes the value: it may be the plaintext secret.
    private static Diagnostic Finding(string file, int line, int column, string what)
        => new(RuleCatalog.PlaintextSecret, RuleCatalog.PlaintextSecret.Format($"'{file}': {what}"), file, new SourceLocation(file, Math.Max(line, 1), Math.Max(column, 1)));

    [GeneratedRegex(@"^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:[a-z]+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Encrypted();
}
