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
        ["OCM0002"] = "Not enforced at admission yet: a policy on Roles is planned (issue 15); until then only compile, load and render time check it.",
        ["OCM0003"] = "Not enforced at admission yet: a policy for env `value`s under secret-looking names and known key shapes is planned (issue 15). "
            + "High-entropy strings (the render-time heuristic) cannot be decided by admission: CEL has no entropy measure, and a false denial of a "
            + "generated name would stop the controller.",
        ["OCM0004"] = "Not enforced at admission yet: a policy on Roles is planned (issue 15).",
        ["OCM0007"] = "Not enforced at admission yet: RoleBinding subjects and NetworkPolicy peers naming other namespaces are planned (issue 15). "
            + "An object placed in another namespace is outside the policies' scope (they select tenant namespaces) and cannot be decided there.",
        ["OCM0008"] = "Not enforced at admission yet: a policy refusing RoleBindings to a ClusterRole in tenant namespaces is planned (issue 15).",
        ["OCM0009"] = "Not decided at admission: whether a pod is covered by a NetworkPolicy depends on other objects (every policy's selector), "
            + "and a ValidatingAdmissionPolicy sees one object at a time.",
        ["OCM0010"] = "Not enforced at admission yet: a policy requiring CPU and memory requests and limits on every container is planned (issue 15).",
        ["OCM0011"] = "Not decided at admission: the labels are the renderer's own and not asked for by issue 15; objects created by others in a "
            + "tenant namespace (events, leases, the controller's pods) would not carry them all.",
    };

    /// <summary>The section's Markdown, heading included, for a rule from OCM0001 to OCM0011.</summary>
    public static string Section(string ruleId)
    {
        var rule = AdmissionPolicies.Rules.FirstOrDefault(r => r.Rule.Id == ruleId);
        var text = rule is null
            ? NotEnforced[ruleId]
            : $"Enforced by the ValidatingAdmissionPolicy `{rule.Name}` and its binding (`charts-out/{AdmissionPolicies.File(rule)}`), on "
              + string.Join(", ", rule.Resources.SelectMany(r => r.Resources).Select(r => "`" + r + "`"))
              + " created or updated in tenant namespaces (labelled `openclaw.io/tenant`), whoever creates them: kubectl, another chart, "
              + "or the controller stamping a per-user pod. The CEL checks " + rule.Checks + " Each failing condition is refused (or, while the "
              + "platform settings say `admission.action: audit`, warned and audited) with a message that starts with `" + ruleId
              + "` and names the container or field. README \"Admission policies\" lists the CEL functions used and the rollout.";
        return "## At admission\n\n<!-- generated from the admission policy definitions; AdmissionDocsTests rewrites it with OPENCLAW_WRITE_DOCS=1 -->\n" + text + "\n";
    }
}
