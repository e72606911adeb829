namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// What every OpenClaw rule does before its own checks: skip generated code, run concurrently, resolve the shared
/// <see cref="KnownSymbols"/> once per compilation, and register nothing at all in a compilation that references
/// neither this library nor the parts of KubernetesClient the rule looks at.
/// </summary>
public abstract class RuleAnalyzer : DiagnosticAnalyzer
{
    private protected RuleAnalyzer()
    {
    }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.Get(start.Compilation);
            if (symbols is not null && AppliesTo(symbols))
                Register(start, symbols);
        });
    }

    /// <summary>Whether the compilation has any of the types this rule checks.</summary>
    private protected abstract bool AppliesTo(KnownSymbols symbols);

    /// <summary>Registers the rule's per-file check for one compilation.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, KnownSymbols symbols);
}

/// <summary>A rule that reads only property assignments (<c>HostNetwork = true</c>, <c>Privileged = true</c>): each one of the file's assignments goes to <see cref="AnalyzeAssignment"/>.</summary>
public abstract class AssignmentRuleAnalyzer : RuleAnalyzer
{
    private protected AssignmentRuleAnalyzer()
    {
    }

    private protected sealed override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
        => RuleContext.Register(start, c =>
        {
            foreach (var assignment in c.Scan.Assignments)
                AnalyzeAssignment(c, assignment, symbols);
        });

    /// <summary>Checks one assignment of the file.</summary>
    private protected abstract void AnalyzeAssignment(RuleContext context, AssignmentExpressionSyntax syntax, KnownSymbols symbols);
}
