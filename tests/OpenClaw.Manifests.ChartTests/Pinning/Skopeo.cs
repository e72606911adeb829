using System.Diagnostics;

namespace OpenClaw.Manifests.ChartTests.Pinning;

/// <summary>Debian's <c>skopeo</c>, the real tool that puts the test images into the registry and deletes them.</summary>
internal static class Skopeo
{
    /// <summary>
    /// Copies <c>oci:DIR:TAG</c> to <c>docker://HOST/REPO:TAG</c>. <c>--all</c> copies every platform of an index and
    /// <c>--preserve-digests</c> refuses any conversion, so the registry holds exactly the manifests the layout has.
    /// </summary>
    public static void Push(OciLayout layout, string tag, string host, string repository, string? login = null)
        => Run(["copy", "--all", "--preserve-digests", "--dest-tls-verify=false", .. Creds("--dest-creds", login), $"oci:{layout.Dir}:{tag}", $"docker://{host}/{repository}:{tag}"]);

    /// <summary>Deletes the manifest a tag names (and so the tag).</summary>
    public static void Delete(string host, string repository, string tag, string? login = null)
        => Run(["delete", "--tls-verify=false", .. Creds("--creds", login), $"docker://{host}/{repository}:{tag}"]);

    private static string[] Creds(string option, string? login) => login is null ? [] : [option, login];

    private static void Run(string[] args)
    {
        // The machine's signature policy is not under test: these images are the test's own.
        var psi = new ProcessStartInfo("skopeo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("--insecure-policy");
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("skopeo not found on PATH: 'apt-get install -y skopeo' (.ci/run installs it when it is missing)", e);
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            if (!p.WaitForExit(120_000)) { p.Kill(); throw new TimeoutException("skopeo " + string.Join(' ', args[..2])); }
            if (p.ExitCode != 0) throw new InvalidOperationException($"skopeo {args[0]} failed ({p.ExitCode}):\n{stdout.Result}\n{stderr}");
        }
    }
}
