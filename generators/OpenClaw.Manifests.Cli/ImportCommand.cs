using System.CommandLine;
using OpenClaw.Manifests.Cli.Import;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>import FILE [--out PATH]</c>: a bp-openclaw 0.2.x values file, or a Flux HelmRelease carrying one under
/// spec.values, as a tenant file. Every value that is not carried is listed at its line; a tag-only image is written
/// as <c>repository:tag</c> so that <c>validate</c> names it too (OCM0001) until a digest is filled in. A file that
/// lacks a required value writes nothing; an existing output is never overwritten.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A bp-openclaw 0.2.x values file, or a Flux HelmRelease with the values under spec.values" };
        var output = new Option<string>("--out") { Description = $"The tenant file to write (default: <tenant name>.yaml in the first 'tenants:' of {ToolConfig.FileName}, else {TenantInputs.DefaultTenants})" };
        var config = ConfigOption.Create();
        var command = new Command("import", "Write the tenant file equivalent to a bp-openclaw 0.2.x values file or HelmRelease; list what could not be carried.") { file, output, config };
        command.SetAction(parse =>
        {
            if (ConfigOption.Resolve(parse, config, stderr) is not { } cfg) return ExitCodes.UsageOrIo;
            var source = parse.GetValue(file)!;
            if (!File.Exists(source))
            {
                stderr.WriteLine($"error: {source}: no such file");
                return ExitCodes.UsageOrIo;
            }
            var diagnostics = new List<Diagnostic>();
            if (YamlTreeReader.Read(source, File.ReadAllText(source), diagnostics) is not { } root)
            {
                foreach (var d in diagnostics) stderr.WriteLine(d.ToString());
                return ExitCodes.PolicyFailure;
            }
            var result = UpstreamValues.Map(root);
            if (result.Tenant is null)
            {
                foreach (var e in result.Errors) stderr.WriteLine($"{source}({e.Line},{e.Column}): error: {e.Message}");
                foreach (var n in result.Notes) stderr.WriteLine($"{source}({n.Line},{n.Column}): not carried: {n.Message}");
                stderr.WriteLine("nothing written");
                return ExitCodes.PolicyFailure;
            }
            var target = parse.GetValue(output)
                ?? Path.Combine(cfg.Tenants.FirstOrDefault() ?? TenantInputs.DefaultTenants, result.Tenant["metadata"]!["name"]!.GetValue<string>() + ".yaml");
            if (File.Exists(target))
            {
                stderr.WriteLine($"error: {target} exists; not overwritten");
                return ExitCodes.UsageOrIo;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            Directory.CreateDirectory(folder);
            File.WriteAllText(target, TenantText.Write(result.Tenant, NewCommand.SchemaReference(folder, cfg), Path.GetFileName(source)));
            stdout.WriteLine($"wrote {target}");
            if (result.Notes.Count == 0)
            {
                stdout.WriteLine("every value was carried");
                return ExitCodes.Ok;
            }
            stdout.WriteLine($"{result.Notes.Count} value(s) not carried as they were:");
            foreach (var n in result.Notes) stdout.WriteLine($"{source}({n.Line},{n.Column}): {n.Message}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
