using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenClaw.Manifests.Analyzers.Operations;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0001: an image string that is not pinned by <c>@sha256:</c> digest flows into an image:
/// <c>ImageReference.Parse/TryParse/Create</c>, <c>V1Container.Image</c>, <c>V1EphemeralContainer.Image</c>,
/// <c>V1ImageVolumeSource.Reference</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImageNotPinnedAnalyzer : DiagnosticAnalyzer
{
    private static readonly Regex DigestHex = new("^(sha256:)?[a-f0-9]{64}$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ImageNotPinned);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.Get(start.Compilation);
            if (symbols is null || (symbols.ImageReference is null && symbols.ContainerImage is null))
                return;
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, symbols), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
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

    private static void AnalyzeAssignment(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target)
            return;
        var property = target.Property;
        if (KnownSymbols.Is(property, symbols.ContainerImage)
            || KnownSymbols.Is(property, symbols.EphemeralContainerImage)
            || KnownSymbols.Is(property, symbols.ImageVolumeReference))
            CheckImage(context, assignment.Value);
    }

    private static void CheckImage(OperationAnalysisContext context, IOperation value)
    {
        if (Values.TryGetTracedString(value, out var image))
        {
            if (!ImageDigestRule.IsPinned(image))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, value.Syntax.GetLocation(), image));
            return;
        }

        if (PartialStrings.TryRead(value, out var trailing, out var hasAt) && ImageDigestRule.ConstantPartsShowTagOnly(trailing, hasAt))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, value.Syntax.GetLocation(), value.Syntax.ToString()));
    }

    // Create(repository, digest, tag) pins by construction only when the digest is 64 lowercase hex; report
    // on the digest when it is the broken part, else on the repository (e.g. a repository that carries a tag).
    private static void CheckCreate(OperationAnalysisContext context, IInvocationOperation invocation)
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
        var digestKnown = Values.TryGetTracedString(digestArg, out var digest);
        if (digestKnown && !DigestHex.IsMatch(digest))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, digestArg.Syntax.GetLocation(), digest));
            return;
        }

        if (!digestKnown || !Values.TryGetTracedString(repositoryArg, out var repository))
            return;
        string? tag = null;
        if (tagArg is not null && !(tagArg.ConstantValue is { HasValue: true, Value: null }) && !Values.TryGetTracedString(tagArg, out tag))
            return;
        var hex = digest.StartsWith("sha256:", System.StringComparison.Ordinal) ? digest.Substring("sha256:".Length) : digest;
        var reference = tag is null ? $"{repository}@sha256:{hex}" : $"{repository}:{tag}@sha256:{hex}";
        if (!ImageDigestRule.IsPinned(reference))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ImageNotPinned, repositoryArg.Syntax.GetLocation(), reference));
    }
}
