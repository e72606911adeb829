using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenClaw.Manifests.Catalog;
using OpenClaw.Manifests.Docs;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Cli;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Docs;

/// <summary>
/// Every C# and shell block of README.md and docs/ is run (issue 13, point 3): C# blocks compile as copied into
/// an SDK project (implicit usings only) and their catalogs render; shell blocks marked <c>cli</c> run in a
/// sample platform repository with <c>openclaw-manifests</c> on PATH. Blocks marked <c>platform-*</c> are run by
/// the package's end-to-end test; <c>skip: reason</c> blocks must give the reason.
/// </summary>
public class DocSnippetTests
{
    /// <summary>The kinds a shell block may carry, and who runs them.</summary>
    public static readonly string[] RunKinds = ["cli", "platform-ci", "platform-tool"];

    /// <summary>Kinds on non-shell blocks that a test reads (the package test writes this nuget.config).</summary>
    public static readonly string[] ReadKinds = ["platform-nuget-config"];

    private static IReadOnlyList<DocSnippet> All => DocSnippet.All(RepoPaths.Root);

    public static TheoryData<string> CliSnippets => [.. All.Where(s => s.Kind == "cli").Select(s => s.ToString())];

    public static TheoryData<string> CSharpSnippets => [.. All.Where(s => s.IsCSharp && !s.IsSkipped).Select(s => s.ToString())];

    [Fact]
    public void Every_shell_and_csharp_block_is_run_by_a_test_or_says_why_not()
    {
        var problems = new List<string>();
        foreach (var s in All)
        {
            if (s.Kind is { } k && !s.IsSkipped && !RunKinds.Contains(k) && !ReadKinds.Contains(k)) problems.Add($"{s}: unknown snippet kind '{k}'");
            if (s.IsSkipped && s.SkipReason.Length == 0) problems.Add($"{s}: 'skip' needs a reason: <!-- snippet: skip: why no test can run it -->");
            if (s.IsShell && s.Kind is null) problems.Add($"{s}: a shell block needs <!-- snippet: KIND --> above it ({string.Join(", ", RunKinds)}, or skip: reason)");
            if (s.IsCSharp && s.Kind is not null && !s.IsSkipped) problems.Add($"{s}: C# blocks are compiled; only 'skip: reason' is meaningful on them");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Contains(All, s => s.IsCSharp && !s.IsSkipped);
        Assert.Contains(All, s => s.Kind == "cli");
    }

    [Fact]
    public void The_marker_check_fails_on_an_unmarked_shell_block_and_a_skip_without_reason()
    {
        var parsed = DocSnippet.Parse("x.md", "Text\n\n```bash\nls\n```\n\n<!-- snippet: skip -->\n```sh\nls\n```\n\n<!-- snippet: cli -->\n\n```bash\nls\n```\n").ToList();
        Assert.Equal([null, "skip", "cli"], parsed.Select(p => p.Kind));
        Assert.Equal("", parsed[1].SkipReason);
        Assert.Equal(3, parsed[0].Line);
    }

    [Theory]
    [MemberData(nameof(CSharpSnippets))]
    public void A_csharp_block_compiles_as_copied_and_its_catalogs_render(string snippet)
    {
        var s = All.Single(x => x.ToString() == snippet);
        var (assembly, errors) = Compile(s.Code);
        Assert.True(errors.Count == 0, $"{s} does not compile as copied into a net10.0 project:\n{string.Join('\n', errors)}");
        foreach (var type in assembly!.GetExportedTypes().Where(t => typeof(TenantCatalog).IsAssignableFrom(t) && !t.IsAbstract))
            foreach (var tenant in ((TenantCatalog)Activator.CreateInstance(type)!).GetTenants())
                Assert.NotEmpty(TenantRenderer.Render(tenant).ToYaml());
    }

    [Fact]
    public void The_compile_check_fails_on_a_block_without_its_using_lines()
    {
        var (_, errors) = Compile("public sealed class C : TenantCatalog { public override IEnumerable<Tenant> GetTenants() => []; }");
        Assert.Contains(errors, e => e.Contains("CS0246", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CliSnippets))]
    public void A_cli_block_runs_in_a_sample_platform_repository(string snippet)
    {
        var s = All.Single(x => x.ToString() == snippet);
        var (code, output) = RunInPlatformRepo(s.Code);
        Assert.True(code == 0, $"{s} failed (exit {code}):\n{s.Code}\n{output}");
    }

    [Fact]
    public void The_cli_runner_fails_on_a_broken_block()
    {
        Assert.NotEqual(0, RunInPlatformRepo("openclaw-manifests validate --verbose\n").Code);
        Assert.NotEqual(0, RunInPlatformRepo("openclaw-manifests validate\nfalse\n").Code);
    }

    /// <summary>Compiles one block as a file of an SDK project with implicit usings; returns the loaded assembly or the errors and warnings.</summary>
    private static (Assembly? Assembly, List<string> Errors) Compile(string code)
    {
        var trees = new[] { CatalogCompiler.ImplicitUsings, code }.Select(t => CSharpSyntaxTree.ParseText(t, new CSharpParseOptions(LanguageVersion.Latest))).ToList();
        var compilation = CSharpCompilation.Create("Snippet" + Guid.NewGuid().ToString("N"), trees, CatalogCompiler.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        var errors = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        if (!result.Success || errors.Count > 0) return (null, errors);
        pe.Position = 0;
        return (AssemblyLoadContext.Default.LoadFromStream(pe), errors);
    }

    /// <summary>
    /// Runs a block with bash (-euo pipefail) in a platform repository holding the samples as tenants/ and
    /// platform.yaml, with the built command line on PATH as <c>openclaw-manifests</c>, as a global tool install puts it.
    /// </summary>
    private static (int Code, string Output) RunInPlatformRepo(string code)
    {
        using var repo = new PlatformRepo().WithSettings();
        foreach (var f in Directory.GetFiles(RepoPaths.Samples, "*.yaml")) repo.Write("tenants/" + Path.GetFileName(f), File.ReadAllText(f));
        var shim = repo.Write(".tools/openclaw-manifests", $"#!/bin/sh\nexec dotnet '{CliRunner.Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var psi = new ProcessStartInfo("bash") { WorkingDirectory = repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-euo");
        psi.ArgumentList.Add("pipefail");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        psi.Environment["PATH"] = repo.Path(".tools") + ":" + Environment.GetEnvironmentVariable("PATH");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); return (-1, "timed out"); }
        return (p.ExitCode, stdout.Result + stderr);
    }
}
