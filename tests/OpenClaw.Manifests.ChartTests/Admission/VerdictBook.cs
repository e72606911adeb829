using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.ChartTests.Admission;

/// <summary>
/// The verdicts of every policy on many named groups of cases, evaluated in one Node process on first use: a theory row
/// looks its group up instead of starting a process of its own (about a second each on a loaded CI machine), and still
/// passes or fails on its own.
/// </summary>
internal sealed class VerdictBook
{
    private readonly Lazy<Dictionary<string, List<List<CelEvaluator.Verdict>>>> book;

    public VerdictBook(IReadOnlyList<JsonNode> policies, Func<IEnumerable<(string Name, IReadOnlyList<CelEvaluator.Case> Cases)>> groups)
        => book = new(() =>
        {
            var all = groups().ToList();
            var verdicts = CelEvaluator.Evaluate(policies, [.. all.SelectMany(g => g.Cases)]);
            var result = new Dictionary<string, List<List<CelEvaluator.Verdict>>>(StringComparer.Ordinal);
            var at = 0;
            foreach (var (name, cases) in all)
            {
                result.Add(name, verdicts.GetRange(at, cases.Count));
                at += cases.Count;
            }
            return result;
        });

    /// <summary>The verdicts of one group's cases, in case order.</summary>
    public List<List<CelEvaluator.Verdict>> this[string name] => book.Value[name];
}
