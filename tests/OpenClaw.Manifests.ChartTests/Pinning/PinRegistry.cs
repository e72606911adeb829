using System.Diagnostics;
using System.Text;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.TestSupport;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>
/// The real Distribution registry under one auth mode, shared by a test class (one start per class keeps the
/// suite's cost to seconds), with the Docker config folder <c>pin</c> reads its login from. Each test pushes its own
/// repositories, so tests of a class do not see each other's tags.
/// </summary>
public abstract class PinRegistry : IDisposable
{
    private readonly TempDir _dir = new();

    private protected PinRegistry(Func<string, string?> auth, (string User, string Password)? login)
    {
        Login = login;
        Registry = OciRegistry.Start(auth(_dir.Path));
        DockerConfig = Path.Combine(_dir.Path, "docker");
        Directory.CreateDirectory(DockerConfig);
        if (login is { } l) WriteLogin(DockerConfig, Host, l.User, l.Password);
    }

    internal OciRegistry Registry { get; }

    public string Host => Registry.Host;

    /// <summary>The login that may push and pull; null for an anonymous registry.</summary>
    public (string User, string Password)? Login { get; }

    /// <summary>A folder whose config.json holds <see cref="Login"/> for this registry, as <c>docker login</c> writes it.</summary>
    public string DockerConfig { get; }

    /// <summary>Pushes a fresh image (single- or multi-arch) as <c>HOST/REPO:TAG</c>; returns the digest the registry now serves for the tag.</summary>
    public string Push(string repository, string tag, string content, bool multiArch = false)
    {
        using var dir = new TempDir();
        var layout = new OciLayout(dir.Path);
        var digest = multiArch ? layout.MultiArch(tag, content) : layout.Image(tag, content);
        Skopeo.Push(layout, tag, Host, repository, LoginText);
        return digest;
    }

    public void Delete(string repository, string tag) => Skopeo.Delete(Host, repository, tag, LoginText);

    private string? LoginText => Login is { } l ? l.User + ":" + l.Password : null;

    /// <summary>Writes <c>config.json</c> with an <c>auths</c> entry for <paramref name="host"/>.</summary>
    internal static void WriteLogin(string folder, string host, string user, string password)
    {
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
        File.WriteAllText(Path.Combine(folder, "config.json"), $$$"""{"auths": {"{{{host}}}": {"auth": "{{{auth}}}"} } }""");
    }

    /// <summary><c>pin ARGS</c> against this registry: plain HTTP on loopback, logins from <paramref name="dockerConfig"/> (default <see cref="DockerConfig"/>).</summary>
    public CliResult Pin(string[] args, string? dockerConfig = null)
        => CliRunner.Run(["pin", "--insecure-registry", Host, "--docker-config", dockerConfig ?? DockerConfig, .. args]);

    /// <summary>
    /// Pins a tenant file naming <paramref name="image"/> with a Docker config that logs in as <paramref name="user"/>
    /// with <paramref name="password"/>, and checks the refusal: exit 4, <paramref name="message"/> on stderr, the
    /// password nowhere in the output, the file byte for byte as written.
    /// </summary>
    public void AssertLoginRefused(string image, string user, string password, string message)
    {
        using var dir = new TempDir();
        var original = PinTenants.Yaml("login", image, image);
        var file = dir.File("t.yaml", original);
        var docker = Path.Combine(dir.Path, "docker");
        Directory.CreateDirectory(docker);
        WriteLogin(docker, Host, user, password);

        var r = Pin([file], docker);

        Assert.Equal(4, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(password, r.Stdout + r.Stderr, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(file));
    }

    public virtual void Dispose()
    {
        Registry.Dispose();
        _dir.Dispose();
    }

    /// <summary>A bcrypt htpasswd line from Debian's apache2-utils, the format the registry's htpasswd auth reads.</summary>
    internal static string Htpasswd(string user, string password)
    {
        var psi = new ProcessStartInfo("htpasswd") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-nbB", user, password }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("htpasswd (apache2-utils) not found");
        var line = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return p.ExitCode == 0 ? line : throw new InvalidOperationException("htpasswd failed: " + p.StandardError.ReadToEnd());
    }
}

/// <summary>No auth at all: what a loopback mirror or a CI-local registry is.</summary>
public sealed class AnonymousRegistry() : PinRegistry(_ => null, null);

/// <summary>htpasswd (bcrypt) basic auth: every request needs the login.</summary>
public sealed class BasicAuthRegistry() : PinRegistry(Auth, (User, Password))
{
    public const string User = "pinner";
    public const string Password = "correct-horse-battery";

    private static string Auth(string dir)
    {
        var file = Path.Combine(dir, "htpasswd");
        File.WriteAllText(file, Htpasswd(User, Password) + "\n");
        return $"""
            auth:
              htpasswd:
                realm: openclaw-test
                path: {file}
            """;
    }
}

/// <summary>
/// Token auth: the registry's bearer challenge names the loopback <see cref="TokenService"/>, which checks the login
/// and signs the JWT the registry verifies. The same flow ghcr.io, Docker Hub and Harbor use.
/// </summary>
public sealed class TokenAuthRegistry : PinRegistry
{
    public const string User = "token-user";
    public const string Password = "token-password-42";

    public TokenAuthRegistry() : this(new TokenService((User, Password))) { }

    private TokenAuthRegistry(TokenService tokens) : base(_ => tokens.AuthSection, (User, Password)) => Tokens = tokens;

    internal TokenService Tokens { get; }

    public override void Dispose()
    {
        base.Dispose();
        Tokens.Dispose();
    }
}
