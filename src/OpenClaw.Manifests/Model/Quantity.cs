using System.Globalization;
using System.Text.RegularExpressions;
using k8s.Models;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Model;

/// <summary>Kubernetes resource quantities, checked with KubernetesClient's own parser.</summary>
public static partial class Quantity
{
    /// <summary>Returns <paramref name="value"/> when it is a valid, positive quantity; throws otherwise.</summary>
    public static string Validate(string value, string what)
    {
        if (TryValidate(value, out var error)) return value;
        throw new ModelValidationException(RuleCatalog.InvalidValue, $"{what}: {error}");
    }

    /// <summary>Checks <paramref name="value"/> against the Kubernetes quantity grammar; on failure returns false with the reason in <paramref name="error"/>.</summary>
    public static bool TryValidate(string? value, out string? error)
    {
        error = null;
        // The canonical grammar from apimachinery; ResourceQuantity alone accepts a few shapes the API server rejects.
        if (string.IsNullOrEmpty(value) || value.Length > 32 || !Grammar().IsMatch(value))
        {
            error = $"'{DnsLabel.Truncate(value ?? "")}' is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 10Gi)";
            return false;
        }
        try
        {
            if (new ResourceQuantity(value).ToDecimal() <= 0m) { error = $"'{value}' must be greater than zero"; return false; }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            error = $"'{value}' is not a Kubernetes quantity";
            return false;
        }
        return true;
    }

    /// <summary>Compares two valid quantities by amount.</summary>
    public static int Compare(string a, string b) => new ResourceQuantity(a).ToDecimal().CompareTo(new ResourceQuantity(b).ToDecimal());

    /// <summary>Formats an integer count the way Kubernetes quantities are written.</summary>
    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^" + ValuePatterns.Quantity + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
