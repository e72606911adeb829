using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>The hand-made changes of the golden summaries, each a base and a head tree from the real pipeline.</summary>
internal static class DiffScenarios
{
    public const string NewRuntimeDigest = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c";

    public static readonly RbacRule PodsExec = RbacRule.For("", "pods/exec").WithVerbs("create");

    private static (FileTree, FileTree) Change(Func<Tenant, Tenant> change, params string[] names)
    {
        var before = DiffTrees.Three();
        var after = before.Select(t => names.Length == 0 || names.Contains(t.Name.Value) ? change(t) : t).ToArray();
        return (DiffTrees.Build(before), DiffTrees.Build(after));
    }

    public static (FileTree Base, FileTree Head) RbacWidened() => Change(t => t with { Rbac = new RbacSettings { ExtraRules = [PodsExec] } }, "globex");

    public static (FileTree Base, FileTree Head) DefaultChangedForAll() => Change(t => t with { Runtime = t.Runtime with { IdleTimeoutMinutes = 45 } });

    public static (FileTree Base, FileTree Head) ImageDigestBumped()
        => Change(t => t with { Images = t.Images with { Runtime = ImageReference.Parse("ghcr.io/openova-io/openova/openclaw-runtime@sha256:" + NewRuntimeDigest) } });

    public static (FileTree Base, FileTree Head) TenantAddedAndRemoved()
    {
        var three = DiffTrees.Three();
        return (DiffTrees.Build(three[0], three[1]), DiffTrees.Build(three[0], three[2]));
    }

    public static (FileTree Base, FileTree Head) EgressCidrNarrowed() => Change(t => t with { Network = new NetworkSettings { LlmCidrs = ["10.20.0.0/16"] } }, "globex");

    public static (FileTree Base, FileTree Head) ChartOnly()
    {
        var tree = DiffTrees.Build(DiffTrees.Three());
        return (tree, DiffTrees.Edit(tree, "bp-openclaw/templates/NOTES.txt", s => s + "Read the chart README before upgrading.\n"));
    }

    public static IEnumerable<(string Name, Func<(FileTree Base, FileTree Head)> Make)> All =>
    [
        ("rbac-widened", RbacWidened), ("default-changed-for-all", DefaultChangedForAll), ("image-digest-bumped", ImageDigestBumped),
        ("tenant-added-and-removed", TenantAddedAndRemoved), ("egress-cidr-narrowed", EgressCidrNarrowed), ("chart-only", ChartOnly),
    ];
}
