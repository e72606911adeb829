namespace OpenClaw.Manifests.Generation.Overlays;

/// <summary>What the admission policies' bindings do with a violation (<c>admission.action</c> in the platform settings).</summary>
internal enum AdmissionAction
{
    /// <summary><c>audit</c>: <c>validationActions: [Warn, Audit]</c>, the object is admitted, the client warned and the audit log annotated. Roll out with this first.</summary>
    Audit,

    /// <summary><c>deny</c>: <c>validationActions: [Deny]</c>, the object is refused with the rule ID in the message.</summary>
    Deny,
}
