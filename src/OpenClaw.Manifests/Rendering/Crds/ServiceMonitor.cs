using System.Text.Json.Serialization;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering.Crds;

/// <summary>A Prometheus-operator <c>monitoring.coreos.com/v1</c> ServiceMonitor, with the fields the renderer sets.</summary>
public sealed class ServiceMonitor() : CustomResource<ServiceMonitorSpec>("monitoring.coreos.com/v1", "ServiceMonitor");

/// <summary>The Services to scrape (by labels, in the listed namespaces) and their endpoints.</summary>
public sealed class ServiceMonitorSpec
{
    /// <summary>The Services' labels.</summary>
    [JsonPropertyName("selector")] public V1LabelSelector Selector { get; set; } = new();
    /// <summary>The namespaces to look in: only the tenant's own.</summary>
    [JsonPropertyName("namespaceSelector")] public ServiceMonitorNamespaces NamespaceSelector { get; set; } = new();
    /// <summary>The endpoints to scrape.</summary>
    [JsonPropertyName("endpoints")] public List<ServiceMonitorEndpoint> Endpoints { get; set; } = [];
}

/// <summary>Namespaces by name.</summary>
public sealed class ServiceMonitorNamespaces
{
    /// <summary>The namespaces.</summary>
    [JsonPropertyName("matchNames")] public List<string> MatchNames { get; set; } = [];
}

/// <summary>A Service port (by name) and path to scrape.</summary>
public sealed class ServiceMonitorEndpoint
{
    /// <summary>The Service port's name.</summary>
    [JsonPropertyName("port")] public string Port { get; set; } = "";
    /// <summary>The HTTP path.</summary>
    [JsonPropertyName("path")] public string Path { get; set; } = "";
}
