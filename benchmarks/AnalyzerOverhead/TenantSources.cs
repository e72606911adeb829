using System.Globalization;
using System.Text;

namespace AnalyzerOverhead;

/// <summary>
/// A synthetic platform repository: one file per tenant, declaring the tenant with the library's model and
/// its extra Kubernetes objects with k8s.Models, the way a platform team writes them. All of it is safe, so
/// the analyzers run their full checks and report nothing (the common case on every build).
/// </summary>
internal static class TenantSources
{
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static IReadOnlyList<(string Path, string Text)> Generate(int tenants)
    {
        var files = new List<(string, string)>(tenants + 1);
        for (var i = 0; i < tenants; i++)
            files.Add(($"Tenants/Tenant{i:D4}.cs", Tenant(i)));
        files.Add(("Tenants/All.cs", Index(tenants)));
        return files;
    }

    private static string Index(int tenants)
    {
        var sb = new StringBuilder();
        sb.AppendLine("namespace Platform.Tenants;");
        sb.AppendLine("public static class All");
        sb.AppendLine("{");
        sb.AppendLine("    public static System.Collections.Generic.IReadOnlyList<OpenClaw.Manifests.Model.Tenant> Tenants => new[]");
        sb.AppendLine("    {");
        for (var i = 0; i < tenants; i++)
            sb.Append("        Tenant").Append(i.ToString("D4", CultureInfo.InvariantCulture)).AppendLine(".Build(),");
        sb.AppendLine("    };");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Tenant(int i)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        return $$"""
            using System.Collections.Generic;
            using k8s.Models;
            using OpenClaw.Manifests.Model;

            namespace Platform.Tenants;

            public static class Tenant{{n}}
            {
                private const string Registry = "ghcr.io/openova-io/openova";

                public static Tenant Build() => new()
                {
                    Name = DnsLabel.Parse("acme{{n}}"),
                    Domain = DnsName.Parse("acme{{n}}.example.org"),
                    Oidc = new OidcSettings
                    {
                        IssuerUrl = HttpsUrl.Parse("https://keycloak.acme{{n}}.example.org/realms/org-acme{{n}}"),
                        ClientId = "openclaw",
                        ClientSecret = new SecretKeyRef("oidc-acme{{n}}", "client-secret"),
                    },
                    Llm = new LlmSettings
                    {
                        BaseUrl = HttpsUrl.Parse("https://api.acme{{n}}.example.org/v1"),
                        ApiKey = new SecretKeyRef("llm-acme{{n}}", "api-key"),
                        DefaultModel = "qwen3.6",
                    },
                    Images = new TenantImages
                    {
                        Controller = ImageReference.Parse("ghcr.io/openova-io/openova/openclaw-controller:0.2.{{i % 10}}@sha256:{{Digest}}"),
                        Runtime = ImageReference.Create(Registry + "/openclaw-runtime", "sha256:{{Digest}}", "0.2.{{i % 10}}"),
                    },
                    Controller = new ControllerSettings
                    {
                        Replicas = {{1 + (i % 3)}},
                        Resources = new ComputeResources("100m", "128Mi", "500m", "512Mi"),
                        ExtraEnv =
                        [
                            EnvVarSpec.Plain("LOG_LEVEL", "info"),
                            EnvVarSpec.Plain("OPENCLAW_TENANT_ID", "acme{{n}}"),
                            EnvVarSpec.FromSecret("SMTP_PASSWORD", new SecretKeyRef("smtp-acme{{n}}", "password")),
                        ],
                    },
                    Runtime = new RuntimeSettings { IdleTimeoutMinutes = {{15 + (i % 45)}} },
                    Rbac = new RbacSettings
                    {
                        ExtraRules =
                        [
                            RbacRule.For("", "configmaps").WithVerbs("get", "list", "watch"),
                            RbacRule.For("", "secrets").WithVerbs("get").WithResourceNames("newapi-key-{{n}}"),
                            new RbacRule { ApiGroups = ["batch"], Resources = ["jobs"], Verbs = ["create"] },
                        ],
                    },
                    Quota = new QuotaSettings { Cpu = "{{4 + (i % 8)}}", Memory = "{{8 + (i % 8)}}Gi", Pods = 50 },
                    Storage = new StorageSettings { Size = "{{10 + (i % 5)}}Gi" },
                };

                public static V1Deployment Sidecar() => new()
                {
                    Metadata = new V1ObjectMeta
                    {
                        Name = "metrics-acme{{n}}",
                        NamespaceProperty = "org-acme{{n}}",
                        Labels = new Dictionary<string, string> { ["openclaw.io/tenant"] = "acme{{n}}", ["app.kubernetes.io/name"] = "metrics" },
                    },
                    Spec = new V1DeploymentSpec
                    {
                        Replicas = 1,
                        Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "metrics" } },
                        Template = new V1PodTemplateSpec
                        {
                            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "metrics" } },
                            Spec = new V1PodSpec
                            {
                                AutomountServiceAccountToken = false,
                                HostNetwork = false,
                                Containers =
                                [
                                    new V1Container
                                    {
                                        Name = "exporter",
                                        Image = "ghcr.io/openova-io/openova/metrics-exporter:1.{{i % 7}}@sha256:{{Digest}}",
                                        Args = ["--listen=0.0.0.0:9100", "--tenant=acme{{n}}"],
                                        Env =
                                        [
                                            new V1EnvVar { Name = "EXPORTER_MODE", Value = "pull" },
                                            new V1EnvVar
                                            {
                                                Name = "EXPORTER_TOKEN",
                                                ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "metrics-acme{{n}}", Key = "token" } },
                                            },
                                        ],
                                        SecurityContext = new V1SecurityContext
                                        {
                                            Privileged = false,
                                            AllowPrivilegeEscalation = false,
                                            RunAsNonRoot = true,
                                            RunAsUser = 10001,
                                            ReadOnlyRootFilesystem = true,
                                            Capabilities = new V1Capabilities { Drop = ["ALL"] },
                                            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                                        },
                                        VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }],
                                    },
                                ],
                                Volumes = [new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() }],
                            },
                        },
                    },
                };

                public static V1Role MetricsRole() => new()
                {
                    Metadata = new V1ObjectMeta { Name = "metrics-acme{{n}}", NamespaceProperty = "org-acme{{n}}" },
                    Rules =
                    [
                        new V1PolicyRule { ApiGroups = [""], Resources = ["pods", "pods/log"], Verbs = ["get", "list", "watch"] },
                        new V1PolicyRule { ApiGroups = [""], Resources = ["configmaps"], Verbs = ["get"], ResourceNames = ["metrics-acme{{n}}"] },
                    ],
                };
            }
            """;
    }
}
