using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenClaw.Manifests.CodeFixes.Rules;

/// <summary>Replacing one element of a collection (initializer or collection expression) by two.</summary>
internal static class CollectionEdit
{
    /// <summary>True when <paramref name="element"/> is an element of an initializer or a collection expression.</summary>
    public static bool IsInCollection(ExpressionSyntax element)
        => element.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression or (int)SyntaxKind.ArrayInitializerExpression }
            || element.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax };

    /// <summary>
    /// Replaces <paramref name="element"/> by <paramref name="first"/> followed by <paramref name="second"/>
    /// (or by <paramref name="second"/> alone when <paramref name="first"/> is null), on a new line when the
    /// collection has one element per line.
    /// </summary>
    public static SyntaxNode ReplaceWithTwo(SyntaxNode root, ExpressionSyntax element, ExpressionSyntax? first, ExpressionSyntax second)
    {
        if (first is null)
            return root.ReplaceNode(element, second.WithTriviaFrom(element));

        // Trivia of a collection-expression element lives on its expression; both nodes share the span.
        SyntaxNode item = element.Parent is ExpressionElementSyntax wrapper ? wrapper : element;
        SyntaxNode firstItem = first.WithLeadingTrivia(element.GetLeadingTrivia()).WithTrailingTrivia();
        SyntaxNode secondItem = second.WithLeadingTrivia(element.GetLeadingTrivia()).WithTrailingTrivia(element.GetTrailingTrivia());
        if (item is ExpressionElementSyntax)
        {
            firstItem = SyntaxFactory.ExpressionElement((ExpressionSyntax)firstItem);
            secondItem = SyntaxFactory.ExpressionElement((ExpressionSyntax)secondItem);
        }

        var lineEnd = element.GetFirstToken().GetPreviousToken().TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken)
            .WithTrailingTrivia(lineEnd.IsKind(SyntaxKind.EndOfLineTrivia) ? lineEnd : SyntaxFactory.Space);

        switch (item.Parent)
        {
            case InitializerExpressionSyntax initializer:
                {
                    var items = initializer.Expressions.GetWithSeparators();
                    var index = items.IndexOf(item);
                    items = items.RemoveAt(index).InsertRange(index, new SyntaxNodeOrToken[] { firstItem, comma, secondItem });
                    return root.ReplaceNode(initializer, initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items)));
                }

            case CollectionExpressionSyntax collection:
                {
                    var items = collection.Elements.GetWithSeparators();
                    var index = items.IndexOf(item);
                    items = items.RemoveAt(index).InsertRange(index, new SyntaxNodeOrToken[] { firstItem, comma, secondItem });
                    return root.ReplaceNode(collection, collection.WithElements(SyntaxFactory.SeparatedList<CollectionElementSyntax>(items)));
                }

            default:
                return root;
        }
    }
}
