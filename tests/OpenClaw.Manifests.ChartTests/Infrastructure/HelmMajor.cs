namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// The Helm majors every chart test runs under: Helm 3 is what Flux's helm-controller and Argo CD embed,
/// Helm 4 is current. The value is the major version number (test names show the member name).
/// </summary>
public enum HelmMajor
{
    /// <summary>Helm 3 (3.18.0 in CI).</summary>
    Helm3 = 3,

    /// <summary>Helm 4 (4.1.4 in CI).</summary>
    Helm4 = 4,
}
