using System.CommandLine;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Cli;

/// <summary><c>validate [PATH...]</c>: loads tenant files and checks them and their rendered objects.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Tenant files or folders (default: samples/tenants)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("validate", "Check tenant files against every rule; exit 0 clean, 1 on any error, 2 on usage or I/O errors.") { paths };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["samples/tenants"];
            if (!PathArguments.AllExist(inputs, stderr)) return ExitCodes.UsageOrIo;
            var set = TenantLoader.Load(inputs);
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
