using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>Thrown when a value type is given a value that breaks its rules.</summary>
public sealed class ModelValidationException : ArgumentException
{
    /// <summary>Creates the exception for a rule.</summary>
    public ModelValidationException(RuleInfo rule, string message) : base($"{rule.Id}: {message}")
    {
        Rule = rule;
        Detail = message;
    }

    /// <summary>The rule the value breaks.</summary>
    public RuleInfo Rule { get; }

    /// <summary>The message without the rule prefix.</summary>
    public string Detail { get; }
}
