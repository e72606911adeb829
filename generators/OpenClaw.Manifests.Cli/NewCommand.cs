using System.CommandLine;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>new tenant NAME --domain DOMAIN [--dir tenants]</c>: a complete tenant file with every required field. The images
/// are written as <c>repository:tag</c> without a digest on purpose: a made-up digest would pass <c>validate</c> and
/// deploy nothing (or the wrong thing), while a missing one is OCM0001 at its line until a real digest is filled in.
/// The Secret names are the chart's conventional ones; the file says to create those Secrets or change the names.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = $"Tenant name: a DNS-1123 label of at most {Tenant.MaxNameLength} characters" };
        var domain = new Option<string>("--domain") { Description = "The tenant's domain (the ingress host defaults to openclaw.<domain>)", Required = true };
        var dir = new Option<string>("--dir") { Description = $"Folder to write <name>.yaml into (default: the first 'tenants:' of {ToolConfig.FileName}, else {TenantInputs.DefaultTenants})" };
        var config = ConfigOption.Create();
        var tenant = new Command("tenant", "Write a new tenant file with every required field; the values still to fill in are marked.") { name, domain, dir, config };
        tenant.SetAction(parse =>
        {
            if (ConfigOption.Resolve(parse, config, stderr) is not { } cfg) return ExitCodes.UsageOrIo;
            var tenantName = parse.GetValue(name)!;
            var tenantDomain = parse.GetValue(domain)!;
            if (!DnsLabel.TryParse(tenantName, out _, out var nameError, Tenant.MaxNameLength) | !DnsName.TryParse(tenantDomain, out _, out var domainError))
            {
                if (nameError is not null) stderr.WriteLine($"error: tenant name {nameError}");
                if (domainError is not null) stderr.WriteLine($"error: --domain {domainError}");
                return ExitCodes.UsageOrIo;
            }
            var folder = parse.GetValue(dir) ?? cfg.Tenants.FirstOrDefault() ?? TenantInputs.DefaultTenants;
            var file = Path.Combine(folder, tenantName + ".yaml");
            if (File.Exists(file))
            {
                stderr.WriteLine($"error: {file} exists; not overwritten");
                return ExitCodes.UsageOrIo;
            }
            var schema = SchemaReference(folder, cfg);
            Directory.CreateDirectory(folder);
            File.WriteAllText(file, Text(tenantName, tenantDomain, schema));
            stdout.WriteLine($"wrote {file}");
            stdout.WriteLine("still to fill in before it validates:");
            stdout.WriteLine("  spec.images.controller, spec.images.runtime: a real digest (repository@sha256:<64 hex>); until then validate reports OCM0001 at those lines");
            stdout.WriteLine("  spec.oidc.clientSecret, spec.llm.apiKey: create these Secrets in the tenant's namespace, or change the names to yours");
            return ExitCodes.Ok;
        });
        return new Command("new", "Scaffold new files.") { tenant };
    }

    /// <summary>The <c>$schema=</c> reference from a tenant file in <paramref name="folder"/> to the generated tenant.schema.json.</summary>
    internal static string SchemaReference(string folder, ToolConfig cfg)
        => Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(Path.Combine(cfg.Out ?? GenerateCommand.DefaultOut, TenantSchema.FileName))).Replace('\\', '/');

    /// <summary>The scaffold; a test checks that it holds every required field of <see cref="TenantFields"/>.</summary>
    internal static string Text(string name, string domain, string schema) => $"""
        # yaml-language-server: $schema={schema}
        # Written by 'openclaw-manifests new tenant'. Fill in the two image digests (validate reports OCM0001 until
        # then) and check the two Secret names; every other field is optional and documented in the schema.
        apiVersion: {TenantFileReader.ApiVersion}
        kind: {TenantFileReader.Kind}
        metadata:
          name: {name}
        spec:
          domain: {domain}
          oidc:
            issuerURL: https://keycloak.{domain}/realms/org-{name}
            # A Secret in the tenant's namespace (default org-{name}) holding the OIDC client secret.
            clientSecret: {"{"}name: openclaw-oidc-client-secret, key: OIDC_CLIENT_SECRET{"}"}
          llm:
            baseURL: https://api.{domain}/v1
            # A Secret holding the LLM gateway's API key.
            apiKey: {"{"}name: openclaw-newapi-controller-token, key: NEWAPI_KEY{"}"}
          images:
            # TODO: pin by digest, e.g. ghcr.io/openova-io/openova/openclaw-controller@sha256:<64 hex> (OCM0001 until then)
            controller: ghcr.io/openova-io/openova/openclaw-controller:latest
            # TODO: pin by digest (OCM0001 until then)
            runtime: ghcr.io/openova-io/openova/openclaw-runtime:latest

        """;
}
