using System.Net;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>An <see cref="HttpListener"/> on a free 127.0.0.1 port, for the test's own small HTTP services.</summary>
internal static class LoopbackListener
{
    /// <summary>Starts <paramref name="listener"/>; a port taken between choosing and binding is retried on another.</summary>
    public static int Start(HttpListener listener)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = OciRegistry.FreePort();
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return port;
            }
            catch (HttpListenerException) when (attempt < 3) { }
        }
    }
}
