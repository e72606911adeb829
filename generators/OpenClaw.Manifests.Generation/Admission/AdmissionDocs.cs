namespace OpenClaw.Manifests.Generation.Admission;

/// <summary>
/// The "At admission" section of each rule page (docs/rules/OCMxxxx.md), from the same definitions that write the
/// policies: what the policy matches and what its CEL checks, or why admission does not decide the rule.
/// </summary>
internal static class AdmissionDocs
{
    /// <summary>Rules without a policy, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotEnforced = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OCM0009"] = "Not decided at admission: whether a pod is covered by a NetworkPolicy depends on other objects (every policy's selector), "
            + "and a ValidatingAdmissionPolicy sees one object at a time.",
        ["OCM0011"] = "Not decided at admission: the labels are the renderer's own; objects others create in a tenant namespace (events, "
            + "leases, endpoint slices) do not carry them, so a policy would refuse what the cluster itself creates there.",
        ["OCM0012"] = "Not decided at admission: a pod's egress is what every policy selecting it allows together, and a ValidatingAdmissionPolicy "
            + "sees one object at a time; the acknowledgement (network.allowAnyEgress) is the tenant file's, in no object.",
    };

    /// <summary>The section's Markdown, heading included, for a rule from OCM0001 to OCM0012.</summary>
    public static string Section(string ruleId)
    {
        var rule = AdmissionPolicies.Rules.FirstOrDefault(r => r.Rule.Id == ruleId);
        var text = rule is null
            ? NotEnforced[ruleId]
            : $"Enforced by the ValidatingAdmissionPolicy `{rule.Name}` and its binding (`charts-out/{AdmissionPolicies.File(rule)}`), on "
              + string.Join(", ", rule.Resources.SelectMany(r => r.Resources).Select(r => "`" + r + "`"))
              + " created or updated in tenant namespaces (labelled `openclaw.io/tenant`), whoever creates them: kubectl"
              + (rule.Resources == PodAdmission.Workloads
                  ? ", another chart, or the controller stamping a per-user pod. Pods, because the controller's pods exist only at run time and no render-time "
                    + "check sees them; the workload kinds' pod templates too, so a bad Deployment is refused when it is applied, not later "
                    + "when its ReplicaSet fails to create pods."
                  : " or another chart.")
              + " The CEL checks " + rule.Checks + " Each failing condition is refused (or, while the "
              + "platform settings say `admission.action: audit`, warned and audited) with a message that starts with `" + ruleId
              + "` and names the container or field."
              + (rule.Unseen is null ? "" : " Not decided at admission: " + rule.Unseen)
              + " README \"Admission policies\" lists the CEL functions used and the rollout.";
        return "## At admission\n\n<!-- generated from the admission policy definitions; AdmissionDocsTests rewrites it with OPENCLAW_WRITE_DOCS=1 -->\n" + text + "\n";
    }
}
