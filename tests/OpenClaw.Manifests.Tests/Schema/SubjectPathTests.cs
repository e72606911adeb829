using System.Text.RegularExpressions;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Schema;

/// <summary>
/// A diagnostic about a tenant field names that field's path as the field table states it (TenantFields.PathOf), so
/// the loader's recorded position is found; a subject the table does not know would silently fall back to its parent's
/// line. Every diagnostic the bad corpus produces is checked.
/// </summary>
public sealed partial class SubjectPathTests
{
    public static TheoryData<string> BadFiles() => new(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "corpus", "bad"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static readonly HashSet<string> Known = TenantFields.All.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] Maps = TenantFields.All.Where(p => p.Field.Kind == FieldKind.StringMap).Select(p => p.Path + ".").ToArray();

    /// <summary>True when <paramref name="subject"/> (indices removed) is a field of the table or an entry of a map field.</summary>
    internal static bool IsTableSubject(string subject)
    {
        var path = Index().Replace(subject, "");
        return Known.Contains(path) || Maps.Any(m => path.StartsWith(m, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Every_field_subject_is_a_path_of_the_table(string file)
    {
        var full = Path.Combine(RepoPaths.Root, "tests", "corpus", "bad", file);
        var set = TenantLoader.Load([full]);
        // File-level findings (malformed YAML, the file itself) name the file or nothing. A key the format does not
        // have (OCM0101) is reported at itself, and so is anything else said of that key (a duplicate, a secret-shaped
        // name); every other subject is a field of the table.
        var unknown = set.Diagnostics.Where(d => d.Rule.Id == "OCM0101").Select(d => d.Subject).ToHashSet(StringComparer.Ordinal);
        var strays = set.Diagnostics.Where(d => d.Subject.Length > 0 && d.Subject != full && !unknown.Contains(d.Subject) && !IsTableSubject(d.Subject))
            .Select(d => $"{d.Rule.Id} {d.Subject}").ToList();
        Assert.True(strays.Count == 0, "subjects the field table does not know: " + string.Join(", ", strays));
    }

    [Fact]
    public void A_subject_the_table_does_not_know_is_caught()
    {
        Assert.True(IsTableSubject("spec.controller.extraEnv[3].value"));
        Assert.True(IsTableSubject("metadata.labels.team"));
        Assert.False(IsTableSubject("spec.controller.replica"));
        Assert.False(IsTableSubject("spec.runtime.idleTimeout"));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
