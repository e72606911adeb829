using System.Runtime.CompilerServices;

namespace OpenClaw.Manifests.Analyzers.Syntax;

/// <summary>
/// The nodes of one file the rules look at (assignments, calls, creations, <c>with</c>), collected in one walk that
/// every analyzer of this assembly shares. Per-node syntax actions would have the compiler's analyzer driver walk
/// each declaration once per analyzer and call back six times per assignment; on a 1,000-tenant project that
/// dispatch alone costs more than the rules' checks.
/// </summary>
internal sealed class TreeScan
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeScan> Cache = new();

    private TreeScan(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node.Kind())
            {
                case SyntaxKind.SimpleAssignmentExpression:
                    Assignments.Add((AssignmentExpressionSyntax)node);
                    break;
                case SyntaxKind.InvocationExpression:
                    Invocations.Add((InvocationExpressionSyntax)node);
                    break;
                case SyntaxKind.ObjectCreationExpression:
                case SyntaxKind.ImplicitObjectCreationExpression:
                    Creations.Add((BaseObjectCreationExpressionSyntax)node);
                    break;
                case SyntaxKind.WithExpression:
                    Withs.Add((WithExpressionSyntax)node);
                    break;
            }
        }
    }

    public List<AssignmentExpressionSyntax> Assignments { get; } = new();

    public List<InvocationExpressionSyntax> Invocations { get; } = new();

    public List<BaseObjectCreationExpressionSyntax> Creations { get; } = new();

    public List<WithExpressionSyntax> Withs { get; } = new();

    public static TreeScan For(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
        => Cache.GetValue(tree, t => new TreeScan(t.GetRoot(cancellationToken)));
}
