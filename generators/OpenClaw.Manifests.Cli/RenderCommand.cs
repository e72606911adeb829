using System.CommandLine;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Cli.Output;
using OpenClaw.Manifests.Pipeline;

namespace OpenClaw.Manifests.Cli;

/// <summary>
/// <c>render FILE</c> or <c>render NAME</c>: one tenant's manifests on stdout, or nothing at all when it fails
/// policy. A name is looked up among every tenant the other commands read (YAML tenants and, with
/// <c>--assembly</c> or <c>assembly:</c> in openclaw.yaml, the C# catalogs).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tenant = new Argument<string>("tenant") { Description = "A tenant file, or the name of a tenant from --tenants/--assembly/openclaw.yaml" };
        var tenants = new Option<string[]>("--tenants") { Description = "Tenant files or folders to look the name up in", AllowMultipleArgumentsPerToken = true };
        var common = new CommonOptions();
        var command = new Command("render", "Print a tenant's complete manifests (multi-document YAML, Helm install order).") { tenant, tenants };
        common.AddTo(command, format: false);
        command.SetAction(parse =>
        {
            if (common.Resolve(parse, stderr) is not var (config, severities)) return ExitCodes.UsageOrIo;
            var wanted = parse.GetValue(tenant)!;
            var assembly = common.AssemblyPath(parse, config);
            var isFile = File.Exists(wanted);
            string[]? inputs = isFile ? [wanted] : TenantInputs.Paths(parse.GetValue(tenants), config, assembly, stderr);
            if (inputs is null) return ExitCodes.UsageOrIo;
            if (!isFile && (wanted.EndsWith(".yaml", StringComparison.Ordinal) || wanted.EndsWith(".yml", StringComparison.Ordinal) || wanted.Contains('/')))
            {
                stderr.WriteLine($"error: no such file: {wanted}");
                return ExitCodes.UsageOrIo;
            }
            if (TenantInputs.Load(inputs, isFile ? null : assembly, severities, stderr) is not { } set) return ExitCodes.UsageOrIo;
            var blocking = Finding.Of(set.Diagnostics, severities).Where(f => f.IsError).ToList();
            if (blocking.Count > 0)
            {
                new Report(OutputFormat.Text, "render", stdout, stderr).Print(blocking);
                return ExitCodes.PolicyFailure;
            }
            var source = isFile ? set.Tenants.SingleOrDefault() : set.Tenants.FirstOrDefault(t => t.Tenant.Name.Value == wanted);
            if (source is null)
            {
                stderr.WriteLine($"error: no tenant named '{wanted}'; known: {(set.Tenants.Count == 0 ? "none" : string.Join(", ", set.Tenants.Select(t => t.Tenant.Name.Value)))}");
                return ExitCodes.UsageOrIo;
            }
            // Rendered completely before the first byte is written: a refusal leaves stdout empty.
            var outcome = TenantPipeline.Run(source, severities, PipelineOutput.Manifests);
            // The load's findings of lowered rules (the tenant policy ran there, once) and the objects' own.
            new Report(OutputFormat.Text, "render", stdout, stderr).Print(Finding.Of(set.Diagnostics.Concat(outcome.Diagnostics).Distinct(), severities));
            if (outcome.Rendered is null) return ExitCodes.PolicyFailure;
            stdout.Write(outcome.Rendered.ToYaml());
            return ExitCodes.Ok;
        });
        return command;
    }
}
