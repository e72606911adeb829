namespace OpenClaw.Manifests.Model;

/// <summary>Who may decrypt this tenant's SOPS-encrypted secrets, besides the platform's deploy key.</summary>
public sealed record SopsSettings
{
    /// <summary>PGP key fingerprints (40 hex characters).</summary>
    public IReadOnlyList<string> Pgp { get; init; } = [];

    /// <summary>age public keys (<c>age1…</c>, bech32) that may decrypt the tenant's secrets.</summary>
    public IReadOnlyList<string> Age { get; init; } = [];
}
