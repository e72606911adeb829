using System.CommandLine;
using System.Net;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Cli.Pinning;

namespace OpenClaw.Manifests.Cli;

/// <summary><c>pin [PATH...]</c>: resolves image tags to digests at their registries and writes them into the tenant files.</summary>
internal static class PinCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = $"Tenant files (YAML or C#) or folders (default: 'tenants:' of {ToolConfig.FileName}, else ./{TenantInputs.DefaultTenants})", Arity = ArgumentArity.ZeroOrMore };
        var config = ConfigOption.Create();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 listing every image that is not pinned or whose tag now names another digest" };
        var update = new Option<bool>("--update") { Description = "Also move pinned images to the digest their tag names now" };
        var insecure = new Option<string[]>("--insecure-registry") { Description = "HOST:PORT of a loopback registry that speaks plain HTTP (repeatable; loopback hosts only)", AllowMultipleArgumentsPerToken = false };
        var dockerConfig = new Option<string>("--docker-config") { Description = "The folder holding config.json with registry logins (default: $DOCKER_CONFIG, else ~/.docker)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each registry reply (default 30)", DefaultValueFactory = _ => 30 };
        var command = new Command("pin", "Pin every tag-only image to the digest its tag names now, changing only those characters; exit 0 done, 1 on a bad reference or (--check) an unpinned or moved one, 2 usage, 4 registry refused, 5 registry unreachable; nothing is written on any failure.")
        {
            paths, config, check, update, insecure, dockerConfig, timeout,
        };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(check) && parse.GetValue(update))
            {
                stderr.WriteLine("error: --check and --update exclude each other: --check changes nothing");
                return ExitCodes.UsageOrIo;
            }
            if (parse.GetValue(timeout) is var seconds && seconds is < 1 or > 600)
            {
                stderr.WriteLine("error: --timeout must be 1 to 600 seconds");
                return ExitCodes.UsageOrIo;
            }
            if (PlainHttpHosts(parse.GetValue(insecure) ?? [], stderr) is not { } plain) return ExitCodes.UsageOrIo;
            if (ConfigOption.Resolve(parse, config, stderr) is not { } cfg) return ExitCodes.UsageOrIo;
            DockerCredentials credentials;
            try
            {
                credentials = DockerCredentials.Load(DockerCredentials.Folder(parse.GetValue(dockerConfig), Environment.GetEnvironmentVariable));
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine("error: " + e.Message);
                return ExitCodes.UsageOrIo;
            }
            if (TenantInputs.Paths(parse.GetValue(paths), cfg, assembly: null, stderr) is not { } inputs) return ExitCodes.UsageOrIo;
            if (!PathArguments.AllExist(inputs, stderr)) return ExitCodes.UsageOrIo;
            var mode = parse.GetValue(check) ? PinMode.Check : parse.GetValue(update) ? PinMode.Update : PinMode.Pin;
            using var registry = new RegistryClient(credentials, plain, TimeSpan.FromSeconds(seconds));
            return await new PinRun(mode, registry, stdout, stderr).RunAsync(inputs);
        });
        return command;
    }

    /// <summary>
    /// The hosts to reach over plain HTTP. Only loopback ones: over any network a plain-HTTP registry lets whoever is
    /// on the path answer with another digest, which is exactly what pinning is meant to rule out.
    /// </summary>
    private static HashSet<string>? PlainHttpHosts(string[] given, TextWriter stderr)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in given)
        {
            var colon = g.LastIndexOf(':');
            var host = colon > 0 ? g[..colon].Trim('[', ']') : "";
            var loopback = host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
            if (colon <= 0 || !int.TryParse(g[(colon + 1)..], out var port) || port is < 1 or > 65535 || !loopback)
            {
                stderr.WriteLine($"error: --insecure-registry {g}: expected HOST:PORT of a loopback registry (127.0.0.1, [::1] or localhost); plain HTTP is refused for any other host");
                return null;
            }
            hosts.Add(g);
        }
        return hosts;
    }
}
