namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>Why a registry gave no digest. The first three are the registry's answer; the rest mean there was none.</summary>
internal enum RegistryFailureKind
{
    /// <summary>404: the repository or the tag does not exist (or was deleted).</summary>
    NotFound,
    /// <summary>401/403 after authenticating (or with no credentials to offer).</summary>
    Denied,
    /// <summary>A reply that names no usable sha256 digest.</summary>
    Malformed,
    /// <summary>429 still, after the bounded retries.</summary>
    RateLimited,
    /// <summary>The TLS handshake failed (certificate not trusted, wrong host, not TLS at all).</summary>
    Tls,
    /// <summary>No reply within the timeout.</summary>
    Timeout,
    /// <summary>No connection (refused, name not resolved), or an unexpected status.</summary>
    Unreachable,
}

/// <summary>
/// A registry could not resolve a tag. The message names the registry, the repository and the tag, never a
/// credential or a token: it is printed into CI logs that many people read.
/// </summary>
internal sealed class RegistryFailure(RegistryFailureKind kind, string message) : Exception(message)
{
    public RegistryFailureKind Kind { get; } = kind;

    /// <summary>The registry said no (fix the reference or the credentials) or could not be asked (try again later).</summary>
    public int ExitCode => Kind is RegistryFailureKind.NotFound or RegistryFailureKind.Denied or RegistryFailureKind.Malformed
        ? ExitCodes.RegistryRefused
        : ExitCodes.RegistryUnavailable;
}
