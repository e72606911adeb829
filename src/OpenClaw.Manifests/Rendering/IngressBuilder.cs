using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>The public ingress: <c>openclaw.&lt;domain&gt;</c> with a cert-manager certificate.</summary>
internal static class IngressBuilder
{
    /// <summary>The Ingress, or null when the tenant is exposed through an HTTPRoute.</summary>
    public static V1Ingress? Build(Tenant tenant) => tenant.Exposure != Exposure.Ingress ? null : new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "Ingress",
        Metadata = TenantMetadata.For(tenant, Names.Ingress, Labels.Components.Controller,
            new Dictionary<string, string> { ["cert-manager.io/cluster-issuer"] = tenant.Ingress.ClusterIssuer }),
        Spec = new V1IngressSpec
        {
            IngressClassName = tenant.Ingress.ClassName,
            Tls = [new V1IngressTLS { Hosts = [tenant.EffectiveHost], SecretName = Names.TlsSecret }],
            Rules =
            [
                new V1IngressRule
                {
                    Host = tenant.EffectiveHost,
                    Http = new V1HTTPIngressRuleValue
                    {
                        Paths =
                        [
                            new V1HTTPIngressPath
                            {
                                Path = "/",
                                PathType = "Prefix",
                                Backend = new V1IngressBackend
                                {
                                    Service = new V1IngressServiceBackend { Name = Names.Controller, Port = new V1ServiceBackendPort { Name = Names.ServicePortName } },
                                },
                            },
                        ],
                    },
                },
            ],
        },
    };
}
