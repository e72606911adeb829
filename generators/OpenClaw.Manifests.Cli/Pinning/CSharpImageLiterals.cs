using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// The image string literals of a C# tenant source file, found on Roslyn's syntax tree (no compilation: the file
/// does not compile while OCM0001 refuses its tag-only images). Where OCM0001 looks, read syntactically: the first
/// argument of <c>ImageReference.Parse</c>/<c>TryParse</c>, a value assigned to <c>Image</c> (V1Container,
/// V1EphemeralContainer) or <c>Reference</c> (V1ImageVolumeSource), and the literal initialising a field or local
/// of this file that is used there. Only literals that read as image references with a tag or a digest are returned.
/// </summary>
internal static class CSharpImageLiterals
{
    private static readonly string[] ImageMembers = ["Image", "Reference"];

    public static IReadOnlyList<ImageSite> Find(string file, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), path: file).GetCompilationUnitRoot();
        var values = new List<ExpressionSyntax>();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Parse" or "TryParse" } access, ArgumentList.Arguments: [var first, ..] }
                    when Last(access.Expression) == "ImageReference":
                    values.Add(first.Expression);
                    break;
                case AssignmentExpressionSyntax { Left: var left, Right: var right } when ImageMembers.Contains(Last(left)):
                    values.Add(right);
                    break;
            }
        }
        // A literal used through a name (const, static readonly, local): the declaration in this file holds it.
        var names = values.OfType<IdentifierNameSyntax>().Select(n => n.Identifier.Text).ToHashSet(StringComparer.Ordinal);
        var literals = values.OfType<LiteralExpressionSyntax>().ToList();
        literals.AddRange(root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Where(d => names.Contains(d.Identifier.Text) && d.Initializer?.Value is LiteralExpressionSyntax)
            .Select(d => (LiteralExpressionSyntax)d.Initializer!.Value));
        var sites = new List<ImageSite>();
        foreach (var literal in literals.Distinct().OrderBy(l => l.SpanStart))
        {
            // Without a tag or a digest a string is no image to pin here ('logo.png' assigned to some other Image
            // property); OCM0001 still reports a tag-less container image at compile time.
            if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText is not { } value || ImageName.TryParse(value) is not { Tag: not null } and not { Digest: not null }) continue;
            var position = literal.GetLocation().GetLineSpan().StartLinePosition;
            var token = literal.Token;
            sites.Add(new ImageSite(file, position.Line + 1, position.Character + 1, "string literal", value, token.SpanStart, token.Span.End,
                pinned => Rewritten(token, pinned)));
        }
        return sites;
    }

    /// <summary>
    /// The literal's new text, or null when it cannot be rewritten by itself. A regular literal becomes Roslyn's own
    /// literal for the new value; a verbatim or single-line raw literal keeps its delimiters.
    /// </summary>
    private static string? Rewritten(SyntaxToken token, string value)
    {
        var text = token.Text;
        if (token.IsKind(SyntaxKind.StringLiteralToken))
            return text.StartsWith('@') ? "@\"" + value + "\"" : SyntaxFactory.Literal(value).Text;
        if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
        {
            var quotes = text.TakeWhile(c => c == '"').Count();
            return new string('"', quotes) + value + new string('"', quotes);
        }
        return null;
    }

    private static string Last(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax i => i.Identifier.Text,
        MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
        QualifiedNameSyntax q => q.Right.Identifier.Text,
        AliasQualifiedNameSyntax a => a.Name.Identifier.Text,
        _ => "",
    };
}
