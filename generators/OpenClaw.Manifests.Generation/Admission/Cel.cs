using System.Text;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>
/// Writing CEL text. Only what both Kubernetes and the test suite's conformance-tested evaluator have is used:
/// standard CEL (has, all, exists, filter, map, in, size, matches, startsWith, endsWith, map indexing, ?:, +) and, from
/// the strings extension that Kubernetes enables, <c>join</c> (README "Admission policies" lists them). List literals
/// stay homogeneous: Kubernetes type-checks with HomogeneousAggregateLiterals.
/// </summary>
internal static partial class Cel
{
    /// <summary>A double-quoted CEL string literal.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A CEL list of string literals.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>
    /// The rule's own message (<see cref="RuleInfo.MessageFormat"/>) as a CEL string expression: the text between the
    /// placeholders quoted, each <c>{n}</c> replaced by the CEL expression <paramref name="args"/>[n].
    /// </summary>
    public static string Format(RuleInfo rule, params string[] args)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (Match m in Placeholder().Matches(rule.MessageFormat))
        {
            if (m.Index > at) parts.Add(Quote(rule.MessageFormat[at..m.Index]));
            parts.Add("(" + args[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] + ")");
            at = m.Index + m.Length;
        }
        if (at < rule.MessageFormat.Length) parts.Add(Quote(rule.MessageFormat[at..]));
        return string.Join(" + ", parts);
    }

    [GeneratedRegex(@"\{([0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
