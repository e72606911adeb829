namespace OpenClaw.Manifests.Model;

/// <summary>Who may decrypt this tenant's SOPS-encrypted secrets, besides the platform's deploy key.</summary>
public sealed record SopsSettings
{
    /// <summary>PGP key fingerprints (40 hex characters).</summary>
    public IReadOnlyList<string> Pgp { get; init; } = [];

    /// <summary>age recipients (<c>age1…</c>).</summary>
    public IReadOnlyList<string> Age { get; init; } = [];
}
