using System.Diagnostics;
using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// The shared folder is there. Without it, this is the one test that fails, naming what is missing; the tests that
/// need it are skipped instead of failing one by one with the same stack trace.
/// </summary>
public sealed class SharedFolderTests
{
    [Fact]
    public void The_shared_folder_is_there() => Assert.True(SharedFolder.Problem is null, SharedFolder.Problem);

    [SharedFact]
    public void Without_the_shared_folder_one_test_fails_and_says_what_is_missing()
    {
        // The suite's shared-tool users, run as a separate test process with the shared folder pointed at nothing and
        // no Helm from the environment: exactly one failure, and it names the missing folder.
        using var empty = new TempDir();
        var filter = "(FullyQualifiedName~SharedFolderTests|FullyQualifiedName~HelmAvailabilityTests|FullyQualifiedName~ArgoDeliveryTests|FullyQualifiedName~UpgradeTests|FullyQualifiedName~StrictSchemaTests)"
            + "&FullyQualifiedName!~Without_the_shared_folder";
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        foreach (var a in new[] { "test", typeof(SharedFolderTests).Assembly.Location, "--filter", filter }) psi.ArgumentList.Add(a);
        psi.Environment[SharedFolder.Variable] = System.IO.Path.Combine(empty.Path, "no-shared");
        psi.Environment["HELM"] = "";
        psi.Environment["HELM3"] = "";
        psi.Environment["PATH"] = string.Join(System.IO.Path.PathSeparator, (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Where(dir => !File.Exists(System.IO.Path.Combine(dir, "helm")) && !File.Exists(System.IO.Path.Combine(dir, "helm3"))));
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException("the test run without the shared folder did not finish in 300 s"); }
        var output = stdout.Result + stderr.Result;
        Assert.NotEqual(0, p.ExitCode);
        Assert.Matches(@"Failed:\s+1,", output);
        Assert.Contains("The shared folder is missing", output, StringComparison.Ordinal);
        Assert.Contains("The_shared_folder_is_there", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Skipped:\s+0,", output);
    }
}
