using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// With <c>exposure: httpRoute</c>: the tenant's host on the platform's Gateway, every path to the controller Service.
/// TLS is the Gateway listener's, so no certificate is asked for here; the Gateway must allow routes from the tenant's
/// namespace (its listener's <c>allowedRoutes</c>).
/// </summary>
internal static class HttpRouteBuilder
{
    public static HttpRoute? Build(Tenant tenant) => tenant.Exposure != Exposure.HttpRoute ? null : new()
    {
        Metadata = TenantMetadata.For(tenant, Names.Ingress, Labels.Components.Controller),
        Spec = new HttpRouteSpec
        {
            ParentRefs =
            [
                new GatewayParentRef { Name = tenant.Gateway.Name.Value, Namespace = tenant.Gateway.Namespace.Value, SectionName = tenant.Gateway.SectionName?.Value },
            ],
            Hostnames = [tenant.EffectiveHost],
            Rules = [new HttpRouteRule { Matches = [new HttpRouteMatch()], BackendRefs = [new HttpBackendRef { Name = Names.Controller, Port = Names.ServicePort }] }],
        },
    };
}
