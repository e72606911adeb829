using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>A DNS-1123 subdomain (dot-separated labels, at most 253 characters): hosts, domains, Secret names.</summary>
public readonly partial record struct DnsName
{
    private DnsName(string value) => Value = value;

    /// <summary>The name text.</summary>
    public string Value { get; }

    /// <summary>Parses <paramref name="value"/>, throwing <see cref="ModelValidationException"/> when invalid.</summary>
    public static DnsName Parse(string value)
        => TryParse(value, out var name, out var error) ? name : throw new ModelValidationException(RuleCatalog.InvalidValue, error!);

    /// <summary>Parses <paramref name="value"/>; on failure returns false with the reason in <paramref name="error"/>.</summary>
    public static bool TryParse(string? value, out DnsName name, out string? error)
    {
        name = default;
        if (string.IsNullOrEmpty(value)) { error = "must not be empty"; return false; }
        if (value.Length > 253) { error = $"'{DnsLabel.Truncate(value)}' is {value.Length} characters long; at most 253 allowed"; return false; }
        if (!Pattern().IsMatch(value)) { error = $"'{DnsLabel.Truncate(value)}' is not a DNS-1123 subdomain (lowercase labels of a-z, 0-9 and '-', separated by single dots)"; return false; }
        error = null;
        name = new DnsName(value);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The name text.</summary>
    public static implicit operator string(DnsName name) => name.Value;

    [GeneratedRegex("^" + ValuePatterns.DnsName + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
