namespace OpenClaw.Manifests.Cli;

/// <summary>Exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything passed.</summary>
    public const int Ok = 0;
    /// <summary>A tenant or the output broke a rule, or the committed output is stale.</summary>
    public const int PolicyFailure = 1;
    /// <summary>Bad command line, or a file/folder that cannot be read or written.</summary>
    public const int UsageOrIo = 2;
    /// <summary>Another generate held the output folder's lock for longer than this one would wait; nothing was written.</summary>
    public const int Busy = 3;
    /// <summary><c>pin</c>: a registry answered no (unknown tag, denied, malformed digest); nothing was written.</summary>
    public const int RegistryRefused = 4;
    /// <summary><c>pin</c>: a registry gave no answer (TLS failure, timeout, rate limit after retries, no connection); nothing was written.</summary>
    public const int RegistryUnavailable = 5;
}
