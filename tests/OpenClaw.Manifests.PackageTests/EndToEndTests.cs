using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.PackageTests;

/// <summary>
/// The platform-repo experience, end to end: pack this repository into a temporary local feed, build a
/// throwaway consumer that references the package by version (through a temporary nuget.config naming
/// only that folder), watch the analyzers fail it, fix it, let the build target generate the chart and
/// overlays, run the consumer's snapshot check, and install and run the dotnet tool.
/// </summary>
public sealed partial class EndToEndTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    // A unique version per run, so a package cached by an earlier run can never be picked up.
    private readonly string _version = "0.3.0-e2e." + Guid.NewGuid().ToString("N")[..10];
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-e2e-").FullName;
    private string Feed => Path.Combine(_work, "feed");
    private string App => Path.Combine(_work, "platform");

    [Fact]
    public void A_platform_repo_consumes_the_package()
    {
        Run(Repo.Root, "dotnet", "pack", "packaging/OpenClaw.Manifests/OpenClaw.Manifests.Package.csproj", "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={_version}");
        Run(Repo.Root, "dotnet", "pack", "generators/OpenClaw.Manifests.Cli/OpenClaw.Manifests.Cli.csproj", "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={_version}");
        Assert.True(File.Exists(Path.Combine(Feed, $"OpenClaw.Manifests.{_version}.nupkg")));

        WriteConsumer("Unsafe.cs.txt");
        var failed = Run(App, expectFailure: true, "dotnet", "build", "-p:OpenClawVersion=" + _version);
        // One error per rule, at the line that declares it (Consumer/Unsafe.cs.txt).
        Assert.Matches(ErrorAt("Tenants.cs", 27, "OCM0001"), failed);
        Assert.Matches(ErrorAt("Tenants.cs", 36, "OCM0002"), failed);
        Assert.Matches(ErrorAt("Tenants.cs", 38, "OCM0003"), failed);
        Assert.False(Directory.Exists(Path.Combine(App, "charts-out")));

        WriteConsumer("Safe.cs.txt");
        Run(App, "dotnet", "build", "-p:OpenClawVersion=" + _version);
        var chartsOut = Path.Combine(App, "charts-out");
        Assert.True(File.Exists(Path.Combine(chartsOut, "bp-openclaw", "Chart.yaml")));
        Assert.True(File.Exists(Path.Combine(chartsOut, "bp-openclaw", "values.schema.json")));
        foreach (var file in new[] { "values.yaml", "helmrelease.yaml", "application.yaml", "rendered.yaml" })
            Assert.True(File.Exists(Path.Combine(chartsOut, "tenants", "acme", file)), file);

        // The C# tenant equals samples/tenants/acme.yaml, so the reviewed snapshot of that sample is the approved file.
        var approved = Path.Combine(App, "approved", "acme.verified.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
        File.Copy(Path.Combine(Repo.Root, "tests", "OpenClaw.Manifests.Tests", "Snapshots", "acme.rendered.verified.yaml"), approved);
        Assert.Contains("snapshot ok", Run(App, "dotnet", "run", "--no-build", "--", approved));
        Assert.Equal(File.ReadAllText(approved), File.ReadAllText(Path.Combine(chartsOut, "tenants", "acme", "rendered.yaml")));
        var missing = Path.Combine(App, "approved", "other.verified.yaml");
        Assert.Contains("No approved snapshot", Run(App, expectFailure: true, "dotnet", "run", "--no-build", "--", missing));
        Assert.True(File.Exists(Path.Combine(App, "approved", "other.received.yaml")));

        var tools = Path.Combine(_work, "tools");
        Run(_work, "dotnet", "tool", "install", "OpenClaw.Manifests.Tool", "--version", _version, "--tool-path", tools, "--add-source", Feed);
        Assert.Contains("3 tenant(s)", Run(Repo.Root, Path.Combine(tools, "openclaw-manifests"), "validate", "samples/tenants"));
    }

    private static Regex ErrorAt(string file, int line, string id) => new($@"{Regex.Escape(file)}\({line},\d+\): error {id}:");

    private void WriteConsumer(string tenantsSource)
    {
        var consumer = Path.Combine(AppContext.BaseDirectory, "Consumer");
        Directory.CreateDirectory(App);
        File.Copy(Path.Combine(consumer, "Platform.csproj.txt"), Path.Combine(App, "Platform.csproj"), overwrite: true);
        File.Copy(Path.Combine(consumer, "Program.cs.txt"), Path.Combine(App, "Program.cs"), overwrite: true);
        File.Copy(Path.Combine(consumer, tenantsSource), Path.Combine(App, "Tenants.cs"), overwrite: true);
        File.Copy(Path.Combine(Repo.Root, "samples", "platform.yaml"), Path.Combine(App, "platform.yaml"), overwrite: true);
        // Only a local folder is named; every other package comes from the machine's default source.
        File.WriteAllText(Path.Combine(_work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="openclaw-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    private static string Run(string cwd, string file, params string[] args) => Run(cwd, false, file, args);

    private static string Run(string cwd, bool expectFailure, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // The consumer must not inherit this repository's build settings through MSBuild's environment.
        psi.Environment.Remove("MSBuildExtensionsPath");
        psi.Environment.Remove("MSBUILD_EXE_PATH");
        psi.Environment.Remove("MSBuildSDKsPath");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException($"{file} {string.Join(' ', args)} timed out"); }
        var output = stdout.Result + stderr.Result;
        if (expectFailure ? p.ExitCode == 0 : p.ExitCode != 0)
            throw new Xunit.Sdk.XunitException($"'{file} {string.Join(' ', args)}' in {cwd} exited {p.ExitCode}:\n{output}");
        return output;
    }

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        // Leave no trace of the throwaway versions in the machine's package cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "openclaw.manifests", "openclaw.manifests.tool" })
        {
            var dir = Path.Combine(cache, id, _version);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
