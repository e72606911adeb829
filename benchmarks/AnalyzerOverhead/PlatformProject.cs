using System.Text;

namespace AnalyzerOverhead;

/// <summary>
/// The 1,000-tenant platform project written to disk as a user would have it: an SDK-style project that
/// references the library and KubernetesClient as assemblies and the OpenClaw analyzers as an
/// <c>&lt;Analyzer&gt;</c> item. By default it carries no other analyzer or generator (the SDK's .NET analyzers are
/// off and the targeting pack's generators are removed), so the builds differ only by the OpenClaw rules; built
/// with <c>-p:SdkDefaults=true</c> it keeps both, as a new SDK project has them.
/// </summary>
internal static class PlatformProject
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <LangVersion>latest</LangVersion>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <!-- -p:SdkDefaults=true keeps what a new SDK project has: the .NET analyzers at their default
                 level and the targeting pack's generators and analyzers. -->
            <EnableNETAnalyzers Condition="'$(SdkDefaults)' != 'true'">false</EnableNETAnalyzers>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="lib/OpenClaw.Manifests.dll" />
            <Reference Include="lib/KubernetesClient.dll" />
            <Analyzer Include="analyzers/OpenClaw.Manifests.Analyzers.dll" />
          </ItemGroup>
          <!-- Only the OpenClaw analyzers: the interop generators of the targeting pack also carry analyzers,
               whose cost would otherwise be charged to the rules under test. -->
          <Target Name="KeepOnlyOpenClawAnalyzers" BeforeTargets="CoreCompile" Condition="'$(SdkDefaults)' != 'true'">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' != 'OpenClaw.Manifests.Analyzers'" />
            </ItemGroup>
          </Target>
          <!-- With -p:ProvideCommandLineArgs=true the Csc task hands back its arguments; the benchmark replays them. -->
          <Target Name="SaveCompilerCommandLine" AfterTargets="CoreCompile" Condition="'$(ProvideCommandLineArgs)' == 'true'">
            <WriteLinesToFile File="$(CompilerArgsFile)" Lines="@(CscCommandLineArgs)" Overwrite="true" />
            <WriteLinesToFile File="$(CompilerArgsFile).compiler" Lines="$(DOTNET_HOST_PATH);$(RoslynTargetsPath)/bincore/csc.dll" Overwrite="true" />
          </Target>
        </Project>
        """;

    /// <summary>Writes the project into <paramref name="directory"/> (replacing what was there) and returns its path.</summary>
    public static string Write(string directory, int tenants, string analyzerAssembly)
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(Path.Combine(directory, "Tenants"));
        Directory.CreateDirectory(Path.Combine(directory, "lib"));
        Directory.CreateDirectory(Path.Combine(directory, "analyzers"));

        // Empty files stop MSBuild's (and the compiler's .editorconfig) upward search, so no settings of the
        // repository the project sits in leak into it.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(directory, name), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n");

        foreach (var (path, text) in TenantSources.Generate(tenants))
            File.WriteAllText(Path.Combine(directory, path), text, new UTF8Encoding(false));

        var here = AppContext.BaseDirectory;
        File.Copy(Path.Combine(here, "OpenClaw.Manifests.dll"), Path.Combine(directory, "lib", "OpenClaw.Manifests.dll"));
        File.Copy(Path.Combine(here, "KubernetesClient.dll"), Path.Combine(directory, "lib", "KubernetesClient.dll"));
        File.Copy(analyzerAssembly, Path.Combine(directory, "analyzers", "OpenClaw.Manifests.Analyzers.dll"));

        var project = Path.Combine(directory, "Platform.csproj");
        File.WriteAllText(project, Project);
        return project;
    }
}
