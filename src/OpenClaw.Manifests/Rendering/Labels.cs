using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The labels every object carries, for audit and for selection.</summary>
internal static class Labels
{
    /// <summary>Component names.</summary>
    public static class Components
    {
        /// <summary>Workspace controller.</summary>
        public const string Controller = "controller";
        /// <summary>
        /// Per-user runtime pods (and their ServiceAccount and NetworkPolicy). The value is the controller's: its idle
        /// reaper lists pods by <c>app.kubernetes.io/component=per-user-pod</c>, so a pod with another value is never reaped.
        /// </summary>
        public const string Runtime = "per-user-pod";
        /// <summary>Tenant-wide objects (namespace, quota, policies).</summary>
        public const string Tenant = "tenant";
    }

    /// <summary>All labels of an object of <paramref name="component"/>, keys in ordinal order.</summary>
    public static Dictionary<string, string> For(Tenant tenant, string component) => new()
    {
        ["app.kubernetes.io/component"] = component,
        ["app.kubernetes.io/instance"] = tenant.Name.Value,
        ["app.kubernetes.io/managed-by"] = "Helm",
        ["app.kubernetes.io/name"] = Names.App,
        ["app.kubernetes.io/part-of"] = Names.App,
        // The reaper's other selector label; on every object, so the blueprint's objects are found by one selector.
        [Names.BlueprintLabel] = Names.Chart,
        ["helm.sh/chart"] = $"{Names.Chart}-{Names.ChartVersion}",
        [Names.TenantLabel] = tenant.Name.Value,
    };

    /// <summary>The stable subset used in selectors (never includes versions).</summary>
    public static Dictionary<string, string> Selector(Tenant tenant, string component) => new()
    {
        ["app.kubernetes.io/component"] = component,
        ["app.kubernetes.io/instance"] = tenant.Name.Value,
        ["app.kubernetes.io/name"] = Names.App,
    };
}
