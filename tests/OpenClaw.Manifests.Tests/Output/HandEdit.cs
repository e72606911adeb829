namespace OpenClaw.Manifests.Tests.Output;

/// <summary>Edits of generated files that a stat cannot see, for the tests that --check still catches them.</summary>
internal static class HandEdit
{
    /// <summary>
    /// Turns <c>replicas: 1</c> into <c>replicas: 9</c> in <paramref name="file"/>: the same length, and the old
    /// modification time restored. Returns the file's text before the edit.
    /// </summary>
    public static string SameSizeKeepingTime(string file)
    {
        var time = File.GetLastWriteTimeUtc(file);
        var text = File.ReadAllText(file);
        var tampered = text.Replace("replicas: 1", "replicas: 9", StringComparison.Ordinal);
        Assert.NotEqual(text, tampered);
        File.WriteAllText(file, tampered);
        File.SetLastWriteTimeUtc(file, time);
        Assert.Equal(new FileInfo(file).Length, System.Text.Encoding.UTF8.GetByteCount(text));
        return text;
    }
}
