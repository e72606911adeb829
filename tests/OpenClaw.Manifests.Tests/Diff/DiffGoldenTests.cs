using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Diff;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Testing;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>
/// Approved summaries (Golden/*.verified.md, read like code) of hand-made changes, each rendered by the real pipeline
/// from tenants before and after; the assertions beside each say what the approved file must show.
/// </summary>
public class DiffGoldenTests
{
    private static ChangeSummary Approve(string name, (FileTree Base, FileTree Head) trees)
    {
        var summary = DiffTrees.Summary(trees.Base, trees.Head);
        ApprovedSnapshot.Match(DiffTrees.VersionFree(SummaryText.Markdown(summary)), Path.Combine(RepoPaths.Root, "tests", "OpenClaw.Manifests.Tests", "Diff", "Golden", name + ".verified.md"));
        return summary;
    }

    [Fact]
    public void One_tenants_RBAC_widened()
    {
        var summary = Approve("rbac-widened", DiffScenarios.RbacWidened());
        var entry = Assert.Single(summary.Security);
        Assert.Equal((ChangeRules.Rbac, Direction.Widening, "Role/openclaw-controller"), (entry.Rule, entry.Direction, entry.Object));
        Assert.Equal("gained `pods/exec` create", entry.Message);
        Assert.Equal(["globex"], entry.Tenants);
        Assert.True(summary.Changes.SecurityRelevant);
    }

    [Fact]
    public void A_default_changed_for_all_tenants_is_one_entry()
    {
        var summary = Approve("default-changed-for-all", DiffScenarios.DefaultChangedForAll());
        Assert.Empty(summary.Security);
        var group = Assert.Single(summary.Groups);
        Assert.Equal(["acme", "globex", "initech"], group.Tenants);
        Assert.Contains(group.Items, i => i.Text == "`spec.template.spec.containers[controller].env[IDLE_TIMEOUT_MINUTES].value`: 30 → 45");
        Assert.False(summary.Changes.SecurityRelevant);
    }

    [Fact]
    public void An_image_digest_bump_shows_both_digests_and_compares_the_pod_template_as_a_pod()
    {
        var summary = Approve("image-digest-bumped", DiffScenarios.ImageDigestBumped());
        var entry = Assert.Single(summary.Security);
        Assert.Equal((ChangeRules.Image, Direction.Neutral, "ConfigMap/openclaw-pod-template"), (entry.Rule, entry.Direction, entry.Object));
        Assert.Contains("`data['pod-template.yaml'].spec.containers[runtime].image`", entry.Message, StringComparison.Ordinal);
        Assert.Contains(TestTenants.RuntimeDigest, entry.Message, StringComparison.Ordinal);
        Assert.Contains(DiffScenarios.NewRuntimeDigest, entry.Message, StringComparison.Ordinal);
        Assert.Equal(3, entry.Tenants.Count);
    }

    [Fact]
    public void A_tenant_added_and_another_removed()
    {
        var summary = Approve("tenant-added-and-removed", DiffScenarios.TenantAddedAndRemoved());
        Assert.Equal(["initech"], summary.AddedTenants);
        Assert.Equal(["globex"], summary.RemovedTenants);
        Assert.All(summary.Security, e => Assert.Equal(ChangeRules.Tenants, e.Rule));
        Assert.Equal(2, summary.Security.Count);
        Assert.True(summary.Changes.SecurityRelevant);
    }

    [Fact]
    public void An_egress_CIDR_narrowed_is_marked_as_tightening()
    {
        var summary = Approve("egress-cidr-narrowed", DiffScenarios.EgressCidrNarrowed());
        var entry = Assert.Single(summary.Security);
        Assert.Equal((ChangeRules.Network, Direction.Tightening, "NetworkPolicy/openclaw-runtime-egress"), (entry.Rule, entry.Direction, entry.Object));
        Assert.Equal("egress on 443/TCP narrowed from 0.0.0.0/0 to 10.20.0.0/16", entry.Message);
        // Tightening is shown, and is no reason for a second approver.
        Assert.False(summary.Changes.SecurityRelevant);
    }

    [Fact]
    public void A_chart_only_change_is_summarised_once_with_the_version_warning()
    {
        var summary = Approve("chart-only", DiffScenarios.ChartOnly());
        Assert.Empty(summary.Changes.Tenants);
        var file = Assert.Single(summary.Changes.Chart.Files);
        Assert.Equal(("templates/NOTES.txt", ChangeKind.Changed, 1, 0), (file.Path, file.Kind, file.LinesAdded, file.LinesRemoved));
        Assert.True(summary.Changes.Chart.VersionNotBumped);
    }

    [Fact]
    public void The_version_warning_goes_when_the_version_is_bumped()
    {
        var tree = DiffTrees.Build(DiffTrees.Three());
        var bumped = DiffTrees.Edit(tree, "bp-openclaw/Chart.yaml", s => s.Replace("version: " + OpenClaw.Manifests.Rendering.Names.ChartVersion, "version: 99.0.0", StringComparison.Ordinal));
        var summary = DiffTrees.Summary(tree, bumped);
        Assert.True(summary.Changes.Chart.ContentChanged);
        Assert.False(summary.Changes.Chart.VersionNotBumped);
        Assert.DoesNotContain("WARNING", SummaryText.Markdown(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_format_has_the_same_parts_without_markup()
    {
        var (@base, head) = DiffScenarios.RbacWidened();
        var text = SummaryText.Plain(DiffTrees.Summary(@base, head));
        ApprovedSnapshot.Match(DiffTrees.VersionFree(text), Path.Combine(RepoPaths.Root, "tests", "OpenClaw.Manifests.Tests", "Diff", "Golden", "rbac-widened.verified.txt"));
        Assert.DoesNotContain("<details>", text, StringComparison.Ordinal);
    }
}
