using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Output;

/// <summary>
/// <c>generate --check</c> re-renders every tenant and compares bytes: it trusts nothing in the output folder, not
/// its sizes nor its modification times. A hand edit that keeps a file's size and time is caught, and so are a
/// missing file and an extra one.
/// </summary>
public class CheckRerendersTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ocm-check-").FullName;

    private string Out => Path.Combine(_work, "out");

    private static string Settings => Path.Combine(RepoPaths.Root, "samples", "platform.yaml");

    private CliResult Generate(bool check)
        => CliRunner.RunProcess(RepoPaths.Root, null, ["generate", "--tenants", RepoPaths.Samples, "--settings", Settings, "--out", Out, .. check ? new[] { "--check" } : []]);

    private void Fresh()
    {
        var first = Generate(check: false);
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        var clean = Generate(check: true);
        Assert.True(clean.ExitCode == 0, clean.Stdout + clean.Stderr);
    }

    [Fact]
    public void A_same_size_edit_with_the_old_modification_time_is_caught()
    {
        Fresh();
        var file = Path.Combine(Out, "tenants", "acme", "rendered.yaml");
        HandEdit.SameSizeKeepingTime(file);

        var check = Generate(check: true);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changed: tenants/acme/rendered.yaml", check.Stderr);
        Assert.Contains("+  replicas: 1", check.Stdout);
        Assert.Contains("is stale: 0 added, 1 changed, 0 removed", check.Stderr);
    }

    [Fact]
    public void A_deleted_file_and_an_extra_file_are_caught()
    {
        Fresh();
        File.Delete(Path.Combine(Out, "tenants", "globex", "values.yaml"));
        File.WriteAllText(Path.Combine(Out, "tenants", "acme", "notes.yaml"), "hand-written: true\n");

        var check = Generate(check: true);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("added:   tenants/globex/values.yaml", check.Stderr);
        Assert.Contains("removed: tenants/acme/notes.yaml", check.Stderr);
        Assert.Contains("is stale: 1 added, 0 changed, 1 removed", check.Stderr);

        // generate puts both right again, and check is clean after it.
        Assert.Equal(0, Generate(check: false).ExitCode);
        Assert.Equal(0, Generate(check: true).ExitCode);
        Assert.False(File.Exists(Path.Combine(Out, "tenants", "acme", "notes.yaml")));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
