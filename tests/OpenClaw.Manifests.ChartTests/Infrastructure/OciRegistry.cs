using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// A real OCI registry on loopback: Debian's <c>docker-registry</c> (the CNCF Distribution registry),
/// started as <c>docker-registry serve config.yml</c> on a free 127.0.0.1 port with its storage in a
/// temporary folder, and stopped by its pid on dispose. Plain HTTP and no auth unless <see cref="Start"/> is given an
/// <c>auth:</c> section (htpasswd, token) or a TLS certificate; without TLS clients need <c>--plain-http</c>.
/// </summary>
internal sealed class OciRegistry : IDisposable
{
    private const string Binary = "docker-registry";
    private readonly TempDir _dir = new();
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private OciRegistry(int port, string? auth, (string Certificate, string Key)? tls)
    {
        Port = port;
        Https = tls is not null;
        var tlsSection = tls is { } t ? $"\n  tls:\n    certificate: {t.Certificate}\n    key: {t.Key}" : "";
        var config = _dir.File("config.yml", $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {System.IO.Path.Combine(_dir.Path, "storage")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
              # A fixed secret: without one the registry warns that it generated a random one.
              secret: openclaw-chart-tests{tlsSection}
            {auth ?? ""}
            """);
        var psi = new ProcessStartInfo(Locate()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("serve");
        psi.ArgumentList.Add(config);
        _process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + Binary);
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>True when it serves TLS (a certificate was given).</summary>
    public bool Https { get; }

    /// <summary><c>127.0.0.1:PORT</c>, as image references and <c>--insecure-registry</c> name it.</summary>
    public string Host => $"127.0.0.1:{Port}";

    /// <summary><c>oci://127.0.0.1:PORT/</c> followed by <paramref name="repository"/>.</summary>
    public string Url(string repository) => $"oci://127.0.0.1:{Port}/{repository}";

    /// <summary>
    /// Starts a registry and waits until it answers <c>GET /v2/</c> (200, or 401 when <paramref name="auth"/> is an
    /// <c>auth:</c> section of its config); a port taken in between is retried on another.
    /// </summary>
    public static OciRegistry Start(string? auth = null, (string Certificate, string Key)? tls = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var registry = new OciRegistry(FreePort(), auth, tls);
            var problem = registry.WaitUntilReady(TimeSpan.FromSeconds(30));
            if (problem is null) return registry;
            registry.Dispose();
            if (attempt == 3) throw new InvalidOperationException(problem);
        }
    }

    private string? WaitUntilReady(TimeSpan timeout)
    {
        // Readiness only: the certificate of a TLS registry is the test's own, self-signed.
        using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true }) { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) return $"{Binary} exited with {_process.ExitCode} before answering on port {Port}:\n{LogText}";
            try
            {
                if (http.GetAsync(new Uri($"{(Https ? "https" : "http")}://127.0.0.1:{Port}/v2/")).GetAwaiter().GetResult().StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized) return null;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            Thread.Sleep(100);
        }
        return $"{Binary} did not answer on port {Port} within {timeout.TotalSeconds} s:\n{LogText}";
    }

    public string LogText
    {
        get { lock (_log) return _log.ToString(); }
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_log) _log.Append(line).Append('\n');
    }

    private static string Locate()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, Binary)).FirstOrDefault(File.Exists)
           ?? throw new InvalidOperationException(
               $"{Binary} not found on PATH: the OCI round trip needs Debian's CNCF Distribution registry " +
               "('apt-get update && apt-get install -y docker-registry'; .ci/run installs it when it is missing)");

    /// <summary>A loopback port free right now (another process may still take it before it is used).</summary>
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                // By pid (this Process object), never by name: other registries may run on the machine.
                _process.Kill();
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        _dir.Dispose();
    }
}
