using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>An extra environment variable: a plain value, or a reference to a Secret key.</summary>
public sealed partial record EnvVarSpec
{
    private EnvVarSpec(string name, string? value, SecretKeyRef? secret)
    {
        if (!NamePattern().IsMatch(name))
            throw new ModelValidationException(RuleCatalog.InvalidValue, $"environment variable name '{DnsLabel.Truncate(name)}' must match [A-Za-z_][A-Za-z0-9_]*");
        Name = name;
        Value = value;
        SecretKeyRef = secret;
    }

    /// <summary>The variable's name, a C identifier (letters, digits, <c>_</c>); a plain value under a secret-like name is refused (OCM0003).</summary>
    public string Name { get; }

    /// <summary>The plain value, when not from a Secret.</summary>
    public string? Value { get; }

    /// <summary>The Secret key the value comes from.</summary>
    public SecretKeyRef? SecretKeyRef { get; }

    /// <summary>A variable with a plain, non-secret value. Secret-looking values are rejected by policy (OCM0003).</summary>
    public static EnvVarSpec Plain(string name, string value) => new(name, value ?? "", null);

    /// <summary>A variable whose value comes from a Secret key.</summary>
    public static EnvVarSpec FromSecret(string name, SecretKeyRef secret) => new(name, null, secret ?? throw new ArgumentNullException(nameof(secret)));

    [GeneratedRegex("^" + ValuePatterns.EnvName + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
