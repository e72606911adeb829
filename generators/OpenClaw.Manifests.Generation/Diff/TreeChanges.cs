namespace OpenClaw.Manifests.Generation.Diff;

/// <summary>One object that differs: its field changes, the security findings, and the field changes no finding explains.</summary>
internal sealed record ObjectChange(ObjectId Id, ChangeKind Kind, IReadOnlyList<FieldChange> Fields, IReadOnlyList<Finding> Findings, IReadOnlyList<FieldChange> Unexplained);

/// <summary>A file that is not a Kubernetes object (a values file, an encrypted Secret, the schema), by bytes.</summary>
internal sealed record FileChange(string Path, ChangeKind Kind);

/// <summary>
/// What changed for one tenant (or, with the name <see cref="TreeChanges.Platform"/>, in the files every tenant
/// shares: the Flux source, the ApplicationSet). Paths and object identities are the tenant's own.
/// </summary>
internal sealed record TenantChange(string Name, string? Namespace, ChangeKind Kind, IReadOnlyList<ObjectChange> Objects, IReadOnlyList<FileChange> Files);

/// <summary>One file of the chart that differs, with its line counts.</summary>
internal sealed record ChartFileChange(string Path, ChangeKind Kind, int LinesAdded, int LinesRemoved);

/// <summary>The chart's files that differ, its version on both sides, and whether its content (digest) changed.</summary>
internal sealed record ChartChange(IReadOnlyList<ChartFileChange> Files, string? BaseVersion, string? HeadVersion, bool ContentChanged)
{
    /// <summary>New content under a version already in the base: clusters pinned to it never get the change.</summary>
    public bool VersionNotBumped => ContentChanged && BaseVersion is not null && BaseVersion == HeadVersion;
}

/// <summary>Everything that differs between two generated trees.</summary>
internal sealed record TreeChanges(string Base, string Head, int BaseTenants, int HeadTenants, IReadOnlyList<TenantChange> Tenants, ChartChange Chart, IReadOnlyList<FileChange> Files)
{
    /// <summary>The pseudo-tenant of the shared GitOps objects.</summary>
    public const string Platform = "";

    /// <summary>True when any change is security-relevant and not tightening: what <c>--fail-on security</c> fails on.</summary>
    public bool SecurityRelevant => Tenants.Any(t => t.Kind != ChangeKind.Changed || t.Objects.Any(o => o.Findings.Any(f => f.Direction != Direction.Tightening)));
}
