using k8s.Models;

namespace OpenClaw.Manifests.Policy;

/// <summary>OCM0001, 0003, 0005, 0006 and 0010 on one pod spec.</summary>
internal static class PodChecks
{
    public static IEnumerable<Diagnostic> Check(string owner, V1PodSpec spec)
    {
        var hostUse = new List<string>();
        if (spec.HostNetwork == true) hostUse.Add(HostFacts.HostNetwork);
        if (spec.HostPID == true) hostUse.Add(HostFacts.HostPid);
        if (spec.HostIPC == true) hostUse.Add(HostFacts.HostIpc);
        foreach (var v in spec.Volumes ?? [])
            if (v.HostPath is not null) hostUse.Add($"hostPath volume '{v.Name}' ({v.HostPath.Path})");
        foreach (var c in AllContainers(spec))
            foreach (var m in c.VolumeMounts ?? [])
                if (HostFacts.FindRuntimeSocket(m.MountPath) is not null)
                    hostUse.Add($"a container-runtime socket at '{m.MountPath}'");
        if (hostUse.Count > 0)
            yield return Diagnostic.Create(RuleCatalog.HostAccess, owner, owner, string.Join(", ", hostUse));

        foreach (var c in AllContainers(spec))
        {
            var subject = $"{owner} container '{c.Name}'";
            if (!ImageDigestRule.IsPinned(c.Image))
                yield return Diagnostic.Create(RuleCatalog.ImageNotPinned, subject, c.Image ?? "");
            var weak = Unrestricted(c.SecurityContext, spec.SecurityContext);
            if (weak.Count > 0)
                yield return Diagnostic.Create(RuleCatalog.PrivilegedContainer, subject, c.Name, string.Join(", ", weak));
            var missing = MissingResources(c.Resources);
            if (missing.Count > 0)
                yield return Diagnostic.Create(RuleCatalog.MissingResources, subject, c.Name, string.Join(", ", missing));
            foreach (var e in c.Env ?? [])
                if (SecretHeuristics.IsSecretEnvValue(e.Name, e.Value))
                    yield return Diagnostic.Create(RuleCatalog.PlaintextSecret, subject, $"env '{e.Name}' of {subject}");
        }
    }

    private static IEnumerable<V1Container> AllContainers(V1PodSpec spec)
        => (spec.InitContainers ?? []).Concat(spec.Containers ?? []);

    private static List<string> Unrestricted(V1SecurityContext? sc, V1PodSecurityContext? pod)
    {
        var weak = new List<string>();
        if (sc is null) { weak.Add(RestrictedFacts.NoSecurityContext); return weak; }
        if (sc.Privileged == true) weak.Add(RestrictedFacts.Privileged);
        if (sc.AllowPrivilegeEscalation != false) weak.Add(RestrictedFacts.PrivilegeEscalation);
        if (sc.ReadOnlyRootFilesystem != true) weak.Add(RestrictedFacts.WritableRoot);
        if (sc.RunAsNonRoot != true && pod?.RunAsNonRoot != true) weak.Add(RestrictedFacts.MayRunAsRoot);
        if (sc.RunAsUser == 0 || (sc.RunAsUser is null && pod?.RunAsUser == 0)) weak.Add(RestrictedFacts.RootUid);
        if (sc.Capabilities?.Drop?.Contains(CapabilityFacts.DropAll) != true) weak.Add(RestrictedFacts.KeepsCapabilities);
        if (sc.Capabilities?.Add?.Where(CapabilityFacts.IsForbiddenToAdd).ToList() is { Count: > 0 } added) weak.Add(RestrictedFacts.AddsCapabilities + string.Join(", ", added));
        var seccomp = sc.SeccompProfile?.Type ?? pod?.SeccompProfile?.Type;
        if (!RestrictedFacts.SeccompTypes.Contains(seccomp)) weak.Add(RestrictedFacts.NoSeccomp);
        return weak;
    }

    private static List<string> MissingResources(V1ResourceRequirements? r)
    {
        var missing = new List<string>();
        foreach (var (kind, res) in ResourceFacts.Pairs)
        {
            var map = kind switch
            {
                "requests" => r?.Requests,
                "limits" => r?.Limits,
                _ => throw new InvalidOperationException($"ResourceFacts names '{kind}', which V1ResourceRequirements does not have"),
            };
            if (map is null || !map.ContainsKey(res)) missing.Add($"{res} {kind}");
        }
        return missing;
    }
}
