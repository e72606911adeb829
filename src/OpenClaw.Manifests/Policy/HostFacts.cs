// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable
using System;
using System.Text.RegularExpressions;

namespace OpenClaw.Manifests.Policy;

/// <summary>The facts behind OCM0006: which pod fields and which paths reach into the node.</summary>
internal static class HostFacts
{
    /// <summary>The pod-spec field that shares the node's network namespace (YAML name; C# capitalizes it).</summary>
    public const string HostNetwork = "hostNetwork";

    /// <summary>The pod-spec field that shares the node's process namespace.</summary>
    public const string HostPid = "hostPID";

    /// <summary>The pod-spec field that shares the node's IPC namespace.</summary>
    public const string HostIpc = "hostIPC";

    /// <summary>The three host-namespace fields.</summary>
    public static readonly string[] HostNamespaceFields = { HostNetwork, HostPid, HostIpc };

    /// <summary>
    /// Container-runtime API sockets: whoever reaches one can start a privileged container on the node. The union of
    /// Kyverno's disallow-container-sock-mounts (docker, containerd, cri-o, cri-dockerd) and Podman's API socket.
    /// </summary>
    public static readonly string[] RuntimeSockets = { "docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "podman.sock" };

    /// <summary>The YAML name of a host-namespace field given its C# property name (<c>HostPID</c>), or null.</summary>
    public static string? HostNamespaceField(string? propertyName)
    {
        foreach (var field in HostNamespaceFields)
        {
            if (string.Equals(field, propertyName, StringComparison.OrdinalIgnoreCase))
                return field;
        }

        return null;
    }

    // A character that can be part of a file name next to a socket name: "my-docker.sock" or "docker.sock.bak" is another file.
    private const string FileNameChar = "[A-Za-z0-9._-]";
    private const string NotFileNameChar = "[^A-Za-z0-9._-]";

    private static readonly string SocketAlternatives = string.Join("|", Array.ConvertAll(RuntimeSockets, Regex.Escape));

    /// <summary>
    /// A runtime socket named as a whole file name, in RE2 syntax for CEL's <c>matches()</c> in the admission policies.
    /// RE2 has no lookahead, so the right boundary is a non-file-name character or '$' (in RE2 only the end of the
    /// text); case-sensitive, as Linux paths are.
    /// </summary>
    public static readonly string RuntimeSocketRe2 = "(^|" + NotFileNameChar + ")(" + SocketAlternatives + ")(" + NotFileNameChar + "|$)";

    // .NET: the same alternatives, the right boundary as a lookahead (.NET's '$' also matches before a final newline).
    private static readonly Regex RuntimeSocket = new Regex(
        "(?:^|" + NotFileNameChar + ")(?<socket>" + SocketAlternatives + ")(?!" + FileNameChar + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The runtime socket <paramref name="text"/> names as a whole file name (a mount path, <c>unix:///var/run/docker.sock</c>,
    /// <c>-v /var/run/docker.sock:/x</c>), or null. Compared ordinally: Linux paths are case-sensitive, so
    /// <c>Docker.sock</c> is another file; and <c>my-docker.sock</c> or <c>docker.sock.bak</c> is not the socket either.
    /// </summary>
    public static string? FindRuntimeSocket(string? text)
    {
        // Every socket name ends in ".sock": one ordinal scan rules out almost every string.
        if (text is null || text.IndexOf(".sock", StringComparison.Ordinal) < 0)
            return null;
        var m = RuntimeSocket.Match(text);
        return m.Success ? m.Groups["socket"].Value : null;
    }
}
