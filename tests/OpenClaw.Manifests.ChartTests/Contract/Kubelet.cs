using k8s.Models;

namespace OpenClaw.Manifests.ChartTests.Contract;

/// <summary>
/// What the kubelet puts into a container's file system from ConfigMap volumes: each key (or each listed item) as
/// a file under the mount path, or the one key named by subPath at the mount path itself. A missing ConfigMap that
/// is not optional keeps the pod from starting at all.
/// </summary>
internal static class Kubelet
{
    public static Dictionary<string, string> ConfigMapFiles(V1PodSpec spec, V1Container container, IReadOnlyDictionary<string, V1ConfigMap> configMaps, List<string> problems)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mount in container.VolumeMounts ?? [])
        {
            var volume = spec.Volumes?.FirstOrDefault(v => v.Name == mount.Name);
            if (volume is null) { problems.Add($"volumeMount '{mount.Name}' names no volume: the pod is invalid"); continue; }
            if (volume.ConfigMap is not { } source) continue;
            if (!configMaps.TryGetValue(source.Name, out var cm))
            {
                if (source.Optional != true) problems.Add($"ConfigMap '{source.Name}' does not exist: the kubelet cannot start the pod");
                continue;
            }
            var items = source.Items is { Count: > 0 }
                ? source.Items.Select(i => (i.Key, i.Path)).ToList()
                : (cm.Data ?? new Dictionary<string, string>()).Keys.Select(k => (Key: k, Path: k)).ToList();
            foreach (var (key, path) in items)
            {
                if (cm.Data is null || !cm.Data.TryGetValue(key, out var content)) continue;
                if (mount.SubPath is { Length: > 0 } sub) { if (sub == path) files[mount.MountPath] = content; }
                else files[mount.MountPath.TrimEnd('/') + "/" + path] = content;
            }
        }
        return files;
    }
}
