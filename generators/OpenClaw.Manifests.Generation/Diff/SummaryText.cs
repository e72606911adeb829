using System.Globalization;
using System.Text;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>
/// The summary for people: Markdown for a pull request comment or GitHub's job summary (short, details folded in
/// <c>&lt;details&gt;</c>), or plain text for a terminal. Both have the same parts in the same order: the headline,
/// the chart's version warning, security-relevant changes by rule, the chart, then everything else. Long lists are
/// cut (a PR comment holds at most 65,536 characters); the JSON output is never cut.
/// </summary>
internal sealed class SummaryText
{
    /// <summary>Tenant names listed per entry before "and N more".</summary>
    public const int MaxTenantsListed = 50;
    /// <summary>Groups of other changes shown before "and N more groups".</summary>
    public const int MaxGroups = 20;
    /// <summary>Changes of a group shown before the rest is folded (Markdown) or cut (text).</summary>
    public const int MaxLinesShown = 5;
    /// <summary>Objects named per change.</summary>
    public const int MaxObjectsListed = 20;

    private readonly StringBuilder _sb = new();
    private readonly bool _markdown;

    private SummaryText(bool markdown) => _markdown = markdown;

    public static string Markdown(ChangeSummary summary) => new SummaryText(true).Write(summary);

    public static string Plain(ChangeSummary summary) => new SummaryText(false).Write(summary);

    private string Write(ChangeSummary s)
    {
        var c = s.Changes;
        Line(_markdown ? "## OpenClaw change summary" : "OpenClaw change summary");
        Line();
        Line($"{Code(c.Base)} → {Code(c.Head)}: {Headline(s)}");
        if (c.Chart.VersionNotBumped)
        {
            Line();
            var warning = $"The content of chart {Names.Chart} changed but its version {c.Chart.HeadVersion} did not: clusters pinned to {c.Chart.HeadVersion} never get the change, " +
                          "and a registry with immutable tags refuses the push. Bump the chart version and generate again.";
            Line(_markdown ? "> [!WARNING]\n> " + Escape(warning) : "WARNING: " + warning);
        }
        if (s.Security.Count > 0) WriteSecurity(s);
        if (c.Chart.Files.Count > 0) WriteChart(c.Chart);
        if (s.Groups.Count > 0 || c.Files.Count > 0) WriteOthers(s);
        if (c.Tenants.Count == 0 && c.Chart.Files.Count == 0 && c.Files.Count == 0)
        {
            Line();
            Line("No changes.");
        }
        return _sb.ToString();
    }

    private string Headline(ChangeSummary s)
    {
        var c = s.Changes;
        var changed = s.ChangedTenants.Count();
        var parts = new List<string> { $"{changed} of {c.BaseTenants} tenant(s) changed" };
        if (s.AddedTenants.Count > 0) parts.Add($"{s.AddedTenants.Count} added");
        if (s.RemovedTenants.Count > 0) parts.Add($"{s.RemovedTenants.Count} removed");
        var objects = c.Tenants.Where(t => t.Kind == ChangeKind.Changed).Sum(t => t.Objects.Count);
        var relevant = s.Security.Count(e => e.Direction != Direction.Tightening);
        var tightening = s.Security.Count - relevant;
        var security = relevant == 0 ? "no security-relevant change" : _markdown ? $"**{relevant} security-relevant change(s)**" : $"{relevant} security-relevant change(s)";
        return $"{string.Join(", ", parts)}; {objects} object(s) changed; {security}" + (tightening > 0 ? $", {tightening} tightening" : "") + ".";
    }

    private void WriteSecurity(ChangeSummary s)
    {
        Heading("Security-relevant changes");
        foreach (var rule in s.Security.GroupBy(e => e.Rule))
        {
            Line();
            var related = rule.Key.Related.Length > 0 ? $" (guards {rule.Key.Related})" : "";
            Line(_markdown ? $"**{rule.Key.Id} {rule.Key.Title}**{related}" : $"{rule.Key.Id} {rule.Key.Title}{related}");
            foreach (var e in rule)
            {
                var mark = e.Direction switch { Direction.Widening => "widening", Direction.Tightening => "tightening", _ => "changed" };
                var what = e.Object.Length == 0 ? Escape(e.Message) : $"{Code(e.Object)}: {Escape(e.Message)}";
                Line($"- {(_markdown ? "**" + mark + "**" : mark)} {what} — {Tenants(e.Tenants)}");
            }
        }
    }

    private void WriteChart(ChartChange chart)
    {
        Heading($"Chart {Names.Chart}");
        Line();
        var version = chart.BaseVersion == chart.HeadVersion ? $"version {chart.HeadVersion} (unchanged)" : $"version {chart.BaseVersion ?? "(none)"} → {chart.HeadVersion ?? "(none)"}";
        Line($"{version}; {chart.Files.Count} file(s) changed (what a template change does to each tenant's objects is listed with them).");
        foreach (var f in chart.Files)
            Line($"- {Code(f.Path)} {f.Kind.ToString().ToLowerInvariant()} (+{f.LinesAdded} −{f.LinesRemoved})");
    }

    private void WriteOthers(ChangeSummary s)
    {
        Heading("Other changes");
        foreach (var f in s.Changes.Files)
        {
            Line();
            Line($"- {Code(f.Path)}: {f.Kind.ToString().ToLowerInvariant()}");
        }
        foreach (var g in s.Groups.Take(MaxGroups))
        {
            Line();
            Line($"- {Tenants(g.Tenants)}: {g.Items.Count} change(s)");
            foreach (var item in g.Items.Take(MaxLinesShown)) Line($"  - {Change(item)}");
            var folded = g.Items.Skip(MaxLinesShown).ToList();
            if (folded.Count == 0) continue;
            if (!_markdown)
            {
                Line($"  - and {folded.Count} more");
                continue;
            }
            Line($"  <details><summary>{folded.Count} more</summary>");
            Line();
            foreach (var item in folded) Line($"  - {Change(item)}");
            Line();
            Line("  </details>");
        }
        if (s.Groups.Count > MaxGroups)
        {
            Line();
            Line($"And {s.Groups.Count - MaxGroups} more group(s) of changes: see `--format json`.");
        }
    }

    // "`path`: old → new on `Kind/name`", or with several objects their count and, folded, their names.
    private string Change(ChangeItem item)
    {
        if (item.Objects.Count == 1) return $"{Escape(item.Text)}: {Code(item.Objects[0])}";
        var names = string.Join(", ", item.Objects.Take(MaxObjectsListed).Select(Code)) + (item.Objects.Count > MaxObjectsListed ? $" and {item.Objects.Count - MaxObjectsListed} more" : "");
        return _markdown
            ? $"{Escape(item.Text)}: <details><summary>{item.Objects.Count} objects</summary>{names}</details>"
            : $"{Escape(item.Text)}: {item.Objects.Count} objects ({names})";
    }

    private string Tenants(IReadOnlyList<string> tenants)
    {
        if (tenants.Count == 1) return tenants[0] == ChangeSummary.PlatformName ? Escape(tenants[0]) : "tenant " + Code(tenants[0]);
        var count = $"{tenants.Count.ToString("N0", CultureInfo.InvariantCulture)} tenants";
        return _markdown ? $"<details><summary>{count}</summary>{TenantNames(tenants)}</details>" : $"{count} ({TenantNames(tenants)})";
    }

    private string TenantNames(IReadOnlyList<string> tenants)
        => string.Join(", ", tenants.Take(MaxTenantsListed).Select(Code)) + (tenants.Count > MaxTenantsListed ? $" and {tenants.Count - MaxTenantsListed} more" : "");

    private void Heading(string title)
    {
        Line();
        Line(_markdown ? "### " + title : title + ":");
    }

    private void Line(string text = "") => _sb.Append(text).Append('\n');

    private string Code(string text)
    {
        if (!_markdown) return text;
        var fence = text.Contains('`') ? "`` " : "`";
        return fence + text + (fence.Length > 1 ? " ``" : "`");
    }

    // Outside code spans, '<' would start HTML (the tenant token is "<tenant>") and '*' or '_' emphasis.
    private string Escape(string text)
    {
        if (!_markdown) return text.Replace("`", "", StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        var inCode = false;
        foreach (var ch in text)
        {
            if (ch == '`') inCode = !inCode;
            if (!inCode && ch is '<' or '>' or '&' or '*' or '_' or '[' or ']' or '\\' or '|') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
