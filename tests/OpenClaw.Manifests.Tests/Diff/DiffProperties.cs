using System.Text.Json.Nodes;
using CsCheck;
using k8s;
using OpenClaw.Manifests.Generation;
using OpenClaw.Manifests.Generation.Diff;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Properties;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>
/// For random pairs of generated tenant sets, the summary's object-level changes (the JSON's <c>objects</c>) are
/// exactly the objects whose canonical JSON differs between the two renders: nothing missed, nothing invented.
/// </summary>
public class DiffProperties
{
    private static readonly int Iterations = PropertyIterations.Or(100);

    // What happens to a base tenant in the head set: kept, dropped, replaced by another generated tenant of the same
    // name (many objects change), or one setting changed (a few objects change).
    private enum Fate { Keep, Drop, Replace, Tweak }

    private static readonly Gen<(Tenant[] Base, Tenant[] Head)> Pairs =
        Gen.Select(TenantGen.Tenant.Array[0, 4], TenantGen.Tenant.Array[0, 4], Gen.Enum<Fate>().Array[4], Gen.Int[0, 3].Array[4])
            .Select(x =>
            {
                var (first, second, fates, tweaks) = x;
                var @base = first.DistinctBy(t => t.Name.Value).ToArray();
                var head = new List<Tenant>();
                for (var i = 0; i < @base.Length; i++)
                {
                    switch (fates[i])
                    {
                        case Fate.Keep: head.Add(@base[i]); break;
                        case Fate.Replace when i < second.Length: head.Add(second[i] with { Name = @base[i].Name }); break;
                        case Fate.Tweak or Fate.Replace: head.Add(Tweak(@base[i], tweaks[i])); break;
                    }
                }
                // Tenants of the second set under names the base does not have are added.
                head.AddRange(second.Where(t => @base.All(b => b.Name.Value != t.Name.Value)).DistinctBy(t => t.Name.Value));
                return (@base, head.DistinctBy(t => t.Name.Value).ToArray());
            });

    private static Tenant Tweak(Tenant t, int which) => which switch
    {
        0 => t with { Controller = t.Controller with { Replicas = t.Controller.Replicas % 3 + 1 } },
        1 => t with { Quota = t.Quota with { Pods = t.Quota.Pods + 1 } },
        2 => t with { Rbac = new RbacSettings { ExtraRules = [.. t.Rbac.ExtraRules, RbacRule.For("", "secrets").WithVerbs("get")] } },
        _ => t with { Runtime = t.Runtime with { IdleTimeoutMinutes = t.Runtime.IdleTimeoutMinutes + 1 } },
    };

    [Fact]
    public void The_object_level_changes_are_exactly_the_objects_whose_canonical_JSON_differs()
    {
        Pairs.Sample(pair =>
        {
            var (@base, head) = pair;
            AssertExact(@base, head, JsonNode.Parse(SummaryJson.Write(DiffTrees.Summary(Tree(@base), Tree(head))))!);
        }, iter: Iterations);
    }

    [Fact]
    public void The_property_fails_on_a_summary_that_misses_or_invents_an_object()
    {
        var before = DiffTrees.Three();
        var after = before.Select(t => Tweak(t, 1)).ToArray();
        var json = JsonNode.Parse(SummaryJson.Write(DiffTrees.Summary(Tree(before), Tree(after))))!;
        AssertExact(before, after, json);
        var missed = json.DeepClone();
        missed["objects"]!.AsArray().RemoveAt(0);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertExact(before, after, missed));
        var invented = json.DeepClone();
        invented["objects"]!.AsArray().Add(new JsonObject { ["tenant"] = "acme", ["kind"] = "Service", ["namespace"] = "org-acme", ["name"] = "openclaw-controller", ["change"] = "changed" });
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertExact(before, after, invented));
    }

    private static void AssertExact(Tenant[] @base, Tenant[] head, JsonNode summary)
    {
        var reported = summary["objects"]!.AsArray()
            .Select(o => $"{o!["tenant"]}|{o["kind"]}/{o["namespace"]}/{o["name"]}|{o["change"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Expected(@base, head), reported);
    }

    private static FileTree Tree(Tenant[] tenants)
    {
        var tree = new FileTree();
        foreach (var t in tenants) tree.Add($"tenants/{t.Name.Value}/rendered.yaml", TenantRenderer.Render(t).ToYaml());
        return tree;
    }

    // Straight from the renderer's objects, without YAML: identity and canonical JSON of each.
    private static List<string> Expected(Tenant[] @base, Tenant[] head)
    {
        var before = Objects(@base);
        var after = Objects(head);
        var result = new List<string>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var change = !before.TryGetValue(key, out var a) ? "added" : !after.TryGetValue(key, out var b) ? "removed" : a == b ? null : "changed";
            if (change is not null) result.Add($"{key}|{change}");
        }
        return result.Order(StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, string> Objects(Tenant[] tenants) => tenants
        .SelectMany(t => TenantRenderer.BuildObjects(t).Select(o => (Key: $"{t.Name.Value}|{o.Kind}/{o.Metadata.NamespaceProperty}/{o.Metadata.Name}", Json: CanonicalJson.Write(JsonNode.Parse(KubernetesJson.Serialize(o))))))
        .ToDictionary(x => x.Key, x => x.Json);
}
