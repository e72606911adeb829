using OpenClaw.Manifests.ChartTests.Infrastructure;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>
/// Helm 3 and Helm 4 are both there, found in the documented order. When one is missing, this is the
/// one test that fails (with how to get Helm); the Helm tests are skipped (<see cref="HelmTheoryAttribute"/>).
/// </summary>
public sealed class HelmAvailabilityTests
{
    // Without the shared folder and without Helm elsewhere, SharedFolderTests already fails saying so: one red test.
    [HelmAvailabilityFact]
    public void Both_Helm_majors_are_available()
    {
        var problem = HelmLocator.Problem;
        Assert.True(problem is null, problem);
    }

    [HelmTheory]
    [InlineData(HelmMajor.Helm4, "v4.")]
    [InlineData(HelmMajor.Helm3, "v3.")]
    public void Each_major_reports_its_own_version(HelmMajor major, string prefix)
    {
        var found = HelmLocator.For(major);
        Assert.True(found.Binary is not null, found.Problem);
        Assert.StartsWith(prefix, found.Binary.Version, StringComparison.Ordinal);
    }

    private static string? SharedOrNull(HelmMajor major)
        => HelmLocator.Locate(major, _ => null, "", RepoPaths.Root).Binary?.Path;

    [Fact]
    public void The_variable_comes_first_then_PATH_then_the_shared_tools()
    {
        var shared4 = SharedOrNull(HelmMajor.Helm4);
        var shared3 = SharedOrNull(HelmMajor.Helm3);
        Assert.True(shared4 is not null && shared3 is not null, "this test needs ../shared/tools/bin/helm and helm3");
        using var dir = new TempDir();
        // A PATH folder whose 'helm' is really Helm 3: found before the shared one, then refused for the wrong major.
        var bin = Path.Combine(dir.Path, "bin");
        Directory.CreateDirectory(bin);
        var impostor = Path.Combine(bin, "helm");
        File.WriteAllText(impostor, $"#!/bin/sh\nexec '{shared3}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(impostor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var fromVariable = HelmLocator.Locate(HelmMajor.Helm4, v => v == "HELM" ? shared4 : null, bin, RepoPaths.Root);
        Assert.Equal(shared4, fromVariable.Binary?.Path);

        var fromPath = HelmLocator.Locate(HelmMajor.Helm4, _ => null, bin, RepoPaths.Root);
        Assert.Null(fromPath.Binary);
        Assert.Contains("helm on PATH", fromPath.Problem);
        Assert.Contains("is Helm v3.", fromPath.Problem);

        var fromShared = HelmLocator.Locate(HelmMajor.Helm3, _ => null, bin, RepoPaths.Root);
        Assert.Equal(shared3, fromShared.Binary?.Path);
    }

    [Fact]
    public void Nothing_found_says_how_to_get_Helm()
    {
        using var dir = new TempDir();
        // A repository root without ../shared beside it, an empty PATH and no variable.
        var root = Path.Combine(dir.Path, "repo");
        Directory.CreateDirectory(root);
        var none = HelmLocator.Locate(HelmMajor.Helm3, _ => null, "", root);
        Assert.Null(none.Binary);
        Assert.Contains("Helm 3 not found: set HELM3", none.Problem);
        Assert.Contains("../shared/tools/bin/helm3", none.Problem);
        Assert.Contains("https://github.com/helm/helm/releases", none.Problem);

        var broken = HelmLocator.Locate(HelmMajor.Helm4, v => v == "HELM" ? Path.Combine(root, "no-such-helm") : null, "", root);
        Assert.Null(broken.Binary);
        Assert.Contains("$HELM", broken.Problem);
        Assert.Contains("does not run", broken.Problem);
    }
}

/// <summary>Skipped only when the shared folder is missing too, which <see cref="SharedFolderTests"/> reports.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HelmAvailabilityFactAttribute : FactAttribute
{
    public HelmAvailabilityFactAttribute()
    {
        if (SharedFolder.Problem is not null && HelmLocator.Problem is not null) Skip = "the shared folder is missing (Helm with it); SharedFolderTests says what to do";
    }
}
