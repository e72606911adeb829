using OpenClaw.Manifests.Analyzers.Rules;
using OpenClaw.Manifests.CodeFixes.Rules;
using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.CodeFixVerifier<
    OpenClaw.Manifests.Analyzers.Rules.CreateWithResourceNamesAnalyzer,
    OpenClaw.Manifests.CodeFixes.Rules.CreateWithResourceNamesFixer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class CreateWithResourceNamesFixerTests
{
    [Fact]
    public Task Splits_a_V1PolicyRule_in_a_multiline_collection_initializer() => Verify.VerifyAsync(
        InMethod("""
        var rules = new List<V1PolicyRule>
        {
            new V1PolicyRule { ApiGroups = [""], Resources = ["secrets"], Verbs = ["get"], ResourceNames = ["key"] },
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", {|OCM0002:"create"|}, "delete"], ResourceNames = ["runtime"] },
        };
        """),
        InMethod("""
        var rules = new List<V1PolicyRule>
        {
            new V1PolicyRule { ApiGroups = [""], Resources = ["secrets"], Verbs = ["get"], ResourceNames = ["key"] },
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", "delete"], ResourceNames = ["runtime"] },
            new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create"] },
        };
        """));

    [Fact]
    public Task Splits_the_last_element_without_trailing_comma_of_a_collection_expression() => Verify.VerifyAsync(
        InMethod("""
        var role = new V1Role
        {
            Rules =
            [
                new V1PolicyRule
                {
                    ApiGroups = [""],
                    Resources = ["pods"],
                    Verbs = new List<string> { {|OCM0002:"deletecollection"|}, "list" },
                    ResourceNames = ["runtime"]
                }
            ],
        };
        """),
        InMethod("""
        var role = new V1Role
        {
            Rules =
            [
                new V1PolicyRule
                {
                    ApiGroups = [""],
                    Resources = ["pods"],
                    Verbs = new List<string> { "list" },
                    ResourceNames = ["runtime"]
                },
                new V1PolicyRule
                {
                    ApiGroups = [""],
                    Resources = ["pods"],
                    Verbs = new List<string> { "deletecollection" }
                }
            ],
        };
        """));

    [Fact]
    public Task Drops_resourceNames_when_every_verb_is_nameless() => Verify.VerifyAsync(
        InMethod("""
        V1PolicyRule[] rules = [new V1PolicyRule { Verbs = [{|OCM0002:"create"|}], ResourceNames = ["runtime"], Resources = ["pods"] }];
        """),
        InMethod("""
        V1PolicyRule[] rules = [new V1PolicyRule { Verbs = ["create"], Resources = ["pods"] }];
        """));

    [Fact]
    public Task Splits_an_RbacRule_initializer_and_a_builder_chain() => Verify.VerifyAsync(
        InMethod("""
        var rbac = new RbacSettings
        {
            ExtraRules =
            [
                new RbacRule { ApiGroups = [""], Resources = ["pods"], Verbs = [{|OCM0002:"create"|}, "get"], ResourceNames = ["runtime"] },
                RbacRule.For("", "pods/exec").WithVerbs("get", {|OCM0002:"create"|}).WithResourceNames("runtime"),
            ],
        };
        """),
        InMethod("""
        var rbac = new RbacSettings
        {
            ExtraRules =
            [
                new RbacRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get"], ResourceNames = ["runtime"] },
                new RbacRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create"] },
                RbacRule.For("", "pods/exec").WithVerbs("get").WithResourceNames("runtime"),
                RbacRule.For("", "pods/exec").WithVerbs("create"),
            ],
        };
        """));

    [Fact]
    public Task Offers_no_fix_outside_a_collection_or_for_non_literal_verbs() => Verify.VerifyNoFixAsync(InMethod("""
        var single = new V1PolicyRule { Verbs = ["get", {|OCM0002:"create"|}], ResourceNames = ["runtime"] };
        var verb = "get";
        V1PolicyRule[] rules = [new V1PolicyRule { Verbs = [verb, {|OCM0002:"create"|}], ResourceNames = ["runtime"] }];
        """));
}
