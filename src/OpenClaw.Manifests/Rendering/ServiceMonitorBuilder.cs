using k8s.Models;
using OpenClaw.Manifests.Model;
using OpenClaw.Manifests.Rendering.Crds;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// With <c>monitoring.serviceMonitor</c>: Prometheus scrapes the controller's <c>/metrics</c> through its Service's
/// port, in the tenant's namespace only. NetworkPolicyBuilder.Metrics admits the Prometheus namespace on that port.
/// </summary>
internal static class ServiceMonitorBuilder
{
    public static ServiceMonitor? Build(Tenant tenant) => !tenant.Monitoring.ServiceMonitor ? null : new()
    {
        Metadata = TenantMetadata.For(tenant, Names.Controller, Labels.Components.Controller),
        Spec = new ServiceMonitorSpec
        {
            Selector = new V1LabelSelector { MatchLabels = Labels.Selector(tenant, Labels.Components.Controller) },
            NamespaceSelector = new ServiceMonitorNamespaces { MatchNames = [tenant.EffectiveNamespace] },
            Endpoints = [new ServiceMonitorEndpoint { Port = Names.ServicePortName, Path = Names.MetricsPath }],
        },
    };
}
