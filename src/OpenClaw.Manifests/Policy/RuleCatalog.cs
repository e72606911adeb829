// This file is compiled into both the library (net10.0) and the Roslyn analyzers (netstandard2.0),
// so the compiler, the tenant-file loader and the render-time checks say exactly the same thing.
// Keep it dependency-free and within C# features that netstandard2.0 supports without polyfills.
// The catalog is public API of the library (consumers read rule IDs, titles and help links) but internal in the
// analyzers (OCM_ANALYZERS): an analyzer assembly that exported the same public types would collide with the
// library wherever both are referenced, and the analyzers add no public type of their own.
#nullable enable
using System.Collections.Generic;

namespace OpenClaw.Manifests.Policy;

/// <summary>Where a rule's family belongs, for documentation and filtering.</summary>
#if OCM_ANALYZERS
internal
#else
public
#endif
enum RuleCategory
{
    /// <summary>Supply-chain and workload-security rules.</summary>
    Security,
    /// <summary>Rules that keep one tenant from reaching another.</summary>
    Isolation,
    /// <summary>Structural errors in a tenant file.</summary>
    TenantFile,
}

/// <summary>The stable metadata of one policy rule: ID, title and message format.</summary>
#if OCM_ANALYZERS
internal
#else
public
#endif
sealed class RuleInfo
{
    internal RuleInfo(string id, string title, string messageFormat, RuleCategory category, string description)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        Description = description;
    }

    /// <summary>The stable rule ID, e.g. <c>OCM0001</c>.</summary>
    public string Id { get; }
    /// <summary>The rule's one-line title, as the analyzers' descriptor and the rule page show it.</summary>
    public string Title { get; }
    /// <summary>Message with <c>{0}</c>-style placeholders, shared by analyzers and the loader.</summary>
    public string MessageFormat { get; }
    /// <summary>The rule's family: security, isolation or tenant-file structure.</summary>
    public RuleCategory Category { get; }
    /// <summary>Longer explanation, shown in IDEs.</summary>
    public string Description { get; }
    /// <summary>The documentation page of this rule.</summary>
    public string HelpLink => RuleCatalog.HelpLinkBase + Id + ".md";

    /// <summary>Formats the message with the given arguments.</summary>
    public string Format(params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}

/// <summary>Every rule ID in one place; IDs are never reused or renumbered.</summary>
#if OCM_ANALYZERS
internal
#else
public
#endif
static class RuleCatalog
{
    /// <summary>Base address of the rule documentation pages.</summary>
    public const string HelpLinkBase = "https://github.com/openclaw-manifests/openclaw-manifests/blob/main/docs/rules/";

    /// <summary>OCM0001: a container image named by tag (or by nothing) instead of <c>@sha256:</c> digest, at compile, load, render and admission time.</summary>
    public static readonly RuleInfo ImageNotPinned = new RuleInfo(
        "OCM0001", "Container image must be pinned by sha256 digest",
        "Image '{0}' is not pinned by digest: use '<repository>@sha256:<64 lowercase hex>'",
        RuleCategory.Security,
        "A tag can be moved to other content at any time; only a digest names exactly one image.");

    /// <summary>OCM0002: an RBAC rule pairing <c>create</c> or <c>deletecollection</c> with <c>resourceNames</c>, which the authorizer can never match, so the grant silently does nothing.</summary>
    public static readonly RuleInfo CreateWithResourceNames = new RuleInfo(
        "OCM0002", "RBAC rule grants create or deletecollection with resourceNames",
        "RBAC rule with verb(s) {0} must not carry resourceNames: the Kubernetes authorizer cannot match these verbs by name, so the rule never allows them; put them in their own rule without resourceNames",
        RuleCategory.Security,
        "The object's name is not known to the authorizer for create and deletecollection requests, so a rule restricted by resourceNames silently denies them.");

    /// <summary>OCM0003: a secret value written out (an env value under a secret-like name, a credential-shaped string, a URL with credentials) instead of a Secret reference.</summary>
    public static readonly RuleInfo PlaintextSecret = new RuleInfo(
        "OCM0003", "Plaintext secret",
        "Plaintext secret in {0}: reference a Kubernetes Secret instead (SecretKeyRef: name + key); secret values never belong in tenant files, code, values or generated output",
        RuleCategory.Security,
        "Secret values must live in Secrets (SOPS-encrypted in Git), never in tenant definitions or rendered manifests.");

    /// <summary>OCM0004: an RBAC rule whose verbs, API groups, resources or non-resource URLs match by wildcard (<c>*</c>, <c>*/sub</c>, <c>pods/*</c>, <c>/path/*</c>).</summary>
    public static readonly RuleInfo WildcardRbac = new RuleInfo(
        "OCM0004", "RBAC rule uses a wildcard",
        "RBAC rule uses '*' in {0}: list the exact API groups, resources and verbs the controller needs",
        RuleCategory.Security,
        "A wildcard grants every current and future resource or verb, including escalation paths.");

    /// <summary>OCM0005: a container outside the restricted profile (privileged, root, escalation, writable root filesystem, added capabilities, no seccomp profile).</summary>
    public static readonly RuleInfo PrivilegedContainer = new RuleInfo(
        "OCM0005", "Container is privileged or not restricted",
        "Container '{0}' is not restricted: {1}",
        RuleCategory.Security,
        "Every container runs as non-root with a read-only root filesystem, no privilege escalation, all capabilities dropped and the RuntimeDefault seccomp profile.");

    /// <summary>OCM0006: a pod sharing the node's network, PID or IPC namespace, mounting a hostPath volume, or reaching a container-runtime socket.</summary>
    public static readonly RuleInfo HostAccess = new RuleInfo(
        "OCM0006", "Pod reaches into the host",
        "Pod '{0}' uses {1}: host namespaces, hostPath volumes and container-runtime sockets break tenant isolation",
        RuleCategory.Isolation,
        "hostNetwork, hostPID, hostIPC, hostPath and runtime sockets give a tenant workload access to the node and every other tenant on it.");

    /// <summary>OCM0007: an object that names a namespace other than its tenant's own (a RoleBinding subject, a NetworkPolicy peer), beyond those allowed by name: <c>kube-system</c> for DNS, the front door's (the ingress controller's or the Gateway's), the in-cluster OIDC issuer's and, with a ServiceMonitor, Prometheus'.</summary>
    public static readonly RuleInfo CrossTenantReference = new RuleInfo(
        "OCM0007", "Object references another namespace than the tenant's own",
        "{0} references namespace '{1}', but tenant '{2}' may only use its own namespace '{3}'",
        RuleCategory.Isolation,
        "Nothing of one tenant may reference another tenant's namespace, secret, volume or service.");

    /// <summary>OCM0008: a ClusterRole or ClusterRoleBinding among a tenant's objects (and, at admission, a RoleBinding whose <c>roleRef</c> is a ClusterRole).</summary>
    public static readonly RuleInfo ClusterScopedRbac = new RuleInfo(
        "OCM0008", "Cluster-scoped RBAC",
        "{0} '{1}' is cluster-scoped: tenants get a namespaced Role and RoleBinding only",
        RuleCategory.Isolation,
        "A ClusterRole or ClusterRoleBinding grants access across every tenant namespace.");

    /// <summary>OCM0009: a pod (or pod template) that no NetworkPolicy of the tenant selects for ingress or for egress.</summary>
    public static readonly RuleInfo PodWithoutNetworkPolicy = new RuleInfo(
        "OCM0009", "Pod not covered by a NetworkPolicy",
        "Pods of '{0}' are not selected by a NetworkPolicy restricting {1}",
        RuleCategory.Isolation,
        "Every tenant pod must be selected by default-deny ingress and egress policies with explicit allow-lists.");

    /// <summary>OCM0010: a container without CPU and memory requests and limits.</summary>
    public static readonly RuleInfo MissingResources = new RuleInfo(
        "OCM0010", "Container without CPU and memory requests and limits",
        "Container '{0}' has no {1}",
        RuleCategory.Isolation,
        "Without requests and limits one tenant can starve every other tenant on a node.");

    /// <summary>OCM0011: a rendered object without <c>openclaw.io/tenant</c> or one of the <c>app.kubernetes.io</c> labels.</summary>
    public static readonly RuleInfo MissingTenantLabel = new RuleInfo(
        "OCM0011", "Object without the tenant labels",
        "{0} '{1}' lacks label '{2}'",
        RuleCategory.Isolation,
        "Every object carries openclaw.io/tenant and the app.kubernetes.io labels, for audit and selection.");

    /// <summary>OCM0012: a tenant whose egress allows any address (<c>0.0.0.0/0</c>, <c>::/0</c>, Cilium's <c>world</c>) without <c>network.allowAnyEgress: true</c>.</summary>
    public static readonly RuleInfo UnrestrictedEgress = new RuleInfo(
        "OCM0012", "Egress to any address",
        "{0} allows egress to {1}: name the upstreams (narrow the CIDRs or set network.cilium: true), or acknowledge it with network.allowAnyEgress: true",
        RuleCategory.Isolation,
        "ADR-0072 asks for no unrestricted outbound traffic: egress allow-listed to the named upstreams only.");

    /// <summary>OCM0100: a tenant or settings file that is not one YAML document the loader accepts (a syntax error, several documents, anchors or tags).</summary>
    public static readonly RuleInfo MalformedFile = new RuleInfo(
        "OCM0100", "Tenant file is not valid YAML",
        "{0}",
        RuleCategory.TenantFile,
        "The tenant file could not be parsed as a single YAML document.");

    /// <summary>OCM0101: a key the tenant format does not define, usually a misspelling that would otherwise be ignored.</summary>
    public static readonly RuleInfo UnknownField = new RuleInfo(
        "OCM0101", "Unknown field",
        "Unknown field '{0}' in {1}; expected one of: {2}",
        RuleCategory.TenantFile,
        "A misspelt field would otherwise be silently ignored.");

    /// <summary>OCM0102: a value of the wrong YAML kind (a list where a string belongs, text where a number belongs).</summary>
    public static readonly RuleInfo WrongType = new RuleInfo(
        "OCM0102", "Wrong type",
        "'{0}' must be {1}",
        RuleCategory.TenantFile,
        "The field has the wrong YAML type.");

    /// <summary>OCM0103: a required field (name, domain, OIDC issuer, LLM base URL, images…) left out.</summary>
    public static readonly RuleInfo MissingField = new RuleInfo(
        "OCM0103", "Missing required field",
        "Required field '{0}' is missing",
        RuleCategory.TenantFile,
        "The tenant cannot be deployed without this field.");

    /// <summary>OCM0104: the same key twice in one mapping, which YAML parsers resolve differently.</summary>
    public static readonly RuleInfo DuplicateKey = new RuleInfo(
        "OCM0104", "Duplicate key",
        "Duplicate key '{0}' (first defined at line {1})",
        RuleCategory.TenantFile,
        "YAML parsers disagree on which of two equal keys wins; a duplicate is always a mistake.");

    /// <summary>OCM0105: a value of the right kind that breaks its field's pattern, range or length.</summary>
    public static readonly RuleInfo InvalidValue = new RuleInfo(
        "OCM0105", "Invalid value",
        "'{0}': {1}",
        RuleCategory.TenantFile,
        "The value does not satisfy its type's rules (DNS-1123 label, https URL, quantity, range).");

    /// <summary>OCM0106: two tenants of one set with the same name, namespace or host.</summary>
    public static readonly RuleInfo TenantCollision = new RuleInfo(
        "OCM0106", "Tenant name, namespace or host collides with another tenant",
        "{0} '{1}' is already used by tenant '{2}' ({3})",
        RuleCategory.Isolation,
        "Two tenants sharing a name, namespace or host would share a deployment boundary.");

    /// <summary>Every rule, ordered by ID.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } = new[]
    {
        ImageNotPinned, CreateWithResourceNames, PlaintextSecret, WildcardRbac, PrivilegedContainer,
        HostAccess, CrossTenantReference, ClusterScopedRbac, PodWithoutNetworkPolicy, MissingResources,
        MissingTenantLabel, UnrestrictedEgress, MalformedFile, UnknownField, WrongType, MissingField, DuplicateKey,
        InvalidValue, TenantCollision,
    };
}
