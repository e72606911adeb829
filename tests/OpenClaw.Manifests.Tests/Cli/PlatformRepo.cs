using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Cli;

/// <summary>
/// A throwaway platform repository laid out as the README recommends (tenants/, platform.yaml, charts-out/),
/// with the command line run in it as a separate process, as an adopter runs it.
/// </summary>
internal sealed class PlatformRepo : IDisposable
{
    private readonly TempTree _tree = new();

    public string Root => _tree.Root;

    public string Path(params string[] parts) => _tree.Path(parts);

    public string Write(string relative, string text) => _tree.Write(relative, text);

    public PlatformRepo WithSettings()
    {
        File.Copy(System.IO.Path.Combine(RepoPaths.Root, "samples", "platform.yaml"), Path("platform.yaml"));
        return this;
    }

    public PlatformRepo WithTenant(string name, string extraSpec = "")
    {
        Write($"tenants/{name}.yaml", TestTenants.Yaml(name, extraSpec));
        return this;
    }

    /// <summary>Compiles a C# catalog into bin/Platform.dll (with its PDB); returns the DLL's path relative to the repo.</summary>
    public string WithCatalog(string source, string className = "PlatformTenants")
    {
        CatalogCompiler.Build(Path("bin"), "Platform", new Dictionary<string, string> { ["Tenants.cs"] = source });
        return "bin/Platform.dll";
    }

    /// <summary>Runs <c>openclaw-manifests</c> in the repo; output is stdout and stderr together.</summary>
    public (int ExitCode, string Output) Run(params string[] args)
    {
        var result = CliRunner.RunProcess(Root, null, args);
        return (result.ExitCode, result.Both);
    }

    public bool Exists(string relative) => File.Exists(Path(relative)) || Directory.Exists(Path(relative));

    public string Read(string relative) => File.ReadAllText(Path(relative));

    /// <summary>The 1-based line of the first line of <paramref name="relative"/> containing <paramref name="text"/>.</summary>
    public int LineOf(string relative, string text) => Array.FindIndex(File.ReadAllLines(Path(relative)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose() => _tree.Dispose();
}
