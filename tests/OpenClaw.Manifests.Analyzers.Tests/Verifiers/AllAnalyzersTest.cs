using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OpenClaw.Manifests.Analyzers.Tests.Verifiers;

/// <summary>
/// Statements in a method (<see cref="Sources.InMethod"/>) through a whole set of analyzers at once, with the Roslyn
/// testing markup: every <c>{|OCM0004:…|}</c> span must be reported by that rule, and no analyzer may report anything
/// else. The set is given, not a type parameter, because the cross-layer tests load it from the analyzer assembly.
/// </summary>
internal sealed class AllAnalyzersTest : AnalyzerTest<DefaultVerifier>
{
    private readonly IReadOnlyList<DiagnosticAnalyzer> analyzers;

    private AllAnalyzersTest(IReadOnlyList<DiagnosticAnalyzer> analyzers, string statements)
    {
        this.analyzers = analyzers;
        TestCode = Sources.InMethod(statements);
        ReferenceAssemblies = TestReferences.None;
        TestReferences.Apply(TestState);
    }

    public static Task RunAsync(IReadOnlyList<DiagnosticAnalyzer> analyzers, string statements)
        => new AllAnalyzersTest(analyzers, statements).RunAsync();

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    // The same options CSharpAnalyzerTest uses, so these runs and the single-rule tests compile alike.
    protected override CompilationOptions CreateCompilationOptions() => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Default, DocumentationMode.Diagnose);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => analyzers;
}
