namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0003: a secret value written in code. Three sinks: literals in <c>V1Secret.Data</c>/<c>StringData</c>;
/// literal values of environment variables whose names look secret (<c>V1EnvVar</c>, <c>EnvVarSpec.Plain</c>);
/// and any literal shaped like a credential given to a k8s.Models or OpenClaw model property or method.
/// No code fix: the value has to move into a Secret, which only its owner can do.
/// Syntax first: an assignment, call or creation is bound only when it writes a literal into something named
/// <c>Data</c>/<c>StringData</c>, a literal under a secret-looking environment variable name, or a literal shaped like
/// a credential. Such literals are read as written (and through constants of the same type), not through
/// constants declared elsewhere.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaintextSecretAnalyzer : RuleAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlaintextSecret);

    private protected override bool AppliesTo(KnownSymbols symbols) => true;

    private protected override void Register(CompilationStartAnalysisContext start, KnownSymbols symbols)
    {
        RuleContext.Register(start, c =>
        {
            foreach (var assignment in c.Scan.Assignments)
                AnalyzeAssignmentSyntax(c, assignment, symbols);
            foreach (var invocation in c.Scan.Invocations)
                AnalyzeInvocationSyntax(c, invocation, symbols);
            foreach (var creation in c.Scan.Creations)
                AnalyzeCreationSyntax(c, creation, symbols);
        });
    }

    private static void AnalyzeAssignmentSyntax(RuleContext context, AssignmentExpressionSyntax syntax, KnownSymbols symbols)
    {
        if (context.PrefiltersOn && !MayReport(syntax))
            return;
        switch (context.Bind(syntax))
        {
            case ISimpleAssignmentOperation assignment:
                AnalyzeAssignment(context, assignment, symbols);
                break;
            case IMemberInitializerOperation member:
                AnalyzeMemberInitializer(context, member, symbols);
                break;
        }
    }

    private static void AnalyzeInvocationSyntax(RuleContext context, InvocationExpressionSyntax syntax, KnownSymbols symbols)
    {
        if ((!context.PrefiltersOn || MayReport(syntax))
            && context.Bind(syntax) is IInvocationOperation invocation)
            AnalyzeInvocation(context, invocation, symbols);
    }

    private static void AnalyzeCreationSyntax(RuleContext context, BaseObjectCreationExpressionSyntax syntax, KnownSymbols symbols)
    {
        if ((!context.PrefiltersOn || MayReport(syntax))
            && context.Bind(syntax) is IObjectCreationOperation creation)
            AnalyzeCreation(context, creation, symbols);
    }

    private static bool MayReport(BaseObjectCreationExpressionSyntax creation)
        => creation.ArgumentList is { Arguments.Count: > 0 } arguments && arguments.Arguments.Any(a => HoldsCredentialShape(a.Expression, null));

    private static bool MayReport(AssignmentExpressionSyntax assignment)
    {
        string? name;
        switch (assignment.Left)
        {
            // A dictionary entry is read with the property that holds the dictionary.
            case ImplicitElementAccessSyntax:
                return false;
            case ElementAccessExpressionSyntax element:
                if (SyntaxLiterals.MemberName(element.Expression) is "Data" or "StringData")
                    return SyntaxLiterals.ContainsLiteral(assignment.Right);
                name = null;
                break;
            default:
                name = SyntaxLiterals.MemberName(assignment.Left);
                break;
        }

        if (name is "Data" or "StringData")
            return SyntaxLiterals.ContainsLiteral(assignment.Right);
        if (name == "Value" && SyntaxLiterals.Sibling(assignment, "Name") is { } envName && IsSecretEnvLiteral(envName, assignment.Right))
            return true;
        return HoldsCredentialShape(assignment.Right, name);
    }

    private static bool MayReport(InvocationExpressionSyntax invocation)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0)
            return false;
        var receiver = SyntaxLiterals.Receiver(invocation);
        var name = SyntaxLiterals.MemberName(invocation.Expression);
        if (name == "Add" && arguments.Count == 2 && receiver is not null && SyntaxLiterals.MemberName(receiver) is "Data" or "StringData")
            return SyntaxLiterals.ContainsLiteral(arguments[1].Expression);
        // Image references are OCM0001's; their digests look random by design.
        if (receiver is not null && SyntaxLiterals.MemberName(receiver) == "ImageReference")
            return false;
        if (name == "Plain" && arguments.Count == 2 && IsSecretEnvLiteral(arguments[0].Expression, arguments[1].Expression))
            return true;
        return arguments.Any(a => HoldsCredentialShape(a.Expression, null));
    }

    private static bool IsSecretEnvLiteral(ExpressionSyntax name, ExpressionSyntax value)
        => SyntaxLiterals.TryFold(name, out var text)
            && (SyntaxLiterals.TryFold(value, out var literal) ? SecretHeuristics.IsSecretEnvValue(text, literal) : SecretHeuristics.NameLooksSecret(text));

    // A pinned image under Image/Reference is excluded by the rule anyway, and its digest would pass for entropy.
    private static bool HoldsCredentialShape(ExpressionSyntax value, string? member)
    {
        var values = new List<ExpressionSyntax>();
        SyntaxLiterals.CollectDirectValues(value, values);
        foreach (var item in values)
        {
            if (SyntaxLiterals.TryFold(item, out var text) && SecretHeuristics.DescribeCredential(text) is not null
                && !(member is "Image" or "Reference" && ImageDigestRule.IsPinned(text)))
                return true;
        }

        return false;
    }

    private static void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, KnownSymbols symbols)
    {
        if (assignment.Target is not IPropertyReferenceOperation target)
            return;
        var property = target.Property;
        if (IsSecretData(property, symbols))
        {
            CheckSecretData(context, assignment.Value, property);
        }
        else if (property.IsIndexer && target.Instance is not null
            && ConstantValues.Unwrap(target.Instance) is IPropertyReferenceOperation dictionary && IsSecretData(dictionary.Property, symbols))
        {
            // secret.StringData["key"] = "value" outside an initializer.
            CheckSecretValue(context, assignment.Value, dictionary.Property);
        }
        else if (KnownSymbols.Is(property, symbols.EnvVarValue))
        {
            var name = assignment.Parent is IObjectOrCollectionInitializerOperation initializer
                && ConstantValues.TryGetInitializedString(initializer, symbols.EnvVarName, out var n) ? n : null;
            CheckEnvValue(context, name, assignment.Value, "V1EnvVar.Value");
        }
        else if (StringShapes.MayHoldStrings(property.Type) && symbols.IsModelType(property.ContainingType) && !IsExcluded(property, symbols))
        {
            CheckCredentials(context, assignment.Value, property.ContainingType.Name + "." + property.Name);
        }
    }

    // StringData = { ["key"] = "value" } and Args = { "--token=…" }: nested initializers without 'new'.
    private static void AnalyzeMemberInitializer(RuleContext context, IMemberInitializerOperation member, KnownSymbols symbols)
    {
        if (member.InitializedMember is not IPropertyReferenceOperation target)
            return;
        var property = target.Property;
        if (IsSecretData(property, symbols))
            CheckSecretData(context, member.Initializer, property);
        else if (StringShapes.MayHoldStrings(property.Type) && symbols.IsModelType(property.ContainingType) && !IsExcluded(property, symbols))
            CheckCredentials(context, member.Initializer, property.ContainingType.Name + "." + property.Name);
    }

    private static void AnalyzeInvocation(RuleContext context, IInvocationOperation invocation, KnownSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Add" && invocation.Arguments.Length == 2 && invocation.Instance is not null
            && ConstantValues.Unwrap(invocation.Instance) is IPropertyReferenceOperation dictionary && IsSecretData(dictionary.Property, symbols))
        {
            CheckSecretValue(context, invocation.Arguments[1].Value, dictionary.Property);
            return;
        }

        var type = method.ContainingType;
        if (!symbols.IsModelType(type) || SymbolEqualityComparer.Default.Equals(type, symbols.ImageReference))
            return;
        if (SymbolEqualityComparer.Default.Equals(type, symbols.EnvVarSpec) && method.Name == "Plain" && invocation.Arguments.Length == 2)
        {
            var name = ConstantValues.TryGetString(invocation.Arguments[0].Value, out var n) ? n : null;
            CheckEnvValue(context, name, invocation.Arguments[1].Value, "EnvVarSpec.Plain");
            return;
        }

        CheckArguments(context, invocation.Arguments, type.Name + "." + method.Name);
    }

    private static void AnalyzeCreation(RuleContext context, IObjectCreationOperation creation, KnownSymbols symbols)
    {
        if (creation.Arguments.Length > 0 && symbols.IsModelType(creation.Type))
            CheckArguments(context, creation.Arguments, "new " + creation.Type!.Name);
    }

    private static bool IsSecretData(IPropertySymbol property, KnownSymbols symbols)
        => KnownSymbols.Is(property, symbols.SecretData) || KnownSymbols.Is(property, symbols.SecretStringData);

    // Public keys and fingerprints look random by design; images are OCM0001's business and their digests look random too.
    private static bool IsExcluded(IPropertySymbol property, KnownSymbols symbols)
        => KnownSymbols.Is(property, symbols.SopsPgp) || KnownSymbols.Is(property, symbols.SopsAge)
            || KnownSymbols.Is(property, symbols.ContainerImage) || KnownSymbols.Is(property, symbols.EphemeralContainerImage)
            || KnownSymbols.Is(property, symbols.ImageVolumeReference);

    private static void CheckArguments(RuleContext context, ImmutableArray<IArgumentOperation> arguments, string where)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && StringShapes.MayHoldStrings(argument.Parameter?.Type))
                CheckCredentials(context, argument.Value, where);
        }
    }

    private static void CheckEnvValue(RuleContext context, string? name, IOperation value, string where)
    {
        if (ConstantValues.TryGetString(value, out var text) && SecretHeuristics.IsSecretEnvValue(name, text))
        {
            Report(context, value, $"environment variable '{name}'");
            return;
        }

        CheckCredentials(context, value, name is null ? where : $"environment variable '{name}'");
    }

    private static void CheckCredentials(RuleContext context, IOperation value, string where)
    {
        if (ConstantValues.TryGetString(value, out var text))
        {
            ReportIfCredential(context, value, text, where);
            return;
        }

        var elements = new List<IOperation>();
        if (!ConstantValues.TryGetElements(value, elements))
        {
            elements.Clear();
            ConstantValues.CollectDictionaryValues(value, elements);
        }

        foreach (var element in elements)
        {
            if (ConstantValues.TryGetString(element, out text))
                ReportIfCredential(context, element, text, where);
        }
    }

    private static void ReportIfCredential(RuleContext context, IOperation value, string text, string where)
    {
        var description = SecretHeuristics.DescribeCredential(text);
        if (description is not null)
            Report(context, value, $"{where} ({description})");
    }

    private static void CheckSecretData(RuleContext context, IOperation dictionary, IPropertySymbol property)
    {
        var values = new List<IOperation>();
        ConstantValues.CollectDictionaryValues(dictionary, values);
        foreach (var value in values)
            CheckSecretValue(context, value, property);
    }

    // Secret data written in code is plaintext whatever it looks like; bytes count when built from a
    // literal (Encoding.UTF8.GetBytes("…"), Convert.FromBase64String("…"), "…"u8.ToArray(), new byte[] { … }).
    private static void CheckSecretValue(RuleContext context, IOperation value, IPropertySymbol property)
    {
        var where = "V1Secret." + property.Name;
        var literal = FindLiteral(ConstantValues.Unwrap(value));
        if (literal is not null)
            Report(context, literal, where);
    }

    private static IOperation? FindLiteral(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text })
            return text.Length > 0 ? value : null;
        switch (value)
        {
            case IUtf8StringOperation utf8:
                return utf8.Value.Length > 0 ? utf8 : null;
            case IArrayCreationOperation { Initializer.ElementValues.Length: > 0 } array:
                foreach (var element in array.Initializer!.ElementValues)
                {
                    if (!element.ConstantValue.HasValue)
                        return null;
                }

                return array;
            case IInvocationOperation invocation:
                if (invocation.Instance is not null && FindDirectLiteral(invocation.Instance) is { } instanceLiteral)
                    return instanceLiteral;
                foreach (var argument in invocation.Arguments)
                {
                    if (FindDirectLiteral(argument.Value) is { } argumentLiteral)
                        return argumentLiteral;
                }

                return null;
            default:
                return null;
        }
    }

    // One level only: GetBytes(Environment.GetEnvironmentVariable("NAME")) holds the literal "NAME", not a secret.
    private static IOperation? FindDirectLiteral(IOperation operation)
    {
        var unwrapped = ConstantValues.Unwrap(operation);
        if (unwrapped.ConstantValue is { HasValue: true, Value: string text })
            return text.Length > 0 ? unwrapped : null;
        return unwrapped is IUtf8StringOperation { Value.Length: > 0 } ? unwrapped : null;
    }

    private static void Report(RuleContext context, IOperation value, string where)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaintextSecret, value.Syntax.GetLocation(), where));
}
