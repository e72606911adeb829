using k8s;
using k8s.Models;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;
using OpenClaw.Manifests.Tests.Support;

namespace OpenClaw.Manifests.Tests.Policy;

/// <summary>Render time refuses a pod template the controller could not use (README "Runtime contract").</summary>
public class PodTemplateContractTests
{
    private static List<Diagnostic> CheckWithTemplate(Func<string, string> edit)
    {
        var objects = TenantRenderer.BuildObjects(TestTenants.Minimal()).ToList();
        var cm = objects.OfType<V1ConfigMap>().Single();
        var before = cm.Data[Names.PodTemplateKey];
        cm.Data[Names.PodTemplateKey] = edit(before);
        Assert.NotEqual(before, cm.Data[Names.PodTemplateKey]);
        return ObjectPolicy.Check(TestTenants.Minimal(), objects).ToList();
    }

    [Theory]
    [InlineData("metadata:\n", "metadata:\n  annotations:\n    a: \"b\"\n", "must not carry metadata.annotations")]
    [InlineData("metadata:\n", "metadata:\n  annotations: {}\n", "must not carry metadata.annotations")]
    [InlineData("  name: \"openclaw-user-${USER_UUID}\"\n", "  generateName: \"openclaw-session-\"\n", "must be named openclaw-user-${USER_UUID}")]
    [InlineData("component: \"per-user-pod\"", "component: \"runtime\"", "the idle reaper selects pods by them")]
    [InlineData("    catalyst.openova.io/blueprint: \"bp-openclaw\"\n", "", "the idle reaper selects pods by them")]
    public void A_template_the_controller_cannot_use_is_OCM0105(string from, string to, string why)
    {
        var d = CheckWithTemplate(t => t.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(d, x => x.Rule.Id == "OCM0105" && x.Message.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_in_flow_style_has_no_metadata_line()
    {
        // JSON is YAML too, but the controller would find no "metadata:" line to put its annotation after.
        var d = CheckWithTemplate(t => KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Pod>(t)));
        Assert.Contains(d, x => x.Rule.Id == "OCM0105" && x.Message.Contains("a line that is exactly 'metadata:'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_the_pod_type_does_not_know_is_refused()
    {
        var d = CheckWithTemplate(t => t.Replace("  restartPolicy:", "  restartPolicyy:", StringComparison.Ordinal));
        Assert.Contains(d, x => x.Rule.Id == "OCM0105" && x.Message.Contains("not a valid Pod in YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stamped_pod_is_checked_like_the_template()
    {
        var objects = TenantRenderer.BuildObjects(TestTenants.Minimal()).ToList();
        var text = objects.OfType<V1ConfigMap>().Single().Data[Names.PodTemplateKey]
            .Replace("${USER_UUID}", "0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d", StringComparison.Ordinal)
            .Replace("${SECRET_NAME}", "newapi-key-0b9a2c1e-2f6d-4a3b-9c8d-7e6f5a4b3c2d", StringComparison.Ordinal);
        var pod = KubernetesYaml.Deserialize<V1Pod>(text);
        IKubernetesObject<V1ObjectMeta>[] withPolicies = [pod, .. objects.OfType<V1NetworkPolicy>()];
        // Names with the user's UUID in them are not high-entropy credentials.
        Assert.Empty(ObjectPolicy.Check(TestTenants.Minimal(), withPolicies));
        pod.Spec.Containers[0].SecurityContext.Privileged = true;
        pod.Spec.HostPID = true;
        var d = ObjectPolicy.Check(TestTenants.Minimal(), withPolicies).Select(x => x.Rule.Id).ToList();
        Assert.Contains("OCM0005", d);
        Assert.Contains("OCM0006", d);
        Assert.Contains("OCM0009", ObjectPolicy.Check(TestTenants.Minimal(), [pod]).Select(x => x.Rule.Id));
    }

    [Fact]
    public void Only_a_checksum_annotation_holding_a_sha256_is_exempt_from_the_secret_scan()
    {
        var objects = TenantRenderer.BuildObjects(TestTenants.Minimal()).ToList();
        Assert.Empty(ObjectPolicy.Check(TestTenants.Minimal(), objects));
        var annotations = objects.OfType<V1Deployment>().Single().Spec.Template.Metadata.Annotations;
        annotations["checksum/pod-template"] = "sk-proj-4f9Kq2LmX8vN3rT6yW1zB5cD";
        Assert.Contains(ObjectPolicy.Check(TestTenants.Minimal(), objects), x => x.Rule.Id == "OCM0003");
        annotations.Remove("checksum/pod-template");
        annotations["other/pod-template"] = PodTemplateText.Checksum("x");
        Assert.Contains(ObjectPolicy.Check(TestTenants.Minimal(), objects), x => x.Rule.Id == "OCM0003");
    }

    // Exempt is exactly Helm's convention: lowercase hex, 64 digits, under annotations, with the checksum/ prefix.
    [Theory]
    [Trait("Provenance", "mutation")]
    [InlineData("checksum/pod-template", false, false, 64, false)]
    [InlineData("checksum/pod-template", true, false, 64, true)]
    [InlineData("checksum/pod-template", false, false, 63, true)]
    [InlineData("checksum/pod-template", false, true, 64, true)]
    [InlineData("x-checksum/pod-template", false, false, 64, true)]
    public void The_checksum_exemption_is_lowercase_hex_of_sha256_length(string key, bool upper, bool notHex, int length, bool refused)
    {
        var objects = TenantRenderer.BuildObjects(TestTenants.Minimal()).ToList();
        var annotations = objects.OfType<V1Deployment>().Single().Spec.Template.Metadata.Annotations;
        var sum = PodTemplateText.Checksum("x");
        // 'q'-'v' for the hex letters keeps the value as random-looking as the hash, but no longer hex.
        if (notHex) sum = new string(sum.Select(c => c is >= 'a' and <= 'f' ? (char)(c + 16) : c).ToArray());
        if (upper) sum = sum.ToUpperInvariant();
        annotations.Remove("checksum/pod-template");
        annotations[key] = sum[..length];
        Assert.Equal(refused, ObjectPolicy.Check(TestTenants.Minimal(), objects).Any(x => x.Rule.Id == "OCM0003"));
        // The same hash outside annotations (a ConfigMap's data) is judged like any other value.
        var data = new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "c", NamespaceProperty = TestTenants.Minimal().EffectiveNamespace },
            Data = new Dictionary<string, string> { ["checksum/pod-template"] = PodTemplateText.Checksum("x") },
        };
        Assert.Contains(ObjectPolicy.Check(TestTenants.Minimal(), [data]), x => x.Rule.Id == "OCM0003");
    }

    // The controller looks for the "metadata:" line, not for a final newline or an empty line.
    [Fact]
    [Trait("Provenance", "mutation")]
    public void A_template_without_a_final_newline_is_usable()
        => Assert.Empty(CheckWithTemplate(t => t.TrimEnd('\n')));
}
