using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenClaw.Manifests.CodeFixes.Rules;

/// <summary>Removing elements from comma-separated lists while keeping the surrounding layout.</summary>
internal static class SeparatedListEdit
{
    /// <summary>
    /// Keeps the elements <paramref name="keep"/> accepts. A removed element takes its following comma with it;
    /// the last one takes the preceding comma and hands its trailing trivia (a space before '}', a line end)
    /// to the element before it.
    /// </summary>
    public static SeparatedSyntaxList<T> Filter<T>(SeparatedSyntaxList<T> list, Func<T, bool> keep)
        where T : SyntaxNode
    {
        var items = list.GetWithSeparators().ToList();
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (keep(list[i]))
                continue;
            var index = 2 * i;
            if (index + 1 < items.Count)
            {
                items.RemoveRange(index, 2);
            }
            else if (index > 0)
            {
                var trailing = items[index].GetTrailingTrivia();
                items.RemoveRange(index - 1, 2);
                items[index - 2] = items[index - 2].WithTrailingTrivia(trailing);
            }
            else
            {
                items.RemoveAt(0);
            }
        }

        return SyntaxFactory.SeparatedList<T>(items);
    }
}
