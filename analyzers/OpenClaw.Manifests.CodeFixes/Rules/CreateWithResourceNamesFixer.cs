using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenClaw.Manifests.Analyzers;
using OpenClaw.Manifests.Analyzers.Rules;

namespace OpenClaw.Manifests.CodeFixes.Rules;

/// <summary>
/// OCM0002 fix: splits a rule that lists resourceNames together with create/deletecollection into a rule
/// for those verbs without resourceNames and a rule for the other verbs that keeps them. Offered when the
/// rule is an element of a collection (so there is room for a second rule) and its verbs are literals.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CreateWithResourceNamesFixer)), Shared]
public sealed class CreateWithResourceNamesFixer : CodeFixProvider
{
    private const string Title = "Split into a rule without resourceNames for create/deletecollection";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CreateWithResourceNames);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0)
                continue;
            var rule = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
            if (rule is null || RbacRuleSplitter.Split(rule) is null)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => ApplyAsync(context.Document, rule, ct), equivalenceKey: nameof(CreateWithResourceNamesFixer)),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ExpressionSyntax rule, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var split = RbacRuleSplitter.Split(rule);
        if (root is null || split is null)
            return document;
        var (keep, nameless) = split.Value;
        return document.WithSyntaxRoot(CollectionEdit.ReplaceWithTwo(root, rule, keep, nameless));
    }
}
