using System.Threading;

namespace OpenClaw.Manifests.Analyzers;

/// <summary>
/// What a rule needs while it checks one file: the file's <see cref="TreeScan"/>, a way to report, and a semantic
/// model that is only asked for when syntax could not settle a node.
/// </summary>
internal readonly struct RuleContext
{
    private readonly Action<Diagnostic> _report;
    private readonly Compilation _compilation;

    private RuleContext(Compilation compilation, SyntaxTree tree, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _report = report;
        CancellationToken = cancellationToken;
        Scan = TreeScan.For(tree, cancellationToken);
        PrefiltersOn = Prefilters.On;
    }

    public CancellationToken CancellationToken { get; }

    public TreeScan Scan { get; }

    /// <summary>Whether a node that syntax settles as silent may be skipped unbound (see <see cref="Prefilters"/>).</summary>
    public bool PrefiltersOn { get; }

    /// <summary>Registers <paramref name="analyze"/> to run once per file of every compilation that uses the libraries.</summary>
    /// <remarks>
    /// A syntax-tree action, not a semantic-model action: merely registering a semantic-model action (or syntax-node
    /// actions) makes the compiler's analyzer driver do per-file work that, on the 1,000-tenant benchmark project,
    /// cost about 2.5 s of CPU with an empty callback, while an empty syntax-tree action costs nothing measurable
    /// (BENCHMARKS.md, "Analyzer overhead"). Most files are settled from syntax alone and never need a model.
    /// </remarks>
    public static void Register(CompilationStartAnalysisContext start, Action<RuleContext> analyze)
    {
        var compilation = start.Compilation;
        start.RegisterSyntaxTreeAction(c => analyze(new RuleContext(compilation, c.Tree, c.ReportDiagnostic, c.CancellationToken)));
    }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>
    /// The plain assignment <paramref name="syntax"/> to a property, bound only when the rule's prefilter
    /// <paramref name="mayReport"/> keeps it (or the prefilters are off); false for any other node or shape.
    /// </summary>
    public bool TryBindPropertyAssignment(AssignmentExpressionSyntax syntax, Func<AssignmentExpressionSyntax, bool> mayReport, out ISimpleAssignmentOperation assignment, out IPropertySymbol property)
    {
        assignment = null!;
        property = null!;
        if ((PrefiltersOn && !mayReport(syntax))
            || Bind(syntax) is not ISimpleAssignmentOperation bound
            || bound.Target is not IPropertyReferenceOperation target)
            return false;
        assignment = bound;
        property = target.Property;
        return true;
    }

    /// <summary>The operation of <paramref name="node"/>: binds the member that holds it, so only for candidates.</summary>
    public IOperation? Bind(SyntaxNode node)
    {
        // Inside an analyzer the driver gives the compilation a caching semantic-model provider, so this returns the
        // model it shares with the other analyzers rather than building a new one per call (what RS1030 warns about).
#pragma warning disable RS1030 // a syntax-tree action has no model of its own; see Register for why it is not a semantic-model action
        var model = _compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(node, CancellationToken);
    }
}
