using System.CommandLine;
using OpenClaw.Manifests.Loading;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Cli;

/// <summary><c>render FILE</c>: one tenant's manifests on stdout, or nothing at all when it fails policy.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A tenant file" };
        var command = new Command("render", "Print a tenant's complete manifests (multi-document YAML, Helm install order).") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"error: no such file: {path}");
                return ExitCodes.UsageOrIo;
            }
            var set = TenantLoader.Load([path]);
            if (!set.IsClean || set.Tenants.Count != 1)
            {
                DiagnosticPrinter.Print(stderr, set.Diagnostics);
                return ExitCodes.PolicyFailure;
            }
            var source = set.Tenants[0];
            try
            {
                // Rendered completely before the first byte is written: a refusal leaves stdout empty.
                stdout.Write(TenantRenderer.Render(source.Tenant).ToYaml());
                return ExitCodes.Ok;
            }
            catch (PolicyViolationException e)
            {
                DiagnosticPrinter.Print(stderr, e.Diagnostics.Select(source.Place));
                return ExitCodes.PolicyFailure;
            }
        });
        return command;
    }
}
