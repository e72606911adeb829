namespace OpenClaw.Manifests.CrossLayerTests;

/// <summary>
/// The rule pages' "Checked at" rows and the rules index's column are generated from <see cref="RuleCases"/>: a layer
/// is listed when some case runs there, and a layer no case runs at is listed with the cases' reasons. Run with
/// OPENCLAW_WRITE_DOCS=1 to rewrite the pages; otherwise a page that says anything else fails.
/// </summary>
public sealed class CheckedAtDocsTests
{
    private static readonly string RulesFolder = Path.Combine(RepoPaths.Root, "docs", "rules");

    private static readonly bool Write = Environment.GetEnvironmentVariable("OPENCLAW_WRITE_DOCS") == "1";

    public static TheoryData<string> Rules() => new(RuleCases.Tables.Keys.Order(StringComparer.Ordinal));

    /// <summary>"compile time, render time": the layers at least one case of the rule runs at.</summary>
    internal static string CheckedAt(string rule)
        => string.Join(", ", Enum.GetValues<Layer>().Where(l => Seen(rule, l)).Select(Name));

    /// <summary>"load time: why" for each layer no case runs at, or null.</summary>
    internal static string? NotCheckedAt(string rule)
    {
        var parts = Enum.GetValues<Layer>().Where(l => !Seen(rule, l))
            .Select(l => Name(l) + ": " + string.Join("; ", RuleCases.Tables[rule].Select(c => c.NotSeen(l)).Distinct(StringComparer.Ordinal)))
            .ToList();
        return parts.Count == 0 ? null : string.Join(". ", parts);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_says_where_the_rule_is_checked(string rule)
    {
        var page = Path.Combine(RulesFolder, rule + ".md");
        var lines = File.ReadAllLines(page).ToList();
        var generated = new List<string> { $"| Checked at | {CheckedAt(rule)} |" };
        if (NotCheckedAt(rule) is { } why)
            generated.Add($"| Not checked at | {why} |");
        lines.RemoveAll(l => l.StartsWith("| Checked", StringComparison.Ordinal) || l.StartsWith("| Not checked at", StringComparison.Ordinal)
            || l.StartsWith("| Compile time", StringComparison.Ordinal));
        lines.InsertRange(lines.FindIndex(l => l.StartsWith("| Category |", StringComparison.Ordinal)) + 1, generated);
        Compare(page, lines);
    }

    [Fact]
    public void Rules_index_says_where_each_rule_is_checked()
    {
        var index = Path.Combine(RulesFolder, "README.md");
        var lines = File.ReadAllLines(index).Select(line =>
        {
            if (line.StartsWith("| ID | Title |", StringComparison.Ordinal))
                return "| ID | Title | Checked at | Code fix |";
            var cells = line.Split(" | ");
            var rule = RuleCases.Tables.Keys.FirstOrDefault(id => line.StartsWith($"| [{id}]", StringComparison.Ordinal));
            if (rule is null || cells.Length != 4)
                return line;
            cells[2] = CheckedAt(rule);
            return string.Join(" | ", cells);
        }).ToList();
        Compare(index, lines);
    }

    private static bool Seen(string rule, Layer layer) => RuleCases.Tables[rule].Any(c => c.NotSeen(layer) is null);

    private static string Name(Layer layer) => layer switch
    {
        Layer.Compile => "compile time",
        Layer.Load => "load time",
        _ => "render time",
    };

    private static void Compare(string file, List<string> lines)
    {
        var expected = string.Join("\n", lines) + "\n";
        if (Write)
            File.WriteAllText(file, expected);
        Assert.True(expected == File.ReadAllText(file).ReplaceLineEndings("\n"),
            $"{Path.GetFileName(file)} is not what the case tables say; run the analyzer tests with OPENCLAW_WRITE_DOCS=1 to regenerate it");
    }
}
