using System.CommandLine;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>The <c>--config</c> option and the openclaw.yaml it names or finds: one description and one error path for every command.</summary>
internal static class ConfigOption
{
    public static Option<string> Create() => new("--config") { Description = $"The platform repo's config file (default: ./{ToolConfig.FileName} when it exists)" };

    /// <summary>The config file; null after printing why when it cannot be read or is invalid.</summary>
    public static ToolConfig? Resolve(ParseResult parse, Option<string> option, TextWriter stderr)
    {
        try { return ToolConfig.Find(parse.GetValue(option)); }
        catch (InvalidDataException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return null;
        }
    }
}
