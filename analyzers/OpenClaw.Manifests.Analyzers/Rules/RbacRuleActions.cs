using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenClaw.Manifests.Analyzers.Operations;

namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>Registers a callback for every RBAC rule expression (initializer, <c>with</c>, builder chain).</summary>
internal static class RbacRuleActions
{
    public static void Register(CompilationStartAnalysisContext start, KnownSymbols symbols, Action<OperationAnalysisContext, RbacRuleShape> analyze)
    {
        start.RegisterOperationAction(
            c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (StartsBuilderChain(creation, symbols))
                    return;
                var shape = RbacRuleShape.FromInitializer(creation, creation.Type, creation.Initializer, symbols);
                if (shape is not null)
                    analyze(c, shape);
            },
            OperationKind.ObjectCreation);
        start.RegisterOperationAction(
            c =>
            {
                var with = (IWithOperation)c.Operation;
                if (StartsBuilderChain(with, symbols))
                    return;
                var shape = RbacRuleShape.FromInitializer(with, with.Type, with.Initializer, symbols);
                if (shape is not null)
                    analyze(c, shape);
            },
            OperationKind.With);
        if (symbols.RbacRule is null)
            return;
        start.RegisterOperationAction(
            c =>
            {
                var shape = RbacRuleShape.FromBuilderChain((IInvocationOperation)c.Operation, symbols);
                if (shape is not null)
                    analyze(c, shape);
            },
            OperationKind.Invocation);
    }

    // new RbacRule { … }.WithVerbs(…) is read once, as part of its chain.
    private static bool StartsBuilderChain(IOperation operation, KnownSymbols symbols)
        => operation.Parent is IInvocationOperation call && call.Instance == operation && RbacRuleShape.IsBuilderMethod(call.TargetMethod, symbols);
}
