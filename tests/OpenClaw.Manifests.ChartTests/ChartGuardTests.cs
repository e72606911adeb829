using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Chart;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>The chart refuses to render unsafe or incomplete values, and says which value is wrong.</summary>
public sealed class ChartGuardTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    private static JsonObject AcmeValues() => TenantValues.Overlay(SampleTenants.Get("acme"));

    private Helm.Result Render(JsonObject values) => Helm.Template("acme", chart.Chart, "org-acme", chart.Values(values));

    /// <summary>The chart names a value as its dotted path; the schema (for a key that is absent altogether) as "parent: key".</summary>
    private static void AssertFailsNaming(Helm.Result result, string path)
    {
        Assert.True(result.ExitCode != 0, $"expected a failure naming {path}, got:\n{result}");
        var cut = path.LastIndexOf('.');
        var schemaForm = cut < 0 ? path : path[..cut] + ": " + path[(cut + 1)..];
        Assert.True(result.Stderr.Contains(path, StringComparison.Ordinal) || result.Stderr.Contains(schemaForm, StringComparison.Ordinal),
            $"the failure does not name {path}:\n{result.Stderr}");
    }

    public static TheoryData<string> RequiredScalars()
    {
        var data = new TheoryData<string>();
        foreach (var v in ValueCatalog.Leaves.Where(v => v.Required && v.Kind is ValueKind.String or ValueKind.Integer)) data.Add(v.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredScalars))]
    public void An_empty_required_value_fails_naming_it(string path)
    {
        var values = AcmeValues();
        ValueTree.Set(values, path, ValueCatalog.Get(path).Kind == ValueKind.Integer ? null : JsonValue.Create(""));
        AssertFailsNaming(Render(values), path);
    }

    [Fact]
    public void A_required_value_removed_altogether_fails_naming_it()
    {
        // null deletes a key in Helm's value merge; the schema then reports it.
        var values = AcmeValues();
        ValueTree.Set(values, "llm.baseURL", null);
        AssertFailsNaming(Render(values), "llm.baseURL");
    }

    [Fact]
    public void The_chart_defaults_alone_do_not_render()
    {
        var result = Render(new JsonObject());
        AssertFailsNaming(result, "is required");
    }

    [Theory]
    [InlineData("controller.image")]
    [InlineData("perUserPod.image")]
    public void A_tag_without_a_digest_fails_naming_the_digest(string image)
    {
        var values = AcmeValues();
        ValueTree.Set(values, image + ".tag", "1.4.2");
        ValueTree.Set(values, image + ".digest", "");
        var result = Render(values);
        AssertFailsNaming(result, image + ".digest");
        Assert.Contains("OCM0001", result.Stderr);
    }

    [Theory]
    [InlineData("sha256:abc")]
    [InlineData("sha256:3C1F0B9E2A4D5C6B7A8F9E0D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6F7E8D9C0B")]
    [InlineData("md5:3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f")]
    [InlineData("latest")]
    public void A_malformed_digest_fails_naming_it(string digest)
    {
        var values = AcmeValues();
        ValueTree.Set(values, "controller.image.digest", digest);
        AssertFailsNaming(Render(values), "controller.image.digest");
    }

    [Fact]
    public void A_bare_64_hex_digest_is_accepted()
    {
        var values = AcmeValues();
        var digest = ValueTree.Get(values, "controller.image.digest")!.GetValue<string>();
        ValueTree.Set(values, "controller.image.digest", digest["sha256:".Length..]);
        var result = Render(values);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("openclaw-controller@" + digest, result.Stdout);
    }

    [Theory]
    [InlineData("llm.defaultModel", "REPLACE_ME")]
    [InlineData("ingress.host", "openclaw.example.invalid")]
    [InlineData("oidc.clientId", "client-<name>")]
    [InlineData("llm.baseURL", "https://api.example.invalid/v1")]
    public void A_placeholder_fails_under_assertNoPlaceholders(string path, string placeholder)
    {
        var values = AcmeValues();
        ValueTree.Set(values, path, placeholder);
        var result = Render(values);
        if (path == "oidc.clientId")
        {
            // '<' is outside the client-id pattern: the schema refuses it before the templates run, also naming the value.
            AssertFailsNaming(result, "clientId");
            return;
        }
        AssertFailsNaming(result, path);
        Assert.Contains("placeholder", result.Stderr);

        ValueTree.Set(values, "assertNoPlaceholders", false);
        var allowed = Render(values);
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
    }

    [Fact]
    public void Unknown_keys_are_rejected_by_the_schema()
    {
        var values = AcmeValues();
        ValueTree.Set(values, "oidc.issuerUrl", "https://typo.example.org");
        var typo = Render(values);
        AssertFailsNaming(typo, "issuerUrl");

        var top = AcmeValues();
        top["replicaCount"] = 2;
        AssertFailsNaming(Render(top), "replicaCount");

        var env = AcmeValues();
        ValueTree.Set(env, "controller.extraEnv", new JsonArray(new JsonObject { ["name"] = "A", ["valueFrom"] = new JsonObject() }));
        AssertFailsNaming(Render(env), "valueFrom");
    }

    [Fact]
    public void An_extra_env_with_both_a_value_and_a_secret_is_rejected()
    {
        var values = AcmeValues();
        ValueTree.Set(values, "controller.extraEnv", new JsonArray(new JsonObject
        {
            ["name"] = "A",
            ["value"] = "x",
            ["secretKeyRef"] = new JsonObject { ["name"] = "s", ["key"] = "k" },
        }));
        AssertFailsNaming(Render(values), "extraEnv");
    }
}
