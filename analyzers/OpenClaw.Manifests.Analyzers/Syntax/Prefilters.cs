using System.Threading;

namespace OpenClaw.Manifests.Analyzers.Syntax;

/// <summary>
/// Whether the rules settle nodes from syntax before binding them. Always on in a build; the analyzer tests replay
/// every case with it off, so that each rule's syntax reading (<c>MayReport</c>) is proven a superset of its
/// operation check: a prefilter that dropped a node the operation check would report shows up as a difference.
/// Async-local, so a replay running beside the ordinary tests leaves them with their prefilters on.
/// </summary>
internal static class Prefilters
{
    private static readonly AsyncLocal<bool> Off = new();

    /// <summary>False only inside <see cref="ForceOff"/>.</summary>
    public static bool On => !Off.Value;

    /// <summary>Turns the prefilters off for the calling flow until the result is disposed.</summary>
    public static IDisposable ForceOff()
    {
        Off.Value = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Off.Value = false;
    }
}
