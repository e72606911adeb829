using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenClaw.Manifests.Analyzers.Syntax;

namespace OpenClaw.Manifests.Analyzers;

/// <summary>
/// What a rule needs while it checks one file: the semantic model (asked only for the nodes syntax could not
/// settle), the file's <see cref="TreeScan"/> and a way to report.
/// </summary>
internal readonly struct RuleContext
{
    private readonly Action<Diagnostic> _report;

    private RuleContext(SemanticModel semanticModel, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        SemanticModel = semanticModel;
        _report = report;
        CancellationToken = cancellationToken;
        Scan = TreeScan.For(semanticModel.SyntaxTree, cancellationToken);
    }

    public SemanticModel SemanticModel { get; }

    public CancellationToken CancellationToken { get; }

    public TreeScan Scan { get; }

    /// <summary>Registers <paramref name="analyze"/> to run once per file of every compilation that uses the libraries.</summary>
    public static void Register(CompilationStartAnalysisContext start, Action<RuleContext> analyze)
        => start.RegisterSemanticModelAction(c => analyze(new RuleContext(c.SemanticModel, c.ReportDiagnostic, c.CancellationToken)));

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>The operation of <paramref name="node"/>: binds the member that holds it, so only for candidates.</summary>
    public IOperation? Bind(SyntaxNode node) => SemanticModel.GetOperation(node, CancellationToken);
}
