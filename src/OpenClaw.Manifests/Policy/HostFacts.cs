// Shared with the analyzers (netstandard2.0): keep dependency-free.
#nullable enable
using System;

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
        foreach (var socket in RuntimeSockets)
        {
            for (var at = text.IndexOf(socket, StringComparison.Ordinal); at >= 0; at = text.IndexOf(socket, at + 1, StringComparison.Ordinal))
            {
                var end = at + socket.Length;
                if ((at == 0 || !IsFileNameChar(text[at - 1])) && (end == text.Length || !IsFileNameChar(text[end])))
                    return socket;
            }
        }

        return null;
    }

    private static bool IsFileNameChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-';
}
