namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0005: a security context that explicitly unrestricts a container: <c>Privileged = true</c>,
/// <c>AllowPrivilegeEscalation = true</c>, <c>RunAsNonRoot = false</c>, <c>RunAsUser = 0</c>, or adding the
/// any capability but <c>NET_BIND_SERVICE</c> (the restricted profile, <see cref="CapabilityFacts"/>). Only explicit values: defaults are the render-time checks' job.
/// Syntax first: an assignment to one of these names is bound only when its value is not a literal that is safe
/// (<c>Privileged = false</c>, <c>RunAsUser = 10001</c>, <c>Add = ["NET_BIND_SERVICE"]</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrivilegedContainerAnalyzer : AssignmentRuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PrivilegedContainer);

    private protected override bool AppliesTo(KnownSymbols symbols) => symbols.Privileged is not null;

    // The operation reading below reports only constants; a literal of the safe kind is settled here.
    private static bool MayReport(AssignmentExpressionSyntax assignment)
    {
        var value = assignment.Right;
        if (SyntaxLiterals.IsLiteral(value, SyntaxKind.NullLiteralExpression))
            return false;
        switch (SyntaxLiterals.MemberName(assignment.Left))
        {
            case "Privileged" or "AllowPrivilegeEscalation":
                return !SyntaxLiterals.IsLiteral(value, SyntaxKind.FalseLiteralExpression);
            case "RunAsNonRoot":
                return !SyntaxLiterals.IsLiteral(value, SyntaxKind.TrueLiteralExpression);
            case "RunAsUser":
                return !SyntaxLiterals.IsNonZeroNumber(value);
            case "Add":
                var elements = new List<ExpressionSyntax>();
                if (!SyntaxLiterals.TryGetElements(value, elements))
                    return false;
                foreach (var element in elements)
                {
                    if (!SyntaxLiterals.TryFold(element, out var capability) || CapabilityFacts.IsForbiddenToAdd(capability))
                        return true;
                }

                return false;
            default:
                return false;
        }
    }

    private protected override void AnalyzeAssignment(RuleContext context, AssignmentExpressionSyntax syntax, KnownSymbols symbols)
    {
        if (!context.TryBindPropertyAssignment(syntax, MayReport, out var assignment, out var property) || !symbols.IsK8sType(property.ContainingType))
            return;
        var value = ConstantValues.Unwrap(assignment.Value);
        string? problem = null;
        if (KnownSymbols.Is(property, symbols.Privileged) && IsTrue(value))
            problem = "privileged: true";
        else if (KnownSymbols.Is(property, symbols.AllowPrivilegeEscalation) && IsTrue(value))
            problem = "allowPrivilegeEscalation: true";
        else if ((KnownSymbols.Is(property, symbols.RunAsNonRoot) || KnownSymbols.Is(property, symbols.PodRunAsNonRoot)) && IsFalse(value))
            problem = "runAsNonRoot: false";
        else if ((KnownSymbols.Is(property, symbols.RunAsUser) || KnownSymbols.Is(property, symbols.PodRunAsUser)) && IsZero(value))
            problem = "runAsUser: 0 (root)";
        else if (KnownSymbols.Is(property, symbols.CapabilitiesAdd))
            ReportCapabilities(context, assignment.Value, symbols);

        if (problem is not null)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PrivilegedContainer, assignment.Value.Syntax.GetLocation(), OwnerNames.Container(assignment, symbols), problem));
    }

    private static void ReportCapabilities(RuleContext context, IOperation value, KnownSymbols symbols)
    {
        var elements = new List<IOperation>();
        if (!ConstantValues.TryGetElements(value, elements))
            return;
        foreach (var element in elements)
        {
            if (ConstantValues.TryGetString(element, out var capability) && CapabilityFacts.IsForbiddenToAdd(capability))
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PrivilegedContainer, element.Syntax.GetLocation(), OwnerNames.Container(element, symbols), "capabilities.add: " + capability));
        }
    }

    private static bool IsTrue(IOperation value) => value.ConstantValue is { HasValue: true, Value: true };

    private static bool IsFalse(IOperation value) => value.ConstantValue is { HasValue: true, Value: false };

    private static bool IsZero(IOperation value)
        => value.ConstantValue is { HasValue: true, Value: int or long } constant && Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture) == 0;
}
