namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// One image reference in a tenant source file: where it is (1-based line and column, for diagnostics; character
/// offsets <see cref="Start"/>..<see cref="End"/> of the characters that hold it) and how to write another value
/// there. <see cref="Replacement"/> gives the new characters for a value, or null when they cannot be changed
/// without touching more of the file.
/// </summary>
internal sealed record ImageSite(string File, int Line, int Column, string What, string Value, int Start, int End, Func<string, string?> Replacement)
{
    public string At => $"{File}({Line},{Column})";
}
