using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>One security-relevant change and every tenant it happened to, alike.</summary>
internal sealed record SecurityEntry(ChangeRule Rule, Direction Direction, string Object, string Message, IReadOnlyList<string> Tenants);

/// <summary>One change as a reviewer reads it (<c>`spec.replicas`: 1 → 2</c>, "added") and the objects or files it happened to.</summary>
internal sealed record ChangeItem(string Text, IReadOnlyList<string> Objects);

/// <summary>Changes that happened to exactly the same tenants.</summary>
internal sealed record ChangeGroup(IReadOnlyList<string> Tenants, IReadOnlyList<ChangeItem> Items);

/// <summary>
/// Two trees' changes grouped for review: security-relevant changes first, one entry per rule, direction, object and
/// wording with the tenants it applies to; then every other change (a field's old and new value, an object added or
/// removed), one group per set of tenants that share it, naming the objects it happened to in any of them.
/// Changes compare across tenants with each tenant's name, where it stands as a word of a value or name (the
/// namespace <c>org-acme</c>, the host <c>openclaw.acme.example.org</c>), read as <see cref="TenantToken"/>: so
/// 997 tenants whose label changed alike are one entry. An entry of one tenant names it again.
/// </summary>
internal sealed class ChangeSummary
{
    public const string TenantToken = "<tenant>";

    private static readonly string ChecksumPrefix = Rendering.Names.PodTemplateChecksum.Split('/')[0] + "/";

    /// <summary>How the shared GitOps objects (Flux source, ApplicationSet) are listed among tenants.</summary>
    public const string PlatformName = "(all tenants)";

    private ChangeSummary(TreeChanges changes, List<SecurityEntry> security, List<ChangeGroup> groups)
    {
        Changes = changes;
        Security = security;
        Groups = groups;
    }

    public TreeChanges Changes { get; }
    public IReadOnlyList<SecurityEntry> Security { get; }
    public IReadOnlyList<ChangeGroup> Groups { get; }

    public IEnumerable<TenantChange> ChangedTenants => Changes.Tenants.Where(t => t.Name != TreeChanges.Platform && t.Kind == ChangeKind.Changed);
    public IReadOnlyList<string> AddedTenants => Changes.Tenants.Where(t => t.Kind == ChangeKind.Added).Select(t => t.Name).ToList();
    public IReadOnlyList<string> RemovedTenants => Changes.Tenants.Where(t => t.Kind == ChangeKind.Removed).Select(t => t.Name).ToList();

    public static ChangeSummary Of(TreeChanges changes)
    {
        var security = new Dictionary<(string Rule, Direction Direction, string Object, string Message), List<string>>();
        var lines = new Dictionary<string, List<string>>();
        var objects = new Dictionary<string, SortedSet<string>>();
        void Line(string text, string obj, string tenant)
        {
            Add(lines, text, tenant);
            if (!objects.TryGetValue(text, out var set)) objects[text] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(obj);
        }
        foreach (var tenant in changes.Tenants)
        {
            var shown = tenant.Name == TreeChanges.Platform ? PlatformName : tenant.Name;
            if (tenant.Kind != ChangeKind.Changed)
            {
                var verb = tenant.Kind == ChangeKind.Added ? "added" : "removed";
                Add(security, (ChangeRules.Tenants.Id, Direction.Neutral, "", $"tenant {verb} ({tenant.Objects.Count} objects)"), shown);
                continue;
            }
            var normal = Normalizer(tenant.Name);
            foreach (var o in tenant.Objects)
            {
                var obj = normal(Display(o.Id, tenant.Namespace));
                foreach (var f in o.Findings) Add(security, (f.Rule.Id, f.Direction, obj, normal(f.Message)), shown);
                if (o.Kind != ChangeKind.Changed) Line(o.Kind == ChangeKind.Added ? "added" : "removed", obj, shown);
                else foreach (var f in o.Unexplained) Line(normal(Describe(f)), obj, shown);
            }
            foreach (var f in tenant.Files) Line("file " + f.Kind.ToString().ToLowerInvariant(), normal(f.Path), shown);
        }
        var rules = ChangeRules.All.ToDictionary(r => r.Id);
        var entries = security
            .Select(kv => Named(kv.Value, n => new SecurityEntry(rules[kv.Key.Rule], kv.Key.Direction, n(kv.Key.Object), n(kv.Key.Message), kv.Value)))
            .OrderBy(e => e.Rule.Id, StringComparer.Ordinal).ThenBy(e => e.Direction).ThenBy(e => e.Object, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal).ToList();
        var groups = lines
            .GroupBy(kv => string.Join('\n', kv.Value))
            .Select(g => Named(g.First().Value, n => new ChangeGroup(g.First().Value,
                g.Select(kv => new ChangeItem(n(kv.Key), objects[kv.Key].Select(n).ToList())).OrderBy(i => i.Text, StringComparer.Ordinal).ToList())))
            .OrderByDescending(g => g.Tenants.Count).ThenBy(g => g.Tenants[0], StringComparer.Ordinal).ToList();
        return new ChangeSummary(changes, entries, groups);
    }

    private static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, string tenant) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var tenants)) map[key] = tenants = [];
        if (tenants.Count == 0 || tenants[^1] != tenant) tenants.Add(tenant);
    }

    // An entry of one tenant shows that tenant's own values again.
    private static T Named<T>(IReadOnlyList<string> tenants, Func<Func<string, string>, T> make)
        => make(tenants.Count == 1 && tenants[0] != PlatformName ? s => s.Replace(TenantToken, tenants[0], StringComparison.Ordinal) : s => s);

    /// <summary><c>Kind/name</c> for the tenant's own namespace (and cluster-scoped objects), else <c>Kind/namespace/name</c>.</summary>
    public static string Display(ObjectId id, string? tenantNamespace)
        => id.Namespace is null || id.Namespace == tenantNamespace ? $"{id.Kind}/{id.Name}" : id.ToString();

    /// <summary>
    /// A field change in words: <c>`path`: old → new</c>, <c>`path`: + added</c>, <c>`path`: − removed</c>. A checksum
    /// annotation (the pod template's, which rolls the controller) differs in every tenant and says nothing a reviewer
    /// can read, so only that it changed is shown, and tenants group.
    /// </summary>
    public static string Describe(FieldChange f) => f.Kind switch
    {
        ChangeKind.Changed when f.Path.Steps.Count > 0 && f.Path.Steps[^1].Name.StartsWith(ChecksumPrefix, StringComparison.Ordinal) => $"`{f.Path}`: changed (a checksum)",
        ChangeKind.Added => $"`{f.Path}`: + {LeafFindings.Show(f.New)}",
        ChangeKind.Removed => $"`{f.Path}`: − {LeafFindings.Show(f.Old)}",
        _ => $"`{f.Path}`: {LeafFindings.Show(f.Old)} → {LeafFindings.Show(f.New)}",
    };

    private static Func<string, string> Normalizer(string tenant)
    {
        if (tenant.Length == 0) return s => s;
        var word = new Regex("(?<![A-Za-z0-9])" + Regex.Escape(tenant) + "(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
        return s => s.Contains(tenant, StringComparison.Ordinal) ? word.Replace(s, TenantToken) : s;
    }
}
