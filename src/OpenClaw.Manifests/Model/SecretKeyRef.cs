namespace OpenClaw.Manifests.Model;

/// <summary>
/// A reference to one key of a Kubernetes Secret in the tenant's namespace. It holds a name and a key,
/// never a value: there is deliberately no way to put a secret into the model.
/// </summary>
public sealed record SecretKeyRef
{
    /// <summary>Creates a reference, validating the Secret name (DNS-1123 subdomain) and the key.</summary>
    public SecretKeyRef(string name, string key)
    {
        Name = DnsName.Parse(name).Value;
        if (!IsValidKey(key, out var error)) throw new ModelValidationException(Policy.RuleCatalog.InvalidValue, error!);
        Key = key;
    }

    /// <summary>The Secret's name in the tenant namespace, a DNS-1123 subdomain.</summary>
    public string Name { get; }

    /// <summary>The key inside the Secret's data.</summary>
    public string Key { get; }

    /// <summary>Kubernetes Secret keys: 1 to 253 of [-._a-zA-Z0-9].</summary>
    public static bool IsValidKey(string? key, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(key)) { error = "a Secret key must not be empty"; return false; }
        if (key.Length > 253) { error = "a Secret key is at most 253 characters"; return false; }
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                error = $"Secret key '{DnsLabel.Truncate(key)}' may only contain letters, digits, '-', '.' and '_'";
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}/{Key}";
}
