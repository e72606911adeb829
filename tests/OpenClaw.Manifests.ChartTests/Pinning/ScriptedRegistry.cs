using System.Net;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// A tiny loopback HTTP server that answers manifest requests as the test scripts it. The real registry never
/// rate-limits, stalls or sends a broken digest, and always sends Docker-Content-Digest; hosted registries and
/// proxies do all of these, so those replies are played here (what each reply looks like follows the OCI
/// distribution spec and the headers ghcr.io and Docker Hub send).
/// </summary>
internal sealed class ScriptedRegistry : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, int, Reply?> _script;
    private readonly Task _loop;
    private int _requests;

    /// <summary>One reply: status, headers, body. A null reply from the script means: never answer.</summary>
    public sealed record Reply(int Status, Dictionary<string, string> Headers, byte[] Body);

    public ScriptedRegistry(Func<HttpListenerRequest, int, Reply?> script)
    {
        _script = script;
        Port = LoopbackListener.Start(_listener);
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Host => $"127.0.0.1:{Port}";

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Methods of the requests received, in order.</summary>
    public List<string> Methods { get; } = [];

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var n = Interlocked.Increment(ref _requests);
            lock (Methods) Methods.Add(ctx.Request.HttpMethod);
            if (_script(ctx.Request, n) is not { } reply) continue; // left hanging: the client's timeout is under test
            ctx.Response.StatusCode = reply.Status;
            foreach (var (k, v) in reply.Headers) ctx.Response.Headers[k] = v;
            ctx.Response.ContentLength64 = reply.Body.Length;
            if (ctx.Request.HttpMethod != "HEAD") ctx.Response.OutputStream.Write(reply.Body);
            ctx.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Abort();
        try { _loop.Wait(5_000); } catch (AggregateException) { }
    }
}
