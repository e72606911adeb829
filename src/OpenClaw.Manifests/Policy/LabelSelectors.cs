using k8s.Models;

namespace OpenClaw.Manifests.Policy;

/// <summary>Label selector matching, for the NetworkPolicy coverage rule.</summary>
internal static class LabelSelectors
{
    /// <summary>
    /// The label Kubernetes sets on every Namespace to its own name (1.21+): the one way a NetworkPolicy peer's
    /// namespaceSelector names exactly one namespace. OCM0007 at render time and at admission reads peers by it.
    /// </summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>True when <paramref name="selector"/> selects an object with <paramref name="labels"/>.</summary>
    public static bool Matches(V1LabelSelector? selector, IDictionary<string, string>? labels)
    {
        if (selector is null) return false;
        labels ??= new Dictionary<string, string>();
        foreach (var (k, v) in selector.MatchLabels ?? new Dictionary<string, string>())
            if (!labels.TryGetValue(k, out var actual) || actual != v) return false;
        foreach (var e in selector.MatchExpressions ?? [])
        {
            var has = labels.TryGetValue(e.Key, out var value);
            var ok = e.OperatorProperty switch
            {
                "In" => has && (e.Values?.Contains(value!) ?? false),
                "NotIn" => !has || !(e.Values?.Contains(value!) ?? false),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }
}
