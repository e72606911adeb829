using System.Text;
using DiffPlex.Renderer;

namespace OpenClaw.Manifests.Testing;

/// <summary>Thrown when output differs from its approved snapshot, or no snapshot was approved yet.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);

/// <summary>
/// Approved-file snapshots with Verify's conventions (Verify itself is not obtainable here):
/// <c>name.verified.ext</c> is committed beside the test; on a mismatch <c>name.received.ext</c> is
/// written next to it and the failure carries a unified diff; a missing verified file fails. Approve by
/// reviewing the received file and renaming it. Nothing is ever approved automatically.
/// </summary>
public static class ApprovedSnapshot
{
    /// <summary>Asserts <paramref name="actual"/> equals the approved file <paramref name="verifiedPath"/> (LF-normalized).</summary>
    public static void Match(string actual, string verifiedPath)
    {
        if (!verifiedPath.Contains(".verified.", StringComparison.Ordinal))
            throw new ArgumentException("the approved file's name must contain '.verified.'", nameof(verifiedPath));
        var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        actual = Normalize(actual);
        if (!File.Exists(verifiedPath))
        {
            WriteReceived(receivedPath, actual);
            throw new SnapshotMismatchException($"No approved snapshot at {verifiedPath}. Review {receivedPath} and rename it to approve.");
        }
        var expected = Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8));
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        WriteReceived(receivedPath, actual);
        var diff = UnidiffRenderer.GenerateUnidiff(expected, actual, verifiedPath, receivedPath, false, false, 3);
        throw new SnapshotMismatchException($"Output differs from the approved snapshot {verifiedPath} (received: {receivedPath}):\n{diff}");
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void WriteReceived(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
