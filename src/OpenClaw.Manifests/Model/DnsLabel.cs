using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>A DNS-1123 label (lowercase alphanumerics and '-', 1 to 63 characters), as Kubernetes requires for names.</summary>
public readonly partial record struct DnsLabel
{
    private DnsLabel(string value) => Value = value;

    /// <summary>The label text.</summary>
    public string Value { get; }

    /// <summary>Parses <paramref name="value"/>, throwing <see cref="ModelValidationException"/> when invalid.</summary>
    public static DnsLabel Parse(string value, int maxLength = 63)
        => TryParse(value, out var label, out var error, maxLength) ? label : throw new ModelValidationException(RuleCatalog.InvalidValue, error!);

    /// <summary>Parses without throwing; <paramref name="error"/> explains a failure.</summary>
    public static bool TryParse(string? value, out DnsLabel label, out string? error, int maxLength = 63)
    {
        label = default;
        if (string.IsNullOrEmpty(value)) { error = "must not be empty"; return false; }
        if (value.Length > maxLength) { error = $"'{Truncate(value)}' is {value.Length} characters long; at most {maxLength} allowed"; return false; }
        if (!Pattern().IsMatch(value)) { error = $"'{Truncate(value)}' is not a DNS-1123 label (lowercase a-z, 0-9 and '-', starting and ending with a letter or digit)"; return false; }
        error = null;
        label = new DnsLabel(value);
        return true;
    }

    internal static string Truncate(string value) => value.Length <= 80 ? value : value[..77] + "...";

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>The label text.</summary>
    public static implicit operator string(DnsLabel label) => label.Value;

    // ASCII only: unicode look-alikes (Cyrillic 'а', fullwidth digits) must not pass.
    [GeneratedRegex("^" + ValuePatterns.DnsLabel + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
