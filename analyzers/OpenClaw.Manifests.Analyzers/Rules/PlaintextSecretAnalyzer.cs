using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenClaw.Manifests.Analyzers.Operations;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Analyzers.Rules;

/// <summary>
/// OCM0003: a secret value written in code. Three sinks: literals in <c>V1Secret.Data</c>/<c>StringData</c>;
/// literal values of environment variables whose names look secret (<c>V1EnvVar</c>, <c>EnvVarSpec.Plain</c>);
/// and any literal shaped like a credential given to a k8s.Models or OpenClaw model property or method.
/// No code fix: the value has to move into a Secret, which only its owner can do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaintextSecretAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlaintextSecret);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = KnownSymbols.Get(start.Compilation);
            if (symbols is null)
                return;
            start.RegisterOperationAction(c => AnalyzeAssignment(c, symbols), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeMemberInitializer(c, symbols), OperationKind.MemberInitializer);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target)
            return;
        var property = target.Property;
        if (IsSecretData(property, symbols))
        {
            CheckSecretData(context, assignment.Value, property);
        }
        else if (property.IsIndexer && target.Instance is not null
            && Values.Unwrap(target.Instance) is IPropertyReferenceOperation dictionary && IsSecretData(dictionary.Property, symbols))
        {
            // secret.StringData["key"] = "value" outside an initializer.
            CheckSecretValue(context, assignment.Value, dictionary.Property);
        }
        else if (KnownSymbols.Is(property, symbols.EnvVarValue))
        {
            var name = assignment.Parent is IObjectOrCollectionInitializerOperation initializer
                && Values.TryGetInitializedString(initializer, symbols.EnvVarName, out var n) ? n : null;
            CheckEnvValue(context, name, assignment.Value, "V1EnvVar.Value");
        }
        else if (StringShapes.MayHoldStrings(property.Type) && symbols.IsModelType(property.ContainingType) && !IsExcluded(property, symbols))
        {
            CheckCredentials(context, assignment.Value, property.ContainingType.Name + "." + property.Name);
        }
    }

    // StringData = { ["key"] = "value" } and Args = { "--token=…" }: nested initializers without 'new'.
    private static void AnalyzeMemberInitializer(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var member = (IMemberInitializerOperation)context.Operation;
        if (member.InitializedMember is not IPropertyReferenceOperation target)
            return;
        var property = target.Property;
        if (IsSecretData(property, symbols))
            CheckSecretData(context, member.Initializer, property);
        else if (StringShapes.MayHoldStrings(property.Type) && symbols.IsModelType(property.ContainingType) && !IsExcluded(property, symbols))
            CheckCredentials(context, member.Initializer, property.ContainingType.Name + "." + property.Name);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == "Add" && invocation.Arguments.Length == 2 && invocation.Instance is not null
            && Values.Unwrap(invocation.Instance) is IPropertyReferenceOperation dictionary && IsSecretData(dictionary.Property, symbols))
        {
            CheckSecretValue(context, invocation.Arguments[1].Value, dictionary.Property);
            return;
        }

        var type = method.ContainingType;
        if (!symbols.IsModelType(type) || SymbolEqualityComparer.Default.Equals(type, symbols.ImageReference))
            return;
        if (SymbolEqualityComparer.Default.Equals(type, symbols.EnvVarSpec) && method.Name == "Plain" && invocation.Arguments.Length == 2)
        {
            var name = Values.TryGetString(invocation.Arguments[0].Value, out var n) ? n : null;
            CheckEnvValue(context, name, invocation.Arguments[1].Value, "EnvVarSpec.Plain");
            return;
        }

        CheckArguments(context, invocation.Arguments, type.Name + "." + method.Name);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
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

    private static void CheckArguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string where)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && StringShapes.MayHoldStrings(argument.Parameter?.Type))
                CheckCredentials(context, argument.Value, where);
        }
    }

    private static void CheckEnvValue(OperationAnalysisContext context, string? name, IOperation value, string where)
    {
        if (name is not null && SecretHeuristics.NameLooksSecret(name) && Values.TryGetString(value, out var text) && text.Length > 0)
        {
            Report(context, value, $"environment variable '{name}'");
            return;
        }

        CheckCredentials(context, value, name is null ? where : $"environment variable '{name}'");
    }

    private static void CheckCredentials(OperationAnalysisContext context, IOperation value, string where)
    {
        if (Values.TryGetString(value, out var text))
        {
            ReportIfCredential(context, value, text, where);
            return;
        }

        var elements = new List<IOperation>();
        if (!Values.TryGetElements(value, elements))
        {
            elements.Clear();
            Values.CollectDictionaryValues(value, elements);
        }

        foreach (var element in elements)
        {
            if (Values.TryGetString(element, out text))
                ReportIfCredential(context, element, text, where);
        }
    }

    private static void ReportIfCredential(OperationAnalysisContext context, IOperation value, string text, string where)
    {
        var description = SecretHeuristics.DescribeCredential(text);
        if (description is not null)
            Report(context, value, $"{where} ({description})");
    }

    private static void CheckSecretData(OperationAnalysisContext context, IOperation dictionary, IPropertySymbol property)
    {
        var values = new List<IOperation>();
        Values.CollectDictionaryValues(dictionary, values);
        foreach (var value in values)
            CheckSecretValue(context, value, property);
    }

    // Secret data written in code is plaintext whatever it looks like; bytes count when built from a
    // literal (Encoding.UTF8.GetBytes("…"), Convert.FromBase64String("…"), "…"u8.ToArray(), new byte[] { … }).
    private static void CheckSecretValue(OperationAnalysisContext context, IOperation value, IPropertySymbol property)
    {
        var where = "V1Secret." + property.Name;
        var literal = FindLiteral(Values.Unwrap(value));
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
        var unwrapped = Values.Unwrap(operation);
        if (unwrapped.ConstantValue is { HasValue: true, Value: string text })
            return text.Length > 0 ? unwrapped : null;
        return unwrapped is IUtf8StringOperation { Value.Length: > 0 } ? unwrapped : null;
    }

    private static void Report(OperationAnalysisContext context, IOperation value, string where)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlaintextSecret, value.Syntax.GetLocation(), where));
}
