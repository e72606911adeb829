using System.CommandLine;
using System.CommandLine.Parsing;

namespace OpenClaw.Manifests.Cli;

/// <summary>The <c>openclaw-manifests</c> command line: validate, render, generate, new, import, pin, diff.</summary>
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
            NewCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            PinCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (UnknownOptions.Report(parse, stderr))
        {
            stderr.WriteLine("Run 'openclaw-manifests --help' for usage.");
            return Task.FromResult(ExitCodes.UsageOrIo);
        }
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

/// <summary>
/// A word starting with '-' that no option of the command knows. System.CommandLine takes it as a path when
/// the command accepts paths (<c>validate --verbose</c> became "no such file"); it is a misspelt option.
/// </summary>
internal static class UnknownOptions
{
    public static bool Report(ParseResult parse, TextWriter stderr)
    {
        var command = parse.CommandResult.Command;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(["--help", "-h", "-?", "--version"]).ToList();
        var found = false;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            var word = token.Value;
            if (token.Type != TokenType.Argument || word.Length < 2 || word[0] != '-' || char.IsDigit(word[1])) continue;
            var name = word.Split('=', 2)[0];
            if (known.Contains(name, StringComparer.Ordinal)) continue;
            var best = known.Where(k => k.StartsWith("--", StringComparison.Ordinal))
                .Select(k => (k, d: Distance(name, k))).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).FirstOrDefault();
            var hint = best.k is not null && best.d <= Math.Max(2, name.Length / 3) ? $"; did you mean '{best.k}'?" : "";
            stderr.WriteLine($"error: unknown option '{name}' for '{command.Name}'{hint} (options: {string.Join(", ", known.Where(k => k.StartsWith("--", StringComparison.Ordinal) && k != "--version").Order(StringComparer.Ordinal))})");
            found = true;
        }
        return found;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
