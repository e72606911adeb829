using System.Text.Json.Nodes;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// The field-by-field checks of what runs in a pod, wherever the pod spec sits (a Deployment's template, the
/// per-user pod template in its ConfigMap): images (OCM0203), securityContext and token mounts (OCM0204), Secret
/// references (OCM0205) and host access (OCM0206).
/// </summary>
internal static class PodChanges
{
    private static readonly string[] ContainerLists = ["containers", "initContainers", "ephemeralContainers"];

    public static void Check(ObjectReview review)
    {
        LeafFindings.Add(review, ChangeRules.Image, Image);
        LeafFindings.Add(review, ChangeRules.SecurityContext, leaf => SecurityContext(leaf, review.Kind));
        LeafFindings.Add(review, ChangeRules.SecretReference, SecretReference);
        LeafFindings.Add(review, ChangeRules.HostAccess, HostAccess);
    }

    // A digest change is neither wider nor narrower, but it is new code running with the tenant's credentials.
    private static LeafVerdict? Image(FieldChange leaf)
        => leaf.Path.LastKey == "image" && ContainerLists.Any(leaf.Path.HasKey) ? new LeafVerdict(Direction.Neutral, leaf.Path) : null;

    private static LeafVerdict? SecurityContext(FieldChange leaf, ChangeKind objectChange)
    {
        var key = leaf.Path.LastKey;
        if (!leaf.Path.HasKey("securityContext") && key != "automountServiceAccountToken") return null;
        var (old, @new) = LeafFindings.Sides(leaf);
        Direction? direction = key switch
        {
            "privileged" => Flip(Is(@new, true), Is(old, true)),
            "allowPrivilegeEscalation" or "automountServiceAccountToken" => Flip(Is(old, false) && !Is(@new, false), Is(@new, false) && !Is(old, false)),
            "readOnlyRootFilesystem" or "runAsNonRoot" => Flip(Is(old, true) && !Is(@new, true), Is(@new, true) && !Is(old, true)),
            "type" when leaf.Path.HasKey("seccompProfile") => Flip(StrongSeccomp(old) && !StrongSeccomp(@new), StrongSeccomp(@new) && !StrongSeccomp(old)),
            "drop" => leaf.Kind == ChangeKind.Added ? Direction.Tightening : Direction.Widening,
            "add" when leaf.Path.HasKey("capabilities") => leaf.Kind == ChangeKind.Added ? Direction.Widening : Direction.Tightening,
            "runAsUser" or "runAsGroup" => Flip(IsZero(@new), IsZero(old)),
            _ => null,
        };
        // Any other securityContext field (SELinux, fsGroup...) is worth a look when it changes, not when it is new.
        return direction is { } d ? new LeafVerdict(d, leaf.Path) : objectChange == ChangeKind.Changed ? new LeafVerdict(Direction.Neutral, leaf.Path) : null;
    }

    private static Direction Flip(bool weaker, bool stronger) => weaker ? Direction.Widening : stronger ? Direction.Tightening : Direction.Neutral;

    private static bool Is(JsonNode? node, bool value) => node is JsonValue v && v.TryGetValue<bool>(out var b) && b == value;

    private static bool IsZero(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) && n == 0;

    private static bool StrongSeccomp(JsonNode? node) => ObjectReview.Text(node) is "RuntimeDefault" or "Localhost";

    private static readonly string[] SecretKeys = ["secretKeyRef", "secretRef", "secret", "imagePullSecrets"];

    // One verdict per reference (an env variable's secretKeyRef, a volume's secret, a pull secret): all of it
    // new is an added reference, all of it gone a removed one (tightening), anything else a retargeted one.
    private static LeafVerdict? SecretReference(FieldChange leaf)
    {
        var root = SecretKeys.Select(leaf.Path.UpTo).OfType<FieldPath>().OrderByDescending(p => p.Steps.Count).FirstOrDefault();
        if (root is null && leaf.Path.LastKey == "secretName") root = leaf.Path;
        if (root is null) return null;
        if (root.LastKey == "imagePullSecrets" && leaf.Path.Steps.Count > root.Steps.Count) root = root.Then(leaf.Path.Steps[root.Steps.Count]);
        return new LeafVerdict(leaf.Kind == ChangeKind.Removed ? Direction.Tightening : Direction.Neutral, root);
    }

    private static LeafVerdict? HostAccess(FieldChange leaf)
    {
        var (old, @new) = LeafFindings.Sides(leaf);
        if (HostFacts.HostNamespaceFields.Contains(leaf.Path.LastKey))
            return new LeafVerdict(Flip(Is(@new, true), Is(old, true)), leaf.Path);
        var root = leaf.Path.UpTo("hostPath") ?? (leaf.Path.LastKey == "hostPort" ? leaf.Path : null);
        return root is null ? null : new LeafVerdict(leaf.Kind == ChangeKind.Removed ? Direction.Tightening : Direction.Widening, root);
    }
}
