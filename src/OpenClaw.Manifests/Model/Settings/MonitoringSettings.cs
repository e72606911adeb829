namespace OpenClaw.Manifests.Model;

/// <summary>Prometheus scraping of the controller's <c>/metrics</c>; off by default, as upstream keeps observability off.</summary>
public sealed record MonitoringSettings
{
    /// <summary>Render a Prometheus-operator <c>ServiceMonitor</c> for the controller's Service (default false).</summary>
    public bool ServiceMonitor { get; init; }

    /// <summary>
    /// The namespace Prometheus scrapes from (default <c>monitoring</c>): the controller's NetworkPolicy admits it on the
    /// controller's port only, and only when <see cref="ServiceMonitor"/> is on.
    /// </summary>
    public DnsLabel PrometheusNamespace { get; init; } = DnsLabel.Parse("monitoring");
}
