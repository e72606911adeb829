using System.CommandLine;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Cli;

/// <summary><c>validate [PATH...]</c>: loads tenant files and checks them and their rendered objects.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Tenant files or folders (default: samples/tenants)", Arity = ArgumentArity.ZeroOrMore };
        var assembly = TenantInputs.AssemblyOption();
        var command = new Command("validate", "Check tenant files against every rule; exit 0 clean, 1 on any error, 2 on usage or I/O errors.") { paths, assembly };
        command.SetAction(parse =>
        {
            if (TenantInputs.Load(parse.GetValue(paths), parse.GetValue(assembly), stderr) is not { } set) return ExitCodes.UsageOrIo;
            var diagnostics = set.Diagnostics.ToList();
            if (diagnostics.Count == 0)
            {
                foreach (var t in set.Tenants)
                {
                    try { TenantRenderer.Render(t.Tenant); }
                    catch (Policy.PolicyViolationException e) { diagnostics.AddRange(e.Diagnostics.Select(t.Place)); }
                }
            }
            DiagnosticPrinter.Print(stderr, diagnostics);
            if (diagnostics.Count > 0) return ExitCodes.PolicyFailure;
            stdout.WriteLine($"{set.Tenants.Count} tenant(s) in {set.Files.Count} file(s): no problems found");
            return ExitCodes.Ok;
        });
        return command;
    }
}
