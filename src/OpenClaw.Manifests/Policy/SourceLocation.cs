namespace OpenClaw.Manifests.Policy;

/// <summary>A 1-based position in a source file.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The compiler's <c>file(line,col)</c> form.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
