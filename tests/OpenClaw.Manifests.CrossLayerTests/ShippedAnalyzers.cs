using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenClaw.Manifests.CrossLayerTests;

/// <summary>
/// The analyzers as a compiler sees them: every C# analyzer that <see cref="AnalyzerFileReference"/> finds in the
/// built analyzer assembly (copied beside the tests by the project file).
/// </summary>
internal static class ShippedAnalyzers
{
    public static readonly string AssemblyPath = Path.Combine(AppContext.BaseDirectory, "OpenClaw.Manifests.Analyzers.dll");

    public static readonly ImmutableArray<DiagnosticAnalyzer> All =
        new AnalyzerFileReference(AssemblyPath, new DefaultContextLoader()).GetAnalyzers(LanguageNames.CSharp);

    // Roslyn's own loaders are internal to the compiler; the interface is the public way in. The analyzers depend on
    // nothing but Roslyn, which the test process has already loaded, so the default load context resolves them.
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
