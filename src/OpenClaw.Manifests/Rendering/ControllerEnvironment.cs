using System.Globalization;
using k8s.Models;
using OpenClaw.Manifests.Model;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// The controller's environment. The names are a contract with the existing controller images: what the current
/// controller reads (PORT, OIDC_ISSUER_URL, OIDC_INTERNAL_ISSUER_URL, OIDC_CLIENT_ID, TENANT_NAMESPACE,
/// IDLE_TIMEOUT_MINUTES), every other variable upstream's chart sets (LLM_*, the OpenAI-compatible aliases,
/// POD_TEMPLATE_*), and the legacy KEYCLOAK_* / NEWAPI_BASE_URL_DEFAULT names that older controller images read.
/// </summary>
internal static class ControllerEnvironment
{
    public static List<V1EnvVar> Build(Tenant tenant)
    {
        var env = new List<V1EnvVar>
        {
            EnvVars.Value("OIDC_ISSUER_URL", tenant.Oidc.IssuerUrl.Value),
            // Read by controller builds since upstream commit 5f0ef22; unset (no value) means "discover from the issuer".
            EnvVars.Optional("OIDC_INTERNAL_ISSUER_URL", tenant.Oidc.InternalIssuerUrl?.Value),
            EnvVars.Value("OIDC_CLIENT_ID", tenant.Oidc.ClientId),
            EnvVars.FromSecret("OIDC_CLIENT_SECRET", tenant.Oidc.ClientSecret),
            EnvVars.Value("LLM_BASE_URL", tenant.Llm.BaseUrl.Value),
            EnvVars.FromSecret("LLM_API_KEY", tenant.Llm.ApiKey),
            EnvVars.Value("LLM_DEFAULT_MODEL", tenant.Llm.DefaultModel),
            EnvVars.Value("OPENAI_API_BASE", tenant.Llm.BaseUrl.Value),
            EnvVars.FromSecret("OPENAI_API_KEY", tenant.Llm.ApiKey),
            EnvVars.Value("KEYCLOAK_REALM_URL", tenant.Oidc.IssuerUrl.Value),
            EnvVars.Value("KEYCLOAK_CLIENT_ID", tenant.Oidc.ClientId),
            EnvVars.FromSecret("KEYCLOAK_CLIENT_SECRET", tenant.Oidc.ClientSecret),
            EnvVars.Value("NEWAPI_BASE_URL_DEFAULT", tenant.Llm.BaseUrl.Value),
            EnvVars.Value("TENANT_NAME", tenant.Name.Value),
            EnvVars.Value("TENANT_NAMESPACE", tenant.EffectiveNamespace),
            EnvVars.Value("POD_TEMPLATE_CONFIGMAP", Names.PodTemplate),
            EnvVars.Value("POD_TEMPLATE_NAMESPACE", tenant.EffectiveNamespace),
            EnvVars.Value("PORT", Names.ControllerPort.ToString(CultureInfo.InvariantCulture)),
            EnvVars.Value("IDLE_TIMEOUT_MINUTES", tenant.Runtime.IdleTimeoutMinutes.ToString(CultureInfo.InvariantCulture)),
        };
        env.AddRange(EnvVars.Extra(tenant.Controller.ExtraEnv));
        return env;
    }
}
