using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.PlaintextSecretAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class PlaintextSecretAnalyzerTests
{
    // Shaped like an OpenAI-compatible key, built at run time of the test so no scanner mistakes this file for a leak.
    private static readonly string ApiKey = "sk-" + new string('a', 8) + "Q7pLm2Xv9TzR4wKc";

    [Fact]
    public Task Secret_data_literals_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = new V1Secret { StringData = new Dictionary<string, string> { ["password"] = {|OCM0003:"hunter2"|} } };
        var b = new V1Secret { StringData = new Dictionary<string, string> { { "password", {|OCM0003:"hunter2"|} } } };
        var c = new V1Secret { Data = new Dictionary<string, byte[]> { ["key"] = System.Text.Encoding.UTF8.GetBytes({|OCM0003:"hunter2"|}) } };
        var d = new V1Secret { Data = new Dictionary<string, byte[]> { ["key"] = {|OCM0003:"hunter2"u8|}.ToArray() } };
        var e = new V1Secret { Data = new Dictionary<string, byte[]> { ["key"] = System.Convert.FromBase64String({|OCM0003:"aHVudGVyMg=="|}) } };
        var f = new V1Secret { Data = new Dictionary<string, byte[]> { ["key"] = {|OCM0003:new byte[] { 1, 2, 3 }|} } };
        var s = new V1Secret { StringData = new Dictionary<string, string>(), Data = new Dictionary<string, byte[]>() };
        s.StringData["token"] = {|OCM0003:"abc"|};
        s.StringData.Add("token2", {|OCM0003:"abc"|});
        """));

    [Fact]
    public Task Secret_data_from_elsewhere_is_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1Secret { StringData = new Dictionary<string, string> { ["password"] = version, ["empty"] = "" } };
        var b = new V1Secret { Data = new Dictionary<string, byte[]> { ["key"] = System.Text.Encoding.UTF8.GetBytes(System.Environment.GetEnvironmentVariable("KEY")!) } };
        var c = new V1Secret { Metadata = new V1ObjectMeta { Name = "newapi-key-1" }, Type = "Opaque" };
        """));

    [Fact]
    public Task Env_values_under_secret_names_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = new V1EnvVar { Name = "OPENAI_API_KEY", Value = {|OCM0003:"changeme"|} };
        var b = new V1EnvVar { Value = {|OCM0003:"changeme"|}, Name = "OIDC_CLIENT_SECRET" };
        var c = EnvVarSpec.Plain("DB_PASSWORD", {|OCM0003:"changeme"|});
        """));

    [Fact]
    public Task Env_values_under_plain_names_and_secret_references_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1EnvVar { Name = "LLM_DEFAULT_MODEL", Value = "qwen3.6" };
        var b = new V1EnvVar { Name = "OPENAI_API_BASE", Value = "https://api.acme.example.org/v1" };
        var c = new V1EnvVar { Name = "OPENAI_API_KEY", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "llm", Key = "api-key" } } };
        var d = EnvVarSpec.FromSecret("OPENAI_API_KEY", new SecretKeyRef("llm", "api-key"));
        var e = EnvVarSpec.Plain("API_KEY_ID", "key-1");
        var f = new V1EnvVar { Name = "OPENAI_API_KEY", Value = "" };
        var g = EnvVarSpec.Plain("OPENAI_API_KEY", version);
        """));

    [Fact]
    public Task Credential_shaped_literals_in_model_properties_are_reported() => Verify.VerifyAsync(InMethod($$"""
        var a = new V1Container { Name = "app", Args = ["--api-key", {|OCM0003:"{{ApiKey}}"|}] };
        var b = new V1EnvVar { Name = "EXTRA", Value = {|OCM0003:"{{ApiKey}}"|} };
        var c = EnvVarSpec.Plain("EXTRA", {|OCM0003:"{{ApiKey}}"|});
        var d = new V1ObjectMeta { Annotations = new Dictionary<string, string> { ["x"] = {|OCM0003:"https://bot:{{ApiKey}}@git.example.org/repo"|} } };
        var e = new V1Container();
        e.Command = new List<string> { "curl", {|OCM0003:"https://api.example.org/v1?api_key=abcdef"|} };
        """));

    [Fact]
    public Task Message_says_where_and_why() => Verify.VerifyAsync(
        InMethod($$"""
        var a = new V1Container { Name = "app", WorkingDir = {|#0:"{{ApiKey}}"|} };
        """),
        Verify.Diagnostic("OCM0003").WithLocation(0).WithArguments("V1Container.WorkingDir (a value shaped like an API key or token)"));

    [Fact]
    public Task Digests_fingerprints_and_ordinary_values_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1Container { Name = "app", Image = "ghcr.io/acme/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" };
        var b = new SopsSettings { Pgp = ["85D77543B3D624B63CEA9E6DBC17301B491B3F21"], Age = ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"] };
        var c = ImageReference.Create("ghcr.io/acme/app", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        var d = new V1Container { Name = "app", Args = ["--listen=0.0.0.0:8080", "--log-level=info"], WorkingDir = "/var/lib/openclaw/workspace" };
        var e = new LlmSettings { BaseUrl = HttpsUrl.Parse("https://api.acme.example.org/v1"), ApiKey = new SecretKeyRef("llm", "api-key") };
        """));
}
