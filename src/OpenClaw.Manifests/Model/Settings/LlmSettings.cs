namespace OpenClaw.Manifests.Model;

/// <summary>The tenant's OpenAI-compatible LLM gateway (its own NewAPI, never a shared one).</summary>
public sealed record LlmSettings
{
    /// <summary>The gateway's OpenAI-compatible base URL, such as <c>https://api.acme.example.org/v1</c>; the controller and the per-user pods call it.</summary>
    public required HttpsUrl BaseUrl { get; init; }

    /// <summary>Where the controller's API key lives.</summary>
    public required SecretKeyRef ApiKey { get; init; }

    /// <summary>The model a tenant gets when it names none.</summary>
    public const string DefaultModelName = "qwen3.6";

    /// <summary>Model the gateway maps to a backing channel; defaults to <see cref="DefaultModelName"/>.</summary>
    public string DefaultModel { get; init; } = DefaultModelName;
}
