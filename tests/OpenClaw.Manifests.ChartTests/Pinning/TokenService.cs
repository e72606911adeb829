using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// A token issuer for the real registry's <c>auth: token</c> mode, on loopback: the Docker token protocol
/// (<c>GET realm?service=…&amp;scope=repository:NAME:ACTIONS</c> with Basic credentials, answered with
/// <c>{"token": JWT}</c>). The JWT is what Distribution 2.8 verifies (registry/auth/token): ES256 over
/// <c>header.claims</c>, the signing certificate in the <c>x5c</c> header checked against the registry's
/// <c>rootcertbundle</c>; claims <c>iss</c> (= its <c>issuer</c>), <c>aud</c> (= its <c>service</c>), <c>exp</c>/<c>nbf</c>
/// (60 s leeway), <c>iat</c>, <c>jti</c>, <c>sub</c>, and <c>access[{type,name,actions}]</c>. The user gets the actions
/// asked for, except on repositories whose name starts with <c>forbidden/</c>, where it gets none; a client
/// without a login gets pull on <c>public/*</c> only.
/// </summary>
internal sealed class TokenService : IDisposable
{
    public const string Issuer = "openclaw-test-issuer";
    public const string Service = "openclaw-test-registry";

    private readonly HttpListener _listener = new();
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly X509Certificate2 _certificate;
    private readonly (string User, string Password) _login;
    private readonly List<string> _issued = [];
    private readonly List<string> _queries = [];
    private readonly Task _loop;

    private readonly TempDir _dir = new();

    public TokenService((string User, string Password) login)
    {
        _login = login;
        var request = new CertificateRequest("CN=openclaw test token issuer", _key, HashAlgorithmName.SHA256);
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        RootCertBundle = Path.Combine(_dir.Path, "token-root.pem");
        File.WriteAllText(RootCertBundle, _certificate.ExportCertificatePem());
        Port = LoopbackListener.Start(_listener);
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Realm => $"http://127.0.0.1:{Port}/token";

    /// <summary>The PEM file the registry trusts token signatures from.</summary>
    public string RootCertBundle { get; }

    /// <summary>The <c>auth:</c> section of the registry's config.</summary>
    public string AuthSection => $"""
        auth:
          token:
            realm: {Realm}
            service: {Service}
            issuer: {Issuer}
            rootcertbundle: {RootCertBundle}
        """;

    /// <summary>Every token handed out, so a test can show none of them was printed.</summary>
    public IReadOnlyList<string> Issued { get { lock (_issued) return [.. _issued]; } }

    /// <summary>Every query string the service was asked with (service and scope).</summary>
    public IReadOnlyList<string> Queries { get { lock (_issued) return [.. _queries]; } }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Answer(ctx); }
            finally { ctx.Response.Close(); }
        }
    }

    private void Answer(HttpListenerContext ctx)
    {
        lock (_issued) _queries.Add(ctx.Request.Url!.Query);
        // No Authorization header is an anonymous client (how ghcr.io serves public images): it may pull public/*.
        var header = ctx.Request.Headers["Authorization"];
        var user = header is null ? "" : LoggedIn(header);
        if (user is null)
        {
            ctx.Response.StatusCode = 401;
            return;
        }
        var scope = ctx.Request.QueryString["scope"];
        var access = new List<object>();
        if (scope is not null && scope.Split(':') is ["repository", var name, var actions] && !name.StartsWith("forbidden/", StringComparison.Ordinal)
            && (user.Length > 0 || name.StartsWith("public/", StringComparison.Ordinal)))
            access.Add(new { type = "repository", name, actions = user.Length > 0 ? actions.Split(',') : ["pull"] });
        var token = Sign(user, ctx.Request.QueryString["service"] ?? "", access);
        lock (_issued) _issued.Add(token);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { token, expires_in = 300 });
        ctx.Response.ContentType = "application/json";
        ctx.Response.OutputStream.Write(body);
    }

    private string? LoggedIn(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.Ordinal)) return null;
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        return text == _login.User + ":" + _login.Password ? _login.User : null;
    }

    private string Sign(string subject, string audience, List<object> access)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new Dictionary<string, object> { ["typ"] = "JWT", ["alg"] = "ES256", ["x5c"] = new[] { Convert.ToBase64String(_certificate.RawData) } };
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["sub"] = subject,
            ["aud"] = audience,
            ["exp"] = now + 300,
            ["nbf"] = now - 10,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["access"] = access,
        };
        var signed = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        // JWS ES256: the raw r||s pair (IEEE P1363), which is .NET's default signature format for ECDsa.
        return signed + "." + Base64Url(_key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(5_000); } catch (AggregateException) { }
        _certificate.Dispose();
        _key.Dispose();
        _dir.Dispose();
    }
}
