using OpenClaw.Manifests.Generation.Admission;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Policy;
using OpenClaw.Manifests.Rendering;

namespace OpenClaw.Manifests.Tests.Admission;

/// <summary>
/// The admission policies are written from the same fact definitions the analyzers, the loader and the render-time
/// checks read: every entry of each rule's fact lists appears, as a CEL literal, in that rule's policy. A fact added to
/// a list (a socket, a verb, a wildcard form, a token shape) without reaching the CEL fails here; the CEL evaluation
/// suite (ChartTests Admission/) then proves what the expressions do with it.
/// </summary>
public sealed class AdmissionFactsTests
{
    // Each rule's facts, as the strings the CEL must carry (quoted as CEL literals where they are strings).
    public static TheoryData<string, string[]> Facts()
    {
        string Q(string s) => Cel.Quote(s);
        return new()
        {
            { "OCM0001", [Q(ValuePatterns.Ecma(ValuePatterns.PinnedImage)), ImageDigestRule.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)] },
            { "OCM0002", [.. RbacFacts.NameBlindVerbs.Select(Q)] },
            {
                "OCM0003",
                [
                    Q("(?i)" + SecretHeuristics.SecretNamePattern), Q("(?i)" + SecretHeuristics.NonSecretNamePattern), Q(SecretHeuristics.KnownTokenShapePattern),
                    Q(SecretHeuristics.UrlWithCredentialsPattern), Q("(?i)" + SecretHeuristics.UrlWithSecretQueryPattern),
                    ">= " + SecretHeuristics.MinCredentialLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ]
            },
            { "OCM0004", [.. RbacFacts.Wildcards.Select(w => $"r.{RbacFacts.YamlName(w.List)}.exists(v, ") , .. RbacFacts.Wildcards.Select(w => Q(w.Text))] },
            {
                "OCM0005",
                [
                    Q(CapabilityFacts.DropAll), Q(CapabilityFacts.AllowedToAdd), .. RestrictedFacts.SeccompTypes.Select(Q),
                    Q(RestrictedFacts.NoSecurityContext), Q(RestrictedFacts.Privileged), Q(RestrictedFacts.PrivilegeEscalation), Q(RestrictedFacts.WritableRoot),
                    Q(RestrictedFacts.MayRunAsRoot), Q(RestrictedFacts.RootUid), Q(RestrictedFacts.KeepsCapabilities), Q(RestrictedFacts.AddsCapabilities), Q(RestrictedFacts.NoSeccomp),
                ]
            },
            // RuntimeSocketRe2 is built from HostFacts.RuntimeSockets (its test is HostFactsTests); each name appears escaped.
            { "OCM0006", [.. HostFacts.HostNamespaceFields.Select(f => "variables.spec." + f), Q(HostFacts.RuntimeSocketRe2), .. HostFacts.RuntimeSockets.Select(s => s.Replace(".", "\\\\.", StringComparison.Ordinal))] },
            { "OCM0007", [Q(LabelSelectors.NamespaceNameLabel), Q(Names.TenantLabel)] },
            { "OCM0008", [Q(RbacFacts.NamespacedRoleKind)] },
            { "OCM0010", [.. ResourceFacts.Pairs.Select(p => $"has(c.resources.{p.Kind}) && {Q(p.Resource)} in c.resources.{p.Kind}")] },
        };
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Every_fact_of_the_rule_is_in_its_policy(string ruleId, string[] facts)
    {
        var rule = AdmissionPolicies.Rules.Single(r => r.Rule.Id == ruleId);
        var cel = string.Join("\n", rule.Variables.Select(v => v.Expression).Concat(rule.Validations.SelectMany(v => new[] { v.Expression, v.MessageExpression })));
        Assert.All(facts, f => Assert.True(cel.Contains(f, StringComparison.Ordinal), $"{ruleId}: the policy's CEL lacks {f}"));
    }

    [Fact]
    public void Every_rule_with_a_policy_is_in_the_fact_table()
        => Assert.Equal(AdmissionPolicies.Rules.Select(r => r.Rule.Id), Facts().Cast<object[]>().Select(row => (string)row[0]));

    /// <summary>The check above can fail: a policy written from another list than the facts' lacks the entry.</summary>
    [Fact]
    public void A_policy_missing_a_fact_is_caught()
    {
        var rule = AdmissionPolicies.Rules.Single(r => r.Rule.Id == "OCM0002");
        var cel = string.Join("\n", rule.Validations.Select(v => v.Expression)).Replace(Cel.Quote("deletecollection"), Cel.Quote("delete"), StringComparison.Ordinal);
        Assert.Contains(RbacFacts.NameBlindVerbs.Select(Cel.Quote), f => !cel.Contains(f, StringComparison.Ordinal));
    }
}
