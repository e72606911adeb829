using System.Text;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// One step of a field path: a mapping key, or a list item named by its natural key (a container's or env
/// variable's name, a port) or, for lists without one (RBAC rules, NetworkPolicy rules and peers), its index.
/// </summary>
internal readonly record struct PathStep(string Name, bool IsItem)
{
    public static PathStep Key(string name) => new(name, false);

    public static PathStep Item(string key) => new(key, true);
}

/// <summary>
/// A field path such as <c>spec.template.spec.containers[controller].image</c>. Keys that are not plain words
/// (labels such as <c>helm.sh/chart</c>, the ConfigMap key <c>pod-template.yaml</c>) are quoted,
/// <c>metadata.labels['helm.sh/chart']</c>, so a dot inside a key never reads as a step.
/// </summary>
internal sealed class FieldPath : IEquatable<FieldPath>
{
    private readonly PathStep[] _steps;

    private FieldPath(PathStep[] steps) => _steps = steps;

    public static FieldPath Root { get; } = new([]);

    public IReadOnlyList<PathStep> Steps => _steps;

    public FieldPath Then(PathStep step) => new([.. _steps, step]);

    public FieldPath Key(string name) => Then(PathStep.Key(name));

    public FieldPath Item(string key) => Then(PathStep.Item(key));

    /// <summary>The steps after the first <paramref name="count"/>: the path below a prefix of that length.</summary>
    public FieldPath After(int count) => new(_steps[count..]);

    /// <summary>True when some mapping key on the path is <paramref name="name"/>.</summary>
    public bool HasKey(string name) => _steps.Any(s => !s.IsItem && s.Name == name);

    /// <summary>The last mapping key on the path (list items skipped), or "".</summary>
    public string LastKey => _steps.LastOrDefault(s => !s.IsItem).Name ?? "";

    /// <summary>The path up to and including the last step named <paramref name="name"/>; null when there is none.</summary>
    public FieldPath? UpTo(string name)
    {
        for (var i = _steps.Length - 1; i >= 0; i--)
            if (!_steps[i].IsItem && _steps[i].Name == name) return new FieldPath(_steps[..(i + 1)]);
        return null;
    }

    /// <summary>True when the path starts with the keys <paramref name="keys"/> (list items are not keys).</summary>
    public bool StartsWith(params string[] keys)
        => keys.Length <= _steps.Length && keys.Select((k, i) => !_steps[i].IsItem && _steps[i].Name == k).All(x => x);

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var step in _steps)
        {
            if (step.IsItem) sb.Append('[').Append(step.Name).Append(']');
            else if (IsWord(step.Name)) sb.Append(sb.Length == 0 ? "" : ".").Append(step.Name);
            else sb.Append("['").Append(step.Name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
        return sb.ToString();
    }

    private static bool IsWord(string s) => s.Length > 0 && !char.IsAsciiDigit(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public bool Equals(FieldPath? other) => other is not null && _steps.AsSpan().SequenceEqual(other._steps);

    public override bool Equals(object? obj) => obj is FieldPath p && Equals(p);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var s in _steps) h.Add(s);
        return h.ToHashCode();
    }
}
