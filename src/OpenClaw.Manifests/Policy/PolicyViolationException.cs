namespace OpenClaw.Manifests.Policy;

/// <summary>Thrown when an operation refuses a tenant or a render that breaks policy.</summary>
public sealed class PolicyViolationException : Exception
{
    /// <summary>Creates the exception for the given diagnostics.</summary>
    public PolicyViolationException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
        => Diagnostics = diagnostics;

    /// <summary>Every finding of the refused operation, each with its rule, message and location; never empty.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
