namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0006: a pod that reaches into its node: <c>HostNetwork</c>/<c>HostPID</c>/<c>HostIPC = true</c>,
/// a <c>hostPath</c> volume, or a container-runtime socket path anywhere in a k8s.Models string.
/// Syntax first: host namespaces set to anything but a <c>false</c> literal, a <c>HostPath</c> other than <c>null</c>,
/// string literals that name a runtime socket, and any string value syntax cannot read (a constant of another type, a
/// local constant, a cast, an interpolation) are bound; only values syntax reads as harmless are skipped. The
/// operation check reads every compile-time constant, and the prefilter may skip nothing it would report
/// (PrefilterSupersetTests).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostAccessAnalyzer : AssignmentRuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HostAccess);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.K8sModelsNamespace is not null;

    private static bool MayReport(AssignmentExpressionSyntax assignment)
    {
        var value = assignment.Right;
        var name = SyntaxLiterals.MemberName(assignment.Left);
        if (HostFacts.HostNamespaceField(name) is not null)
            return !SyntaxLiterals.IsLiteral(value, SyntaxKind.FalseLiteralExpression) && !SyntaxLiterals.IsLiteral(value, SyntaxKind.NullLiteralExpression);
        if (name == "HostPath")
            return !SyntaxLiterals.IsLiteral(value, SyntaxKind.NullLiteralExpression);

        var values = new List<ExpressionSyntax>();
        SyntaxLiterals.CollectDirectValues(value, values);
        foreach (var item in values)
        {
            // What syntax cannot fold may still be a constant naming a socket: the semantic model decides.
            if (!SyntaxLiterals.TryFold(item, out var text) || HostFacts.FindRuntimeSocket(text) is not null)
                return true;
        }

        return false;
    }

    private protected override void AnalyzeAssignment(RuleContext context, AssignmentExpressionSyntax syntax, KnownSymbols symbols)
    {
        if (!context.TryBindPropertyAssignment(syntax, MayReport, out var assignment, out var property) || !symbols.IsK8sType(property.ContainingType))
            return;
        var value = ConstantValues.Unwrap(assignment.Value);
        if (KnownSymbols.Is(property, symbols.HostNetwork) || KnownSymbols.Is(property, symbols.HostPid) || KnownSymbols.Is(property, symbols.HostIpc))
        {
            if (value.ConstantValue is { HasValue: true, Value: true })
                Report(context, assignment.Value, assignment, symbols, HostFacts.HostNamespaceField(property.Name) + ": true");
            return;
        }

        if (KnownSymbols.Is(property, symbols.VolumeHostPath))
        {
            if (value.ConstantValue is { HasValue: true, Value: null })
                return;
            var path = value is IObjectCreationOperation source && ConstantValues.TryGetInitializedString(source.Initializer, symbols.HostPathPath, out var p) ? p : null;
            var what = path is null ? "a hostPath volume"
                : HostFacts.FindRuntimeSocket(path) is not null ? $"a hostPath volume of the container-runtime socket '{path}'"
                : $"a hostPath volume of '{path}'";
            Report(context, assignment.Value, assignment, symbols, what);
            return;
        }

        if (!StringShapes.IsStringOrStrings(property.Type))
            return;
        // The path of a hostPath source inside V1Volume.HostPath is reported once, with the volume, above.
        if (KnownSymbols.Is(property, symbols.HostPathPath) && IsInsideVolumeHostPath(assignment, symbols))
            return;
        CheckSockets(context, assignment, symbols);
    }

    private static void CheckSockets(RuleContext context, ISimpleAssignmentOperation assignment, KnownSymbols symbols)
    {
        if (ConstantValues.TryGetString(assignment.Value, out var text))
        {
            if (HostFacts.FindRuntimeSocket(text) is not null)
                Report(context, assignment.Value, assignment, symbols, $"the container-runtime socket '{text}'");
            return;
        }

        if (assignment.Target.Type?.SpecialType == SpecialType.System_String)
            return;
        var elements = new List<IOperation>();
        if (!ConstantValues.TryGetElements(assignment.Value, elements))
            return;
        foreach (var element in elements)
        {
            if (ConstantValues.TryGetString(element, out text) && HostFacts.FindRuntimeSocket(text) is not null)
                Report(context, element, assignment, symbols, $"the container-runtime socket '{text}'");
        }
    }

    private static bool IsInsideVolumeHostPath(ISimpleAssignmentOperation assignment, KnownSymbols symbols)
        => assignment.Parent?.Parent is IObjectCreationOperation creation
            && (creation.Parent is IConversionOperation ? creation.Parent.Parent : creation.Parent) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation owner }
            && KnownSymbols.Is(owner.Property, symbols.VolumeHostPath);

    private static void Report(RuleContext context, IOperation at, IOperation owner, KnownSymbols symbols, string what)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.HostAccess, at.Syntax.GetLocation(), OwnerNames.Pod(owner, symbols), what));
}
