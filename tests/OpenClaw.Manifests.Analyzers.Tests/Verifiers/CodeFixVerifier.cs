using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace OpenClaw.Manifests.Analyzers.Tests.Verifiers;

/// <summary>Checks a code fix: the diagnostics of the code before, and the code after the fix.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync();
    }

    /// <summary>Asserts that the diagnostics in <paramref name="source"/> get no fix.</summary>
    public static Task VerifyNoFixAsync(string source)
    {
        var test = new Test { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }

    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.Apply(TestState);
        }
    }
}
