using System.CommandLine;
using OpenClaw.Manifests.Cli.Inputs;
using OpenClaw.Manifests.Cli.Output;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Pipeline;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli;

/// <summary><c>validate [PATH...]</c>: loads tenant files and checks them and their rendered objects.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = $"Tenant files or folders (default: 'tenants:' of {ToolConfig.FileName}, else ./{TenantInputs.DefaultTenants})", Arity = ArgumentArity.ZeroOrMore };
        var common = new CommonOptions();
        var command = new Command("validate", "Check tenant files against every rule; exit 0 clean, 1 on any error, 2 on usage or I/O errors.") { paths };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            if (common.Resolve(parse, stderr) is not var (config, severities)) return ExitCodes.UsageOrIo;
            var report = new Report(parse.GetValue(common.Format), "validate", stdout, stderr);
            var assembly = common.AssemblyPath(parse, config);
            if (TenantInputs.Paths(parse.GetValue(paths), config, assembly, stderr) is not { } inputs) return ExitCodes.UsageOrIo;
            if (TenantInputs.Load(inputs, assembly, severities, stderr) is not { } set) return ExitCodes.UsageOrIo;
            var findings = Check(set, severities);
            report.Print(findings);
            if (findings.Any(f => f.IsError)) return ExitCodes.PolicyFailure;
            report.Human.WriteLine($"{set.Tenants.Count} tenant(s) in {set.Files.Count} file(s): no problems found");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Load-time findings, then those of every tenant's objects (built and checked, never written); each finding once.</summary>
    public static List<Finding> Check(TenantSet set, RuleSeverities severities)
    {
        var outcomes = TenantPipeline.Run(set.Tenants, severities, PipelineOutput.Findings);
        return Finding.Of(set.Diagnostics.Concat(outcomes.SelectMany(o => o.Diagnostics)).Distinct(), severities);
    }
}
