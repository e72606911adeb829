using System.Text.Json.Serialization;
using k8s.Models;

namespace OpenClaw.Manifests.Rendering.Crds;

/// <summary>A Gateway API <c>gateway.networking.k8s.io/v1</c> HTTPRoute, with the fields the renderer sets.</summary>
public sealed class HttpRoute() : CustomResource<HttpRouteSpec>("gateway.networking.k8s.io/v1", "HTTPRoute");

/// <summary>Which Gateway the route attaches to, for which hosts, to which backend.</summary>
public sealed class HttpRouteSpec
{
    /// <summary>The Gateways (and listeners) the route attaches to.</summary>
    [JsonPropertyName("parentRefs")] public List<GatewayParentRef> ParentRefs { get; set; } = [];
    /// <summary>The hosts the route serves.</summary>
    [JsonPropertyName("hostnames")] public List<string> Hostnames { get; set; } = [];
    /// <summary>Matches and backends.</summary>
    [JsonPropertyName("rules")] public List<HttpRouteRule> Rules { get; set; } = [];
}

/// <summary>A reference to a Gateway, possibly in another namespace.</summary>
public sealed class GatewayParentRef
{
    /// <summary>Always <c>gateway.networking.k8s.io</c>.</summary>
    [JsonPropertyName("group")] public string Group { get; set; } = "gateway.networking.k8s.io";
    /// <summary>Always <c>Gateway</c>.</summary>
    [JsonPropertyName("kind")] public string Kind { get; set; } = "Gateway";
    /// <summary>The Gateway's name.</summary>
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    /// <summary>The Gateway's namespace.</summary>
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    /// <summary>The listener, or null for every listener that allows the route.</summary>
    [JsonPropertyName("sectionName")] public string? SectionName { get; set; }
}

/// <summary>One rule: requests matching <see cref="Matches"/> go to <see cref="BackendRefs"/>.</summary>
public sealed class HttpRouteRule
{
    /// <summary>Request matches.</summary>
    [JsonPropertyName("matches")] public List<HttpRouteMatch> Matches { get; set; } = [];
    /// <summary>Backends (Services of the route's namespace).</summary>
    [JsonPropertyName("backendRefs")] public List<HttpBackendRef> BackendRefs { get; set; } = [];
}

/// <summary>A request match by path.</summary>
public sealed class HttpRouteMatch
{
    /// <summary>The path match.</summary>
    [JsonPropertyName("path")] public HttpPathMatch Path { get; set; } = new();
}

/// <summary>A path match: <c>PathPrefix</c> <c>/</c> matches every request.</summary>
public sealed class HttpPathMatch
{
    /// <summary><c>PathPrefix</c>, <c>Exact</c> or <c>RegularExpression</c>.</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = "PathPrefix";
    /// <summary>The path.</summary>
    [JsonPropertyName("value")] public string Value { get; set; } = "/";
}

/// <summary>A Service of the route's namespace and its port (the Service's port, not the pod's).</summary>
public sealed class HttpBackendRef
{
    /// <summary>The Service's name.</summary>
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    /// <summary>The Service's port.</summary>
    [JsonPropertyName("port")] public int Port { get; set; }
}
