using System.Text.RegularExpressions;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>
/// Encrypted tenant secrets live next to the generated files, in <c>tenants/&lt;name&gt;/*.sops.yaml</c> of
/// the output folder, where charts-out/.sops.yaml's rules apply. The generator does not produce them, so
/// it carries them over byte for byte (the atomic writer would otherwise delete them), after checking that
/// each one really is SOPS-encrypted: a plaintext Secret in Git is OCM0003, reported at the value.
/// </summary>
internal static partial class SopsSecrets
{
    /// <summary>Checks and returns (output-relative path, bytes) of every tenant's encrypted files; problems go to <paramref name="diagnostics"/>.</summary>
    public static List<(string Path, byte[] Bytes)> Collect(string outputRoot, IEnumerable<Tenant> tenants, List<Diagnostic> diagnostics)
    {
        var carried = new List<(string, byte[])>();
        foreach (var tenant in tenants)
        {
            var folder = TenantOverlay.Folder(tenant);
            foreach (var (name, bytes) in CollectOne(outputRoot, folder, diagnostics)) carried.Add((folder + "/" + name, bytes));
        }
        return carried;
    }

    /// <summary>As <see cref="Collect"/> for one tenant's folder (output-relative): (file name, bytes) of each encrypted file, in ordinal order.</summary>
    public static List<(string Name, byte[] Bytes)> CollectOne(string outputRoot, string folder, List<Diagnostic> diagnostics)
    {
        var carried = new List<(string, byte[])>();
        var dir = Path.Combine(outputRoot, folder);
        if (!Directory.Exists(dir)) return carried;
        foreach (var file in Directory.EnumerateFiles(dir, "*.sops.yaml").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var shown = Path.Combine(outputRoot, folder, Path.GetFileName(file)).Replace('\\', '/');
            var found = Check(shown, System.Text.Encoding.UTF8.GetString(bytes));
            diagnostics.AddRange(found);
            if (found.Count == 0) carried.Add((Path.GetFileName(file), bytes));
        }
        return carried;
    }

    /// <summary>The OCM0003 findings of one file: a missing <c>sops:</c> block, and every data/stringData value that is not <c>ENC[…]</c>.</summary>
    public static List<Diagnostic> Check(string file, string text)
    {
        var found = new List<Diagnostic>();
        var problems = new List<Diagnostic>();
        // The one strict reader: a SOPS file is reviewed input like a tenant file (no anchors, aliases or tags;
        // sops itself writes none), and may hold several documents as sops allows.
        var documents = YamlTreeReader.ReadAll(file, text, problems, Input);
        if (documents is null || problems.Count > 0)
        {
            var at = problems.Count > 0 ? problems[0].Location : null;
            found.Add(Finding(file, at?.Line ?? 1, at?.Column ?? 1, "the file is not valid YAML"));
            return found;
        }
        foreach (var root in documents)
        {
            if (root.Kind != YamlKind.Mapping)
            {
                found.Add(Finding(file, root, "the document is not a mapping with a sops: block"));
                continue;
            }
            if (root.Get("sops") is not { Kind: YamlKind.Mapping })
                found.Add(Finding(file, root, "the document has no sops: block; encrypt it with 'sops --encrypt --in-place'"));
            foreach (var section in new[] { "data", "stringData" })
            {
                if (root.Get(section) is not { } values) continue;
                if (values.Kind != YamlKind.Mapping)
                {
                    found.Add(Finding(file, values, $"{section} is not a mapping"));
                    continue;
                }
                foreach (var (key, value) in values.Entries)
                    if (value.Kind != YamlKind.Scalar || !Encrypted().IsMatch(value.Value))
                        found.Add(Finding(file, value, $"{section}.{key.Value} is not encrypted (expected ENC[AES256_GCM,...])"));
            }
        }
        return found;
    }

    private static readonly YamlInput Input = new("SOPS files", ManyDocuments: true);

    private static Diagnostic Finding(string file, YamlNode node, string what) => Finding(file, node.Line, node.Column, what);

    // The message never echoes the value: it may be the plaintext secret.
    private static Diagnostic Finding(string file, int line, int column, string what)
        => new(RuleCatalog.PlaintextSecret, RuleCatalog.PlaintextSecret.Format($"'{file}': {what}"), file, new SourceLocation(file, Math.Max(line, 1), Math.Max(column, 1)));

    [GeneratedRegex(@"^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:[a-z]+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Encrypted();
}
