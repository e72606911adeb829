using System.CommandLine;
using OpenClaw.Manifests.Cli.Output;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>The options every tenant-reading command shares, and what they resolve to together with openclaw.yaml.</summary>
internal sealed class CommonOptions
{
    public Option<string> Config { get; } = ConfigOption.Create();

    public Option<string> Assembly { get; } = new("--assembly")
    {
        Description = "A built assembly whose public TenantCatalog classes declare tenants in C# (YAML tenants are added to them)",
    };

    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = "Set a rule's severity, as in .editorconfig: ID=error|warning|none (repeatable; OCM0001-0003 and OCM01xx stay errors)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> GlobalConfig { get; } = new("--globalconfig") { Description = "A .globalconfig file whose dotnet_diagnostic severities apply (repeatable; the build target passes the project's)" };

    public Option<OutputFormat> Format { get; } = OutputFormats.Option();

    public void AddTo(Command command, bool format = true)
    {
        command.Options.Add(Config);
        command.Options.Add(Assembly);
        command.Options.Add(Severity);
        command.Options.Add(GlobalConfig);
        if (format) command.Options.Add(Format);
    }

    /// <summary>The config file and the severities; null after printing why when either is invalid.</summary>
    public (ToolConfig Config, RuleSeverities Severities)? Resolve(ParseResult parse, TextWriter stderr)
    {
        if (ConfigOption.Resolve(parse, Config, stderr) is not { } config) return null;
        var severities = SeverityConfig.Build(".", parse.GetValue(GlobalConfig) ?? [], config, parse.GetValue(Severity) ?? [], stderr, out var ok);
        return ok ? (config, severities) : null;
    }

    /// <summary>The assembly from the option, else from the config.</summary>
    public string? AssemblyPath(ParseResult parse, ToolConfig config) => parse.GetValue(Assembly) ?? config.Assembly;
}
