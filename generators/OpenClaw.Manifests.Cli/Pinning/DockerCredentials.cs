using System.Text;
using System.Text.Json;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// Registry logins where users already keep them: the <c>auths</c> map of the Docker CLI's <c>config.json</c>
/// (what <c>docker login</c>, <c>skopeo login</c>, <c>helm registry login</c> write), in <c>--docker-config</c>,
/// else <c>$DOCKER_CONFIG</c>, else <c>~/.docker</c>. Only the <c>auth</c> field (base64 of <c>user:password</c>)
/// and the <c>username</c>/<c>password</c> pair are read; credential helpers (<c>credsStore</c>, <c>credHelpers</c>)
/// are programs this tool does not run.
/// </summary>
internal sealed class DockerCredentials
{
    private readonly Dictionary<string, (string User, string Password)> _byHost;

    private DockerCredentials(Dictionary<string, (string, string)> byHost, string? file)
    {
        _byHost = byHost;
        File = file;
    }

    /// <summary>The config file read; null when there was none.</summary>
    public string? File { get; }

    public static DockerCredentials None { get; } = new([], null);

    /// <summary>The folder holding config.json, by the Docker CLI's precedence.</summary>
    public static string Folder(string? option, Func<string, string?> environment)
        => option ?? environment("DOCKER_CONFIG") ?? Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");

    /// <summary>Reads <c>config.json</c> in <paramref name="folder"/>; none when it does not exist. Throws InvalidDataException naming the file (never its content) when it is not readable.</summary>
    public static DockerCredentials Load(string folder)
    {
        var file = Path.Combine(folder, "config.json");
        if (!System.IO.File.Exists(file)) return None;
        var byHost = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(file));
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("auths", out var auths)) return new(byHost, file);
            if (auths.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{file}: 'auths' must be an object");
            foreach (var entry in auths.EnumerateObject())
                if (Login(entry.Value) is { } login) byHost[HostOf(entry.Name)] = login;
        }
        catch (JsonException e)
        {
            // The position only: the text around it may be a password.
            throw new InvalidDataException($"{file}({(e.LineNumber ?? 0) + 1},{(e.BytePositionInLine ?? 0) + 1}): not valid JSON");
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{file}: an 'auth' value is not base64 of user:password");
        }
        return new(byHost, file);
    }

    /// <summary>The login for a registry host, if the config has one.</summary>
    public (string User, string Password)? For(string host)
    {
        if (_byHost.TryGetValue(host, out var login)) return login;
        // 'docker login' with no host stores Docker Hub's login under its v1 index address.
        if (host == ImageName.DockerHubApiHost)
            foreach (var alias in new[] { "index.docker.io", "docker.io" })
                if (_byHost.TryGetValue(alias, out login)) return login;
        return null;
    }

    private static (string, string)? Login(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object) return null;
        if (entry.TryGetProperty("auth", out var auth) && auth.ValueKind == JsonValueKind.String && auth.GetString() is { Length: > 0 } encoded)
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':');
            if (colon < 0) throw new FormatException();
            return (text[..colon], text[(colon + 1)..]);
        }
        if (entry.TryGetProperty("username", out var u) && entry.TryGetProperty("password", out var p) && u.GetString() is { } user && p.GetString() is { } password)
            return (user, password);
        return null;
    }

    /// <summary>Keys are written as hosts, as URLs (<c>https://index.docker.io/v1/</c>) or with a path: compare hosts.</summary>
    private static string HostOf(string key)
    {
        var k = key;
        var scheme = k.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) k = k[(scheme + 3)..];
        var slash = k.IndexOf('/');
        return slash >= 0 ? k[..slash] : k;
    }
}
