using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AnalyzerOverhead;

/// <summary>
/// Analyzers that register one kind of action and do nothing in it: what the analyzer driver charges for the
/// registration alone, so that the in-process report can tell the driver's share of the rules' cost from the rules'
/// own callbacks. No <c>[DiagnosticAnalyzer]</c> attribute, so loading this assembly with <c>/analyzer:</c> (the
/// compiler benchmark's floor mode) still finds only <see cref="FloorAnalyzer"/>.
/// </summary>
internal sealed class DriverProbe(string name, Action<CompilationStartAnalysisContext> register) : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("PROBE", "unused", "unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public string Name { get; } = name;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(register);
    }

    public static IReadOnlyList<DriverProbe> All { get; } =
    [
        new("empty semantic-model action", start => start.RegisterSemanticModelAction(_ => { })),
        new("empty syntax-tree action", start => start.RegisterSyntaxTreeAction(_ => { })),
        new("syntax-tree action + semantic model", start => start.RegisterSyntaxTreeAction(c => GC.KeepAlive(start.Compilation.GetSemanticModel(c.Tree)))),
        new("empty syntax-node actions (4 kinds)", start => start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ImplicitObjectCreationExpression)),
    ];
}
