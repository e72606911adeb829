using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenClaw.Manifests.Analyzers.Tests.Verifiers;

/// <summary>Every analyzer the analyzer assembly defines, one instance each: what a compilation with the package runs.</summary>
internal static class AnalyzerAssembly
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();
}
