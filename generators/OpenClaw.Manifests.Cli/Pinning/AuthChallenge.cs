using System.Text;

namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// A <c>WWW-Authenticate</c> challenge: its scheme (<c>Bearer</c>, <c>Basic</c>) and parameters. Registries that use
/// token auth (the Distribution registry, ghcr.io, Docker Hub, Harbor) answer an anonymous request with
/// <c>Bearer realm="https://auth.example/token",service="registry.example",scope="repository:app:pull"</c>:
/// the client fetches a token from the realm for that service and scope, then repeats the request with it.
/// </summary>
internal sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Realm => Parameters.GetValueOrDefault("realm");
    public string? Service => Parameters.GetValueOrDefault("service");
    public string? Scope => Parameters.GetValueOrDefault("scope");

    /// <summary>Parses one challenge; quoted values may hold commas (<c>scope="repository:a:pull,push"</c>).</summary>
    public static AuthChallenge? Parse(string header)
    {
        var text = header.Trim();
        var space = text.IndexOf(' ');
        var scheme = space < 0 ? text : text[..space];
        if (scheme.Length == 0) return null;
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = space < 0 ? text.Length : space + 1;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or ',') i++;
            var eq = text.IndexOf('=', i);
            if (eq < 0) break;
            var name = text[i..eq].Trim();
            i = eq + 1;
            var value = new StringBuilder();
            if (i < text.Length && text[i] == '"')
            {
                for (i++; i < text.Length && text[i] != '"'; i++)
                {
                    if (text[i] == '\\' && i + 1 < text.Length) i++;
                    value.Append(text[i]);
                }
                i++;
            }
            else
                for (; i < text.Length && text[i] != ','; i++) value.Append(text[i]);
            if (name.Length > 0) parameters[name] = value.ToString().Trim();
        }
        return new AuthChallenge(scheme, parameters);
    }
}
