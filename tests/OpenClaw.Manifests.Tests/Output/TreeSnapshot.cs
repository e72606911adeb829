namespace OpenClaw.Manifests.Tests.Output;

/// <summary>The exact bytes of every file in a folder, to compare whole output trees.</summary>
internal static class TreeSnapshot
{
    public static SortedDictionary<string, byte[]> Of(string dir)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(dir, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        return result;
    }

    public static bool Equal(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.AsSpan().SequenceEqual(other));

    public static string Describe(SortedDictionary<string, byte[]> actual, SortedDictionary<string, byte[]> expected)
    {
        var missing = expected.Keys.Except(actual.Keys).Take(5);
        var extra = actual.Keys.Except(expected.Keys).Take(5);
        var differ = actual.Keys.Intersect(expected.Keys).Where(k => !actual[k].AsSpan().SequenceEqual(expected[k])).Take(5);
        return $"missing: {string.Join(", ", missing)}; extra: {string.Join(", ", extra)}; differ: {string.Join(", ", differ)}";
    }
}
