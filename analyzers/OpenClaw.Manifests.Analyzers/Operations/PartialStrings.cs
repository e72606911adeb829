using System.Text;

namespace OpenClaw.Manifests.Analyzers.Operations;

/// <summary>
/// Strings only partly known at compile time: interpolations (<c>$"{registry}/app:1.2"</c>) and
/// concatenations (<c>registry + "/app:1.2"</c>). Only their constant text is read.
/// </summary>
internal static class PartialStrings
{
    /// <summary>
    /// True when <paramref name="operation"/> is an interpolation or concatenation; <paramref name="trailingText"/>
    /// is the constant text after the last part that could hold any text (a number cannot hold '@'), and
    /// <paramref name="hasAt"/> tells whether any constant part contains '@'.
    /// </summary>
    public static bool TryRead(IOperation operation, out string trailingText, out bool hasAt)
    {
        var state = new State();
        var unwrapped = ConstantValues.Unwrap(operation);
        if (unwrapped is not IInterpolatedStringOperation && unwrapped is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add })
        {
            trailingText = string.Empty;
            hasAt = false;
            return false;
        }

        Walk(unwrapped, state);
        trailingText = state.Trailing.ToString();
        hasAt = state.HasAt;
        return true;
    }

    private static void Walk(IOperation operation, State state)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            state.Append(text);
            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                Walk(conversion.Operand, state);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string t } })
                        state.Append(t);
                    else if (part is IInterpolationOperation hole)
                        Walk(hole.Expression, state);
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                Walk(add.LeftOperand, state);
                Walk(add.RightOperand, state);
                return;
            default:
                if (IsNumeric(operation.Type))
                    state.Append("0");
                else
                    state.Unknown();
                return;
        }
    }

    private static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private sealed class State
    {
        public StringBuilder Trailing { get; } = new();

        public bool HasAt { get; private set; }

        public void Append(string text)
        {
            if (text.IndexOf('@') >= 0)
                HasAt = true;
            Trailing.Append(text);
        }

        public void Unknown() => Trailing.Clear();
    }
}
