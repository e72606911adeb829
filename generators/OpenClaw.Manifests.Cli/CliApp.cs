using System.CommandLine;

namespace OpenClaw.Manifests.Cli;

/// <summary>The <c>openclaw-manifests</c> command line: validate, render, generate.</summary>
public static class CliApp
{
    /// <summary>Runs the command line; never throws for bad input, returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Typed, policy-checked OpenClaw tenants on Kubernetes: validate tenant files, render them, generate the chart and overlays.")
        {
            ValidateCommand.Create(stdout, stderr),
            RenderCommand.Create(stdout, stderr),
            GenerateCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine("Run 'openclaw-manifests --help' for usage.");
            return Task.FromResult(ExitCodes.UsageOrIo);
        }
        try
        {
            return Task.FromResult(parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Task.FromResult(ExitCodes.UsageOrIo);
        }
    }
}
