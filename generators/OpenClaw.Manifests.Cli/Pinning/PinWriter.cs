namespace OpenClaw.Manifests.Cli.Pinning;

/// <summary>
/// Writes every pinned file or none. Each new file is staged beside its original (same folder, so the rename is
/// atomic, with the original's permissions); every original is checked to be still as it was read; then the staged
/// files replace them. A failure part-way puts back the originals already replaced.
/// </summary>
internal static class PinWriter
{
    public static void WriteAll(IReadOnlyList<(SourceFile File, byte[] Bytes)> files)
    {
        var staged = new List<(SourceFile File, string Temp)>();
        try
        {
            foreach (var (file, bytes) in files)
            {
                var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.Path))!, $".{Path.GetFileName(file.Path)}.pin-{Guid.NewGuid():N}.tmp");
                staged.Add((file, temp));
                using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    fs.Write(bytes);
                    fs.Flush(flushToDisk: true);
                }
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(file.Path));
            }
            // Someone (an editor, another pin) changed a file after it was read: its edit would be lost.
            foreach (var (file, _) in staged)
                if (!File.ReadAllBytes(file.Path).AsSpan().SequenceEqual(file.Original))
                    throw new IOException($"{file.Path} changed while pin ran; nothing was written, run pin again");
            var replaced = new List<SourceFile>();
            try
            {
                foreach (var (file, temp) in staged)
                {
                    File.Move(temp, file.Path, overwrite: true);
                    replaced.Add(file);
                }
            }
            catch
            {
                foreach (var file in replaced) File.WriteAllBytes(file.Path, file.Original);
                throw;
            }
        }
        finally
        {
            foreach (var (_, temp) in staged) File.Delete(temp);
        }
    }
}
