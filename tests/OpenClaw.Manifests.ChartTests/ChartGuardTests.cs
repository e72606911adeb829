using System.Text.Json.Nodes;
using OpenClaw.Manifests.ChartTests.Infrastructure;
using OpenClaw.Manifests.Generation.Chart;

namespace OpenClaw.Manifests.ChartTests;

/// <summary>The chart refuses to render unsafe or incomplete values, and says which value is wrong.</summary>
public sealed class ChartGuardTests(ChartFixture chart) : IClassFixture<ChartFixture>
{
    private static JsonObject AcmeValues() => TenantValues.Overlay(SampleTenants.Get("acme"));

    private Helm.Result Render(HelmMajor helm, JsonObject values) => Helm.Of(helm).Template("acme", chart.Chart, "org-acme", chart.Values(values));

    /// <summary>
    /// The chart's templates name a value as its dotted path; the schema check names it the way the major's
    /// JSON Schema library does. Helm 3 (gojsonschema): "controller.image.digest: Does not match pattern",
    /// and for an absent key "llm: baseURL is required". Helm 4 (santhosh-tekuri/jsonschema): a JSON pointer,
    /// "at '/controller/image/digest': … does not match pattern", and "at '/llm': missing property 'baseURL'".
    /// </summary>
    private static void AssertFailsNaming(Helm.Result result, string path)
    {
        Assert.True(result.ExitCode != 0, $"expected a failure naming {path}, got:\n{result}");
        var cut = path.LastIndexOf('.');
        var (parent, key) = cut < 0 ? ("", path) : (path[..cut], path[(cut + 1)..]);
        string[][] forms = result.Major == HelmMajor.Helm3
            ? [[path], [parent + ": " + key]]
            : [[path], ["at '/" + path.Replace('.', '/') + "'"], ["at '/" + parent.Replace('.', '/') + "'", "'" + key + "'"]];
        Assert.True(forms.Any(form => form.All(f => result.Stderr.Contains(f, StringComparison.Ordinal))),
            $"the failure does not name {path}:\n{result.Stderr}");
    }

    public static IEnumerable<object[]> RequiredScalars() => HelmCases.With(
        ValueCatalog.Leaves.Where(v => v.Required && v.Kind is ValueKind.String or ValueKind.Integer).Select(v => new object[] { v.Path }));

    public static IEnumerable<object[]> Images() => HelmCases.With([["controller.image"], ["perUserPod.image"]]);

    public static IEnumerable<object[]> MalformedDigests() => HelmCases.With(
    [
        ["sha256:abc"],
        ["sha256:3C1F0B9E2A4D5C6B7A8F9E0D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6F7E8D9C0B"],
        ["md5:3c1f0b9e2a4d5c6b7a8f9e0d1c2b3a4f"],
        ["latest"],
    ]);

    public static IEnumerable<object[]> Placeholders() => HelmCases.With(
    [
        ["llm.defaultModel", "REPLACE_ME"],
        ["ingress.host", "openclaw.example.invalid"],
        ["oidc.clientId", "client-<name>"],
        ["llm.baseURL", "https://api.example.invalid/v1"],
    ]);

    [HelmTheory]
    [MemberData(nameof(RequiredScalars))]
    public void An_empty_required_value_fails_naming_it(HelmMajor helm, string path)
    {
        var values = AcmeValues();
        ValueTree.Set(values, path, ValueCatalog.Get(path).Kind == ValueKind.Integer ? null : JsonValue.Create(""));
        AssertFailsNaming(Render(helm, values), path);
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void A_required_value_removed_altogether_fails_naming_it(HelmMajor helm)
    {
        // null deletes a key in Helm's value merge; the schema then reports it.
        var values = AcmeValues();
        ValueTree.Set(values, "llm.baseURL", null);
        AssertFailsNaming(Render(helm, values), "llm.baseURL");
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void The_chart_defaults_alone_do_not_render(HelmMajor helm)
    {
        var result = Render(helm, new JsonObject());
        AssertFailsNaming(result, "is required");
    }

    [HelmTheory]
    [MemberData(nameof(Images))]
    public void A_tag_without_a_digest_fails_naming_the_digest(HelmMajor helm, string image)
    {
        var values = AcmeValues();
        ValueTree.Set(values, image + ".tag", "1.4.2");
        ValueTree.Set(values, image + ".digest", "");
        var result = Render(helm, values);
        AssertFailsNaming(result, image + ".digest");
        Assert.Contains("OCM0001", result.Stderr);
    }

    [HelmTheory]
    [MemberData(nameof(MalformedDigests))]
    public void A_malformed_digest_fails_naming_it(HelmMajor helm, string digest)
    {
        var values = AcmeValues();
        ValueTree.Set(values, "controller.image.digest", digest);
        AssertFailsNaming(Render(helm, values), "controller.image.digest");
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void A_bare_64_hex_digest_is_accepted(HelmMajor helm)
    {
        var values = AcmeValues();
        var digest = ValueTree.Get(values, "controller.image.digest")!.GetValue<string>();
        ValueTree.Set(values, "controller.image.digest", digest["sha256:".Length..]);
        var result = Render(helm, values);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("openclaw-controller@" + digest, result.Stdout);
    }

    [HelmTheory]
    [MemberData(nameof(Placeholders))]
    public void A_placeholder_fails_under_assertNoPlaceholders(HelmMajor helm, string path, string placeholder)
    {
        var values = AcmeValues();
        ValueTree.Set(values, path, placeholder);
        var result = Render(helm, values);
        if (path == "oidc.clientId")
        {
            // '<' is outside the client-id pattern: the schema refuses it before the templates run, also naming the value.
            AssertFailsNaming(result, "clientId");
            return;
        }
        AssertFailsNaming(result, path);
        Assert.Contains("placeholder", result.Stderr);

        ValueTree.Set(values, "assertNoPlaceholders", false);
        var allowed = Render(helm, values);
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void Unknown_keys_are_rejected_by_the_schema(HelmMajor helm)
    {
        var values = AcmeValues();
        ValueTree.Set(values, "oidc.issuerUrl", "https://typo.example.org");
        var typo = Render(helm, values);
        AssertFailsNaming(typo, "issuerUrl");

        var top = AcmeValues();
        top["replicaCount"] = 2;
        AssertFailsNaming(Render(helm, top), "replicaCount");

        var env = AcmeValues();
        ValueTree.Set(env, "controller.extraEnv", new JsonArray(new JsonObject { ["name"] = "A", ["valueFrom"] = new JsonObject() }));
        AssertFailsNaming(Render(helm, env), "valueFrom");
    }

    [HelmTheory]
    [MemberData(nameof(HelmCases.Majors), MemberType = typeof(HelmCases))]
    public void An_extra_env_with_both_a_value_and_a_secret_is_rejected(HelmMajor helm)
    {
        var values = AcmeValues();
        ValueTree.Set(values, "controller.extraEnv", new JsonArray(new JsonObject
        {
            ["name"] = "A",
            ["value"] = "x",
            ["secretKeyRef"] = new JsonObject { ["name"] = "s", ["key"] = "k" },
        }));
        AssertFailsNaming(Render(helm, values), "extraEnv");
    }
}
