namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0001: an image string that is not pinned by <c>@sha256:</c> digest flows into an image:
/// <c>ImageReference.Parse/TryParse/Create</c>, <c>V1Container.Image</c>, <c>V1EphemeralContainer.Image</c>,
/// <c>V1ImageVolumeSource.Reference</c>.
/// Syntax first: only calls named <c>Parse</c>/<c>TryParse</c>/<c>Create</c> on a name that may be <c>ImageReference</c>,
/// and assignments to <c>Image</c>/<c>Reference</c>, whose value is not a pinned literal, reach the semantic model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImageNotPinnedAnalyzer : RuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ImageNotPinned);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.ImageReference is not null || symbols.ContainerImage is not null;

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
    {
        RuleContext.Register(start, c =>
        {
            foreach (var invocation in c.Scan.Invocations)
                AnalyzeInvocation(c, invocation, symbols);
            foreach (var assignment in c.Scan.Assignments)
                AnalyzeAssignment(c, assignment, symbols);
        });
    }

    private static void AnalyzeInvocation(RuleContext context, InvocationExpressionSyntax syntax, KnownSymbols symbols)
    {
        if ((context.PrefiltersOn && !MayReport(syntax, symbols))
            || context.Bind(syntax) is not IInvocationOperation invocation)
            return;
        var method = invocation.TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.ImageReference) || invocation.Arguments.Length == 0)
            return;
        switch (method.Name)
        {
            case "Parse" or "TryParse":
                CheckImage(context, invocation.Arguments[0].Value);
                break;
            case "Create" when invocation.Arguments.Length >= 2:
                CheckCreate(context, invocation);
                break;
        }
    }

    // Only calls named Parse/TryParse/Create on a name that may be ImageReference, whose image is not a pinned literal.
    private static bool MayReport(InvocationExpressionSyntax syntax, KnownSymbols symbols)
    {
        var arguments = syntax.ArgumentList.Arguments;
        var name = SyntaxLiterals.MemberName(syntax.Expression);
        if (arguments.Count == 0 || name is not ("Parse" or "TryParse" or "Create")
            || !symbols.TypeNames.MayDenote(SyntaxLiterals.Receiver(syntax), "ImageReference"))
            return false;
        return !(name == "Create" ? CreateIsPinned(arguments) : SyntaxLiterals.TryFold(arguments[0].Expression, out var text) && ImageDigestRule.IsPinned(text));
    }

    // Only assignments to Image/Reference whose value is not a pinned literal.
    private static bool MayReport(AssignmentExpressionSyntax syntax)
        => SyntaxLiterals.MemberName(syntax.Left) is "Image" or "Reference"
            && !(SyntaxLiterals.TryFold(syntax.Right, out var text) && ImageDigestRule.IsPinned(text));

    private static void AnalyzeAssignment(RuleContext context, AssignmentExpressionSyntax syntax, KnownSymbols symbols)
    {
        if (!context.TryBindPropertyAssignment(syntax, MayReport, out var assignment, out var property))
            return;
        if (KnownSymbols.Is(property, symbols.ContainerImage)
            || KnownSymbols.Is(property, symbols.EphemeralContainerImage)
            || KnownSymbols.Is(property, symbols.ImageVolumeReference))
            CheckImage(context, assignment.Value);
    }

    private static void CheckImage(RuleContext context, IOperation value)
    {
        if (ConstantValues.TryGetTracedString(value, out var image))
        {
            if (!ImageDigestRule.IsPinned(image))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, value.Syntax.GetLocation(), image));
            return;
        }

        if (PartialStrings.TryRead(value, out var trailing, out var hasAt) && ImageDigestRule.ConstantPartsShowTagOnly(trailing, hasAt))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, value.Syntax.GetLocation(), value.Syntax.ToString()));
    }

    // The tenant files' Create(Registry + "/app", "sha256:…", "1.0"): every part known from syntax and the result pinned.
    private static bool CreateIsPinned(SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        if (arguments.Count is < 2 or > 3)
            return false;
        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null)
                return false;
        }

        if (!SyntaxLiterals.TryFold(arguments[0].Expression, out var repository) || !SyntaxLiterals.TryFold(arguments[1].Expression, out var digest)
            || !ImageDigestRule.IsDigest(digest))
            return false;
        string? tag = null;
        if (arguments.Count == 3 && !SyntaxLiterals.IsLiteral(arguments[2].Expression, SyntaxKind.NullLiteralExpression)
            && !SyntaxLiterals.TryFold(arguments[2].Expression, out tag))
            return false;
        return ImageDigestRule.IsPinned(ImageDigestRule.Compose(repository, digest, tag));
    }

    // Create(repository, digest, tag) pins by construction only when the digest is 64 lowercase hex; report
    // on the digest when it is the broken part, else on the repository (e.g. a repository that carries a tag).
    private static void CheckCreate(RuleContext context, IInvocationOperation invocation)
    {
        IOperation? repositoryArg = null, digestArg = null, tagArg = null;
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "repository": repositoryArg = argument.Value; break;
                case "digest": digestArg = argument.Value; break;
                case "tag": tagArg = argument.Value; break;
            }
        }

        if (digestArg is null || repositoryArg is null)
            return;
        var digestKnown = ConstantValues.TryGetTracedString(digestArg, out var digest);
        if (digestKnown && !ImageDigestRule.IsDigest(digest))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, digestArg.Syntax.GetLocation(), digest));
            return;
        }

        if (!digestKnown || !ConstantValues.TryGetTracedString(repositoryArg, out var repository))
            return;
        string? tag = null;
        if (tagArg is not null && !(tagArg.ConstantValue is { HasValue: true, Value: null }) && !ConstantValues.TryGetTracedString(tagArg, out tag))
            return;
        var reference = ImageDigestRule.Compose(repository, digest, tag);
        if (!ImageDigestRule.IsPinned(reference))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, repositoryArg.Syntax.GetLocation(), reference));
    }
}
