using System.Text.RegularExpressions;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>Reads and checks the platform settings file; every problem is reported with file(line,col).</summary>
internal static partial class PlatformSettingsFile
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="InvalidDataException"/> naming the file, line and column on any problem.</summary>
    public static PlatformSettings Load(string path)
    {
        var root = StrictYaml.ReadMapping(path, Input)!;
        var file = new Reader(path);
        var chart = file.Map(root, "chart");
        var flux = file.Map(root, "flux");
        var argo = file.Map(root, "argocd");
        var sops = file.Map(root, "sops");
        file.Only(root, "chart", "flux", "argocd", "sops");
        file.Only(chart, "repository");
        file.Only(flux, "namespace", "sourceRef", "interval");
        file.Only(argo, "namespace", "project", "destinationServer", "repoURL", "targetRevision", "path", "delivery");
        file.Only(sops, "deployKey");
        var source = file.Map(flux, "sourceRef");
        file.Only(source, "kind", "name", "namespace");
        var d = new PlatformSettings { ChartRepository = "", FluxSourceName = "", ArgoProject = "", GitRepository = "", DeployKey = "" };
        var repository = file.ChartRepository(chart, "repository");
        var settings = new PlatformSettings
        {
            ChartRepository = repository,
            FluxNamespace = file.Label(flux, "namespace") ?? d.FluxNamespace,
            FluxSourceName = file.Label(source, "name", true)!,
            FluxSourceNamespace = file.Label(source, "namespace") ?? d.FluxSourceNamespace,
            FluxInterval = file.Text(flux, "interval", false) ?? d.FluxInterval,
            ArgoNamespace = file.Label(argo, "namespace") ?? d.ArgoNamespace,
            ArgoProject = file.Label(argo, "project", true)!,
            ArgoDestinationServer = file.Https(argo, "destinationServer", required: false) ?? d.ArgoDestinationServer,
            GitRepository = file.Https(argo, "repoURL")!,
            GitRevision = file.Text(argo, "targetRevision", false) ?? d.GitRevision,
            GitOutputPath = file.Text(argo, "path", false) ?? d.GitOutputPath,
            ArgoDelivery = file.Choice(argo, "delivery", d.ArgoDelivery),
            DeployKey = file.Age(sops, "deployKey"),
        };
        // The kind follows from the repository; a kind written in the file must agree with it.
        if (file.Text(source, "kind", false) is { } kind && kind != settings.FluxSourceKind)
            file.Check(source, "kind", kind, $"must be {settings.FluxSourceKind} for the chart repository {repository} (or be left out)");
        return settings;
    }

    // oci://HOST[:PORT]/PATH in lowercase, as OCI distribution names repositories; no tag (the chart version is the tag).
    [GeneratedRegex(@"^oci://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex OciRepository();

    [GeneratedRegex("^" + ValuePatterns.AgeRecipient + "\\z", RegexOptions.CultureInvariant)]
    internal static partial Regex AgeRecipient();

    private static readonly YamlInput Input = new("platform settings");

    private sealed class Reader(string path)
    {
        public YamlNode Map(YamlNode parent, string key)
            => Node(parent, key) is { Kind: YamlKind.Mapping } m ? m : throw Error(parent, $"'{key}' must be a mapping");

        public void Only(YamlNode node, params string[] keys)
        {
            foreach (var (k, _) in node.Entries)
                if (Array.IndexOf(keys, k.Value) < 0)
                    throw Error(k, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", keys)}");
        }

        public string? Text(YamlNode parent, string key, bool required)
        {
            var node = Node(parent, key);
            if (node is null) return required ? throw Error(parent, $"'{key}' is required") : null;
            if (node is not { Kind: YamlKind.Scalar, IsNull: false, Value.Length: > 0 }) throw Error(node, $"'{key}' must be a non-empty string");
            return node.Value;
        }

        public string? Label(YamlNode parent, string key, bool required = false)
        {
            var text = Text(parent, key, required);
            return text is null ? null : Check(parent, key, text, DnsLabel.TryParse(text, out _, out var error) ? null : error);
        }

        public string? Https(YamlNode parent, string key, bool required = true)
        {
            var text = Text(parent, key, required);
            return text is null ? null : Check(parent, key, text, HttpsUrl.TryParse(text, out _, out _, out var error) ? null : error);
        }

        public string ChartRepository(YamlNode parent, string key)
        {
            var text = Text(parent, key, true)!;
            if (!text.StartsWith(PlatformSettings.OciScheme, StringComparison.Ordinal)) return Https(parent, key)!;
            return Check(parent, key, text, OciRepository().IsMatch(text) ? null : "must be oci://HOST/PATH (lowercase, no tag: the chart version is the tag) or an https:// Helm repository");
        }

        /// <summary>An enum value spelled as its name with a lowercase first letter (<c>applicationSet</c>).</summary>
        public T Choice<T>(YamlNode parent, string key, T fallback) where T : struct, Enum
        {
            if (Text(parent, key, false) is not { } text) return fallback;
            var names = Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToList();
            var index = names.IndexOf(text);
            return index >= 0 ? Enum.GetValues<T>()[index] : throw Error(Node(parent, key)!, $"'{key}' must be one of: {string.Join(", ", names)}");
        }

        public string Age(YamlNode parent, string key)
        {
            var text = Text(parent, key, true)!;
            return Check(parent, key, text, AgeRecipient().IsMatch(text) ? null : "must be an age recipient (age1 followed by 58 bech32 characters); never a private key");
        }

        public string Check(YamlNode parent, string key, string value, string? error)
            => error is null ? value : throw Error(Node(parent, key) ?? parent, $"'{key}': {error}");

        private static YamlNode? Node(YamlNode parent, string key) => parent.Get(key);

        private InvalidDataException Error(YamlNode node, string message) => StrictYaml.Error(path, node, message);
    }
}
