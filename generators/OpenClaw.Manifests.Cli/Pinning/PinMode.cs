namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>What <c>pin</c> does with what it finds.</summary>
internal enum PinMode
{
    /// <summary>Pin every tag-only image; leave pinned ones as they are (the registry is not asked about them).</summary>
    Pin,
    /// <summary>Also move a pinned image to the digest its tag names now.</summary>
    Update,
    /// <summary>Write nothing; fail on every unpinned image and every tag that moved.</summary>
    Check,
}
