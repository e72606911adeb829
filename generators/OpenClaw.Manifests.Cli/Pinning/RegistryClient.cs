using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// Resolves a tag to its manifest digest over the OCI distribution API, as registries really behave. Plain
/// <see cref="HttpClient"/>: the protocol is three requests (HEAD the manifest, fetch a token, maybe GET the
/// manifest), and no registry client package is needed for it (nor is one on the project's package list).
/// </summary>
internal sealed class RegistryClient : IDisposable
{
    /// <summary>
    /// Every manifest kind an image may be, index kinds first. A registry answers with the manifest as pushed when
    /// the client accepts its type; without the index types it would refuse a multi-arch image (or, for the Docker
    /// list, convert it), and the digest would not be the one a runtime pulls. The pin is the index digest.
    /// </summary>
    public static readonly string[] ManifestTypes =
    [
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
    ];

    /// <summary>At most this many repeats after a 429.</summary>
    public const int MaxRetries = 3;

    /// <summary>A Retry-After longer than this is not waited for: a nightly check should fail and say so, not hang.</summary>
    public static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly DockerCredentials _credentials;
    private readonly IReadOnlySet<string> _plainHttp;
    private readonly TimeSpan _timeout;
    // Authorization for a registry host and repository, once earned: a tenant set names the same image many times.
    private readonly Dictionary<string, AuthenticationHeaderValue> _authorization = new(StringComparer.Ordinal);

    public RegistryClient(DockerCredentials credentials, IReadOnlySet<string> plainHttpHosts, TimeSpan timeout)
    {
        _credentials = credentials;
        _plainHttp = plainHttpHosts;
        _timeout = timeout;
        // Redirects (to a CDN for blobs, sometimes for manifests) are followed; the handler drops the Authorization
        // header on a redirect, so a credential never travels to another host.
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, ConnectTimeout = timeout }) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("openclaw-manifests", "pin"));
    }

    /// <summary>The <c>sha256:…</c> digest the tag of <paramref name="image"/> names now.</summary>
    public async Task<string> DigestAsync(ImageName image)
    {
        var tag = image.Tag ?? throw new ArgumentException("a tag is needed", nameof(image));
        var uri = new Uri($"{Scheme(image.Host)}://{image.Host}/v2/{image.ApiRepository}/manifests/{Uri.EscapeDataString(tag)}");
        using (var head = await SendAsync(HttpMethod.Head, uri, image))
        {
            if (head.Headers.TryGetValues("Docker-Content-Digest", out var values)) return Checked(values.First(), image);
        }
        // No digest header (a static mirror, some proxies): the digest is the sha256 of the manifest's exact bytes.
        using var get = await SendAsync(HttpMethod.Get, uri, image);
        var bytes = await get.Content.ReadAsByteArrayAsync();
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private string Scheme(string host) => _plainHttp.Contains(host) ? "http" : "https";

    private static string Checked(string digest, ImageName image)
    {
        if (ImageDigestRule.IsDigest(digest) && digest.StartsWith("sha256:", StringComparison.Ordinal)) return digest;
        var shown = digest.Length > 80 || digest.Any(char.IsControl) ? "a value that is not a digest" : $"'{digest}'";
        throw new RegistryFailure(RegistryFailureKind.Malformed, $"{image.Display}: the registry's Docker-Content-Digest is {shown}; expected sha256: and 64 lowercase hex digits");
    }

    /// <summary>One manifest request, authenticated on the registry's challenge and repeated after a 429; a 2xx reply or a <see cref="RegistryFailure"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, ImageName image)
    {
        var key = image.Host + "/" + image.ApiRepository;
        var challenged = false;
        for (var retries = 0; ;)
        {
            using var request = new HttpRequestMessage(method, uri);
            foreach (var type in ManifestTypes) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
            if (_authorization.TryGetValue(key, out var auth)) request.Headers.Authorization = auth;
            var response = await SendOnceAsync(request, image.Display);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized when !challenged && response.Headers.WwwAuthenticate.Count > 0:
                    challenged = true;
                    var challenge = AuthChallenge.Parse(response.Headers.WwwAuthenticate.First().ToString());
                    response.Dispose();
                    _authorization[key] = await AuthorizeAsync(challenge, image);
                    continue;
                case HttpStatusCode.TooManyRequests:
                    var wait = RetryWait(response, retries);
                    response.Dispose();
                    if (retries == MaxRetries)
                        throw new RegistryFailure(RegistryFailureKind.RateLimited, $"{image.Display}: the registry still answers 429 Too Many Requests after {MaxRetries} retries; try again later");
                    if (wait > MaxRetryWait)
                        throw new RegistryFailure(RegistryFailureKind.RateLimited, $"{image.Display}: the registry answers 429 Too Many Requests and asks to wait {wait.TotalSeconds:0} s (more than {MaxRetryWait.TotalSeconds:0} s); try again later");
                    retries++;
                    await Task.Delay(wait);
                    continue;
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    response.Dispose();
                    throw new RegistryFailure(RegistryFailureKind.Denied, $"{image.Display}: access denied ({(int)response.StatusCode}){DeniedHint(image.Host)}");
                case HttpStatusCode.NotFound:
                    response.Dispose();
                    throw new RegistryFailure(RegistryFailureKind.NotFound, $"{image.Display}: no such tag or repository (404)");
                case var s when (int)s is >= 200 and < 300:
                    return response;
                default:
                    response.Dispose();
                    throw new RegistryFailure(RegistryFailureKind.Unreachable, $"{image.Display}: the registry answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
    }

    private string DeniedHint(string host)
        => _credentials.For(host) is null ? $"; no login for {host} in {_credentials.File ?? "the Docker config (config.json)"}" : $"; the login for {host} was refused or may not pull this repository";

    /// <summary>Retry-After in seconds or as a date; without one, 1 s, 2 s, 4 s.</summary>
    private static TimeSpan RetryWait(HttpResponseMessage response, int retries)
    {
        var after = response.Headers.RetryAfter;
        if (after?.Delta is { } delta) return delta;
        if (after?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return TimeSpan.FromSeconds(1 << retries);
    }

    private async Task<AuthenticationHeaderValue> AuthorizeAsync(AuthChallenge? challenge, ImageName image)
    {
        var login = _credentials.For(image.Host);
        if (challenge is { Scheme: var s } && s.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            return login is { } l ? Basic(l) : throw new RegistryFailure(RegistryFailureKind.Denied, $"{image.Display}: the registry asks for a login{DeniedHint(image.Host)}");
        if (challenge is not { Scheme: var b, Realm: { } realm } || !b.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            throw new RegistryFailure(RegistryFailureKind.Malformed, $"{image.Display}: the registry's WWW-Authenticate challenge is neither Basic nor Bearer with a realm");
        // A plain-HTTP realm carries the login in the clear: only as far as a loopback registry already does.
        if (!Uri.TryCreate(realm, UriKind.Absolute, out var realmUri) || !(realmUri.Scheme == "https" || (realmUri.Scheme == "http" && realmUri.IsLoopback && _plainHttp.Contains(image.Host))))
            throw new RegistryFailure(RegistryFailureKind.Malformed, $"{image.Display}: the token realm must be an https URL (plain http only for a loopback host given with --insecure-registry)");
        var query = new List<string>();
        if (challenge.Service is { } service) query.Add("service=" + Uri.EscapeDataString(service));
        query.Add("scope=" + Uri.EscapeDataString(challenge.Scope ?? $"repository:{image.ApiRepository}:pull"));
        var tokenUri = new UriBuilder(realmUri) { Query = (realmUri.Query.TrimStart('?') is { Length: > 0 } q ? q + "&" : "") + string.Join("&", query) }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Get, tokenUri);
        if (login is { } credentials) request.Headers.Authorization = Basic(credentials);
        using var response = await SendOnceAsync(request, image.Display + " (token service " + realmUri.Authority + ")");
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new RegistryFailure(RegistryFailureKind.Denied, $"{image.Display}: the token service {realmUri.Authority} refused the login ({(int)response.StatusCode}){DeniedHint(image.Host)}");
        if (!response.IsSuccessStatusCode)
            throw new RegistryFailure(RegistryFailureKind.Unreachable, $"{image.Display}: the token service {realmUri.Authority} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        string? token = null;
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            // 'token' per the Docker token spec; 'access_token' is the OAuth 2 name, which some services send instead.
            foreach (var name in new[] { "token", "access_token" })
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } v) { token = v; break; }
        }
        catch (JsonException) { }
        return token is null
            ? throw new RegistryFailure(RegistryFailureKind.Malformed, $"{image.Display}: the token service {realmUri.Authority} sent no token")
            : new AuthenticationHeaderValue("Bearer", token);
    }

    private static AuthenticationHeaderValue Basic((string User, string Password) login)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(login.User + ":" + login.Password)));

    /// <summary>One request with the timeout; transport failures become <see cref="RegistryFailure"/>s that name <paramref name="what"/>.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, string what)
    {
        using var cts = new CancellationTokenSource(_timeout);
        try
        {
            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cts.Token);
            return response;
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new RegistryFailure(RegistryFailureKind.Timeout, $"{what}: no reply from {request.RequestUri!.Authority} within {_timeout.TotalSeconds:0.#} s (--timeout)");
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError || e.InnerException is AuthenticationException)
        {
            throw new RegistryFailure(RegistryFailureKind.Tls, $"{what}: TLS failure talking to {request.RequestUri!.Authority}: {Innermost(e)}");
        }
        catch (HttpRequestException e)
        {
            throw new RegistryFailure(RegistryFailureKind.Unreachable, $"{what}: cannot reach {request.RequestUri!.Authority}: {Innermost(e)}");
        }
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }

    public void Dispose() => _http.Dispose();
}
