namespace OpenClaw.Manifests.Cli.Inputs;

/// <summary>Checks that named inputs exist before any work starts (a missing path is a usage error, exit 2).</summary>
internal static class PathArguments
{
    public static bool AllExist(IEnumerable<string> paths, TextWriter stderr)
    {
        var ok = true;
        foreach (var p in paths)
        {
            if (File.Exists(p) || Directory.Exists(p)) continue;
            stderr.WriteLine($"error: no such file or folder: {p}");
            ok = false;
        }
        return ok;
    }
}
