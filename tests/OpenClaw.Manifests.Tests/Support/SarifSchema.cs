using System.Diagnostics;

namespace OpenClaw.Manifests.Tests.Support;

/// <summary>
/// The SARIF 2.1.0 JSON schema, as the npm package @microsoft/jest-sarif (Microsoft's SARIF matchers) serves it
/// (lib/schemas/sarif-2.1.0-rtm.5.json, the OASIS release schema). Fetched once with the ordinary npm client
/// into the test output folder; npm checks the package's integrity.
/// </summary>
internal static class SarifSchema
{
    private const string Package = "@microsoft/jest-sarif@1.0.0-beta.0";
    private const string FileInPackage = "package/lib/schemas/sarif-2.1.0-rtm.5.json";

    private static readonly Lazy<string> Lazy = new(Fetch);

    public static string Path => Lazy.Value;

    private static string Fetch()
    {
        var dir = System.IO.Path.Combine(AppContext.BaseDirectory, "sarif-schema");
        var schema = System.IO.Path.Combine(dir, FileInPackage);
        if (File.Exists(schema)) return schema;
        Directory.CreateDirectory(dir);
        Run(dir, "npm", "pack", Package, "--silent");
        var tarball = Directory.GetFiles(dir, "*.tgz").Single();
        Run(dir, "tar", "xzf", tarball, FileInPackage);
        return File.Exists(schema) ? schema : throw new FileNotFoundException($"{Package} holds no {FileInPackage}");
    }

    private static void Run(string dir, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException($"the SARIF schema comes from the npm package {Package}, and '{file}' is needed to fetch it: {e.Message}"); }
        using (p)
        {
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {error}{output.Result}");
        }
    }
}
