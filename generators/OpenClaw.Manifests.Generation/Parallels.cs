using System.Runtime.ExceptionServices;

namespace OpenClaw.Manifests.Generation;

/// <summary>Parallel loops that fail with their first error as itself, not wrapped, so the command line reports an I/O error as one.</summary>
internal static class Parallels
{
    public static void For(int count, Action<int> body)
    {
        try { Parallel.For(0, count, body); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0) { ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
    }

    public static void ForEach<T>(IEnumerable<T> items, Action<T> body)
    {
        try { Parallel.ForEach(items, body); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0) { ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
    }
}
