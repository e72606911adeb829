using System.Text.Json.Nodes;
using OpenClaw.Manifests.Generation.Diff;

namespace OpenClaw.Manifests.Tests.Diff;

/// <summary>
/// Each security check of the diff on a small before/after pair: what it reports (rule and direction), and, for its
/// good twin, that it stays quiet. The pairs are Kubernetes objects as JSON, the shape the diff reads them in.
/// </summary>
public class SecurityCheckTests
{
    // pod: fields of the pod spec, each followed by a comma; container: fields of the container, each preceded by one.
    private static string Deployment(string container, string pod = "") =>
        """{"kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":{""" + pod +
        "\"containers\":[{\"name\":\"c\",\"image\":\"r/app@sha256:" + new string('a', 64) + "\"" + container + "}]}}}}";

    private static string Role(string rules) => """{"kind":"Role","metadata":{"name":"r"},"rules":[""" + rules + "]}";

    private static string Policy(string spec) => """{"kind":"NetworkPolicy","metadata":{"name":"p"},"spec":{"podSelector":{}""" + spec + "}}";

    private static string Quota(string hard) => """{"kind":"ResourceQuota","metadata":{"name":"q"},"spec":{"hard":{""" + hard + "}}}";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // RBAC (OCM0201): permissions as the authorizer reads them.
        { "verb added", Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}"""), Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get","create"]}"""), "OCM0201 Widening gained `pods` create" },
        { "names added to an unnamed rule", Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}"""), Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"],"resourceNames":["a"]}"""), "OCM0201 Tightening lost `pods` get" },
        { "a name added to a named rule", Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"],"resourceNames":["a"]}"""), Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"],"resourceNames":["a","b"]}"""), "OCM0201 Widening gained `pods` (named b) get" },
        { "a rule split in two", Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get","list"]}"""), Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"]},{"apiGroups":[""],"resources":["pods"],"verbs":["list"]}"""), "" },
        { "a wildcard narrowed", Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["*"]}"""), Role("""{"apiGroups":[""],"resources":["pods"],"verbs":["get"]}"""), "OCM0201 Tightening lost `pods` *" },
        { "a subject bound", """{"kind":"RoleBinding","metadata":{"name":"b"},"roleRef":{"kind":"Role","name":"r"},"subjects":[{"kind":"ServiceAccount","name":"a"}]}""", """{"kind":"RoleBinding","metadata":{"name":"b"},"roleRef":{"kind":"Role","name":"r"},"subjects":[{"kind":"ServiceAccount","name":"a"},{"kind":"ServiceAccount","name":"x"}]}""", "OCM0201 Widening binds ServiceAccount/x to Role/r" },
        // NetworkPolicy (OCM0202): grants per direction, peer and port.
        { "a CIDR widened", Policy(""","egress":[{"to":[{"ipBlock":{"cidr":"10.0.0.0/8"}}],"ports":[{"port":443,"protocol":"TCP"}]}]"""), Policy(""","egress":[{"to":[{"ipBlock":{"cidr":"0.0.0.0/0"}}],"ports":[{"port":443,"protocol":"TCP"}]}]"""), "OCM0202 Widening egress on 443/TCP widened from 10.0.0.0/8 to 0.0.0.0/0" },
        { "a CIDR narrowed", Policy(""","egress":[{"to":[{"ipBlock":{"cidr":"0.0.0.0/0"}}],"ports":[{"port":443,"protocol":"TCP"}]}]"""), Policy(""","egress":[{"to":[{"ipBlock":{"cidr":"10.1.0.0/16"}}],"ports":[{"port":443,"protocol":"TCP"}]}]"""), "OCM0202 Tightening egress on 443/TCP narrowed from 0.0.0.0/0 to 10.1.0.0/16" },
        { "a port opened", Policy(""","ingress":[{"ports":[{"port":8080,"protocol":"TCP"}]}]"""), Policy(""","ingress":[{"ports":[{"port":8080,"protocol":"TCP"},{"port":22,"protocol":"TCP"}]}]"""), "OCM0202 Widening allows ingress from anywhere on 22/TCP" },
        { "Egress no longer restricted", Policy(""","policyTypes":["Ingress","Egress"]"""), Policy(""","policyTypes":["Ingress"]"""), "OCM0202 Widening no longer restricts Egress" },
        // securityContext and the token (OCM0204).
        { "privileged", Deployment(""","securityContext":{"privileged":false}"""), Deployment(""","securityContext":{"privileged":true}"""), "OCM0204 Widening `spec.template.spec.containers[c].securityContext.privileged`: false → true" },
        { "runAsNonRoot dropped", Deployment(""","securityContext":{"runAsNonRoot":true}"""), Deployment(""","securityContext":{}"""), "OCM0204 Widening `spec.template.spec.containers[c].securityContext.runAsNonRoot`: true → (none)" },
        { "drop ALL removed", Deployment(""","securityContext":{"capabilities":{"drop":["ALL"]}}"""), Deployment(""","securityContext":{"capabilities":{"drop":[]}}"""), "OCM0204 Widening `spec.template.spec.containers[c].securityContext.capabilities.drop`: ALL → (none)" },
        { "read-only root set", Deployment(""","securityContext":{"readOnlyRootFilesystem":false}"""), Deployment(""","securityContext":{"readOnlyRootFilesystem":true}"""), "OCM0204 Tightening `spec.template.spec.containers[c].securityContext.readOnlyRootFilesystem`: false → true" },
        { "token mounted", Deployment("", "\"automountServiceAccountToken\":false,"), Deployment("", "\"automountServiceAccountToken\":true,"), "OCM0204 Widening `spec.template.spec.automountServiceAccountToken`: false → true" },
        // Secret references (OCM0205).
        { "a secret retargeted", Deployment(""","env":[{"name":"K","valueFrom":{"secretKeyRef":{"name":"a","key":"k"}}}]"""), Deployment(""","env":[{"name":"K","valueFrom":{"secretKeyRef":{"name":"b","key":"k"}}}]"""), "OCM0205 Neutral `spec.template.spec.containers[c].env[K].valueFrom.secretKeyRef`: name=a → name=b" },
        { "a secret reference added", Deployment(""","env":[]"""), Deployment(""","env":[{"name":"K","valueFrom":{"secretKeyRef":{"name":"a","key":"k"}}}]"""), "OCM0205 Neutral `spec.template.spec.containers[c].env[K].valueFrom.secretKeyRef`: (none) → key=k, name=a" },
        { "a secret reference removed", Deployment(""","env":[{"name":"K","valueFrom":{"secretKeyRef":{"name":"a","key":"k"}}}]"""), Deployment(""","env":[]"""), "OCM0205 Tightening `spec.template.spec.containers[c].env[K].valueFrom.secretKeyRef`: key=k, name=a → (none)" },
        // Host access (OCM0206).
        { "host network", Deployment("", "\"hostNetwork\":false,"), Deployment("", "\"hostNetwork\":true,"), "OCM0206 Widening `spec.template.spec.hostNetwork`: false → true" },
        { "a hostPath volume", Deployment("", "\"volumes\":[],"), Deployment("", "\"volumes\":[{\"name\":\"v\",\"hostPath\":{\"path\":\"/var/run/docker.sock\"}}],"), "OCM0206 Widening `spec.template.spec.volumes[v].hostPath`: (none) → path=/var/run/docker.sock" },
        // Quota and limits (OCM0207): by amount.
        { "quota raised", Quota("\"pods\":\"50\""), Quota("\"pods\":\"60\""), "OCM0207 Widening `spec.hard.pods`: 50 → 60" },
        { "quota lowered", Quota("\"cpu\":\"2\""), Quota("\"cpu\":\"1500m\""), "OCM0207 Tightening `spec.hard.cpu`: 2 → 1500m" },
        { "same amount, other spelling", Quota("\"cpu\":\"1\""), Quota("\"cpu\":\"1000m\""), "OCM0207 Neutral `spec.hard.cpu`: 1 → 1000m" },
        { "a limit dropped", Deployment(""","resources":{"limits":{"cpu":"1","memory":"1Gi"}}"""), Deployment(""","resources":{"limits":{"memory":"1Gi"}}"""), "OCM0207 Widening `spec.template.spec.containers[c].resources.limits.cpu`: 1 → (none)" },
        // Images (OCM0203).
        { "a digest bumped", Deployment(""), Deployment("").Replace(new string('a', 64), new string('b', 64), StringComparison.Ordinal), $"OCM0203 Neutral `spec.template.spec.containers[c].image`: r/app@sha256:{new string('a', 64)} → r/app@sha256:{new string('b', 64)}" },
        // The good twin: a change no check is about.
        { "a label", """{"kind":"Deployment","metadata":{"name":"d","labels":{"a":"1"}}}""", """{"kind":"Deployment","metadata":{"name":"d","labels":{"a":"2"}}}""", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_check_reports_its_change_and_direction(string change, string before, string after, string expected)
    {
        var old = JsonNode.Parse(before)!.AsObject();
        var @new = JsonNode.Parse(after)!.AsObject();
        var review = new ObjectReview(new ObjectId(old["kind"]!.GetValue<string>(), null, "x"), old, @new, JsonTreeDiff.Compare(old, @new));
        SecurityChecks.Run(review);
        var found = string.Join("\n", review.Findings.Select(f => $"{f.Rule.Id} {f.Direction} {f.Message}"));
        Assert.True(expected == found, $"{change}: expected '{expected}', found '{found}'");
        // A change no finding explains is still listed, with the other changes.
        if (expected.Length == 0) Assert.NotEmpty(review.Unexplained);
    }

    [Fact]
    public void An_added_object_reports_what_it_opens_but_not_that_it_is_stricter_than_nothing()
    {
        var pod = JsonNode.Parse(Deployment(""","securityContext":{"privileged":true,"readOnlyRootFilesystem":true}""", "\"hostPID\":true,"))!.AsObject();
        var review = new ObjectReview(new ObjectId("Deployment", null, "d"), null, pod, [new FieldChange(FieldPath.Root, ChangeKind.Added, null, pod)]);
        SecurityChecks.Run(review);
        Assert.Equal(["OCM0203 Neutral", "OCM0204 Widening", "OCM0206 Widening"], review.Findings.Select(f => $"{f.Rule.Id} {f.Direction}"));
    }
}
