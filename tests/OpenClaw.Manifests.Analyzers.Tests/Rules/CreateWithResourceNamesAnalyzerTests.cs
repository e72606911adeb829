using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.CreateWithResourceNamesAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class CreateWithResourceNamesAnalyzerTests
{
    [Fact]
    public Task V1PolicyRule_in_every_list_shape_is_reported() => Verify.VerifyAsync(InMethod("""
        var a = new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", {|OCM0002:"create"|}], ResourceNames = ["runtime"] };
        var b = new V1PolicyRule { Verbs = new List<string> { {|OCM0002:"deletecollection"|} }, ResourceNames = new List<string> { "runtime" } };
        var c = new V1PolicyRule { Verbs = new[] { {|OCM0002:"create"|} }, ResourceNames = new string[] { "runtime" } };
        var d = new V1PolicyRule() { Verbs = { {|OCM0002:"create"|} }, ResourceNames = { "runtime" } };
        """));

    [Fact]
    public Task Message_lists_every_offending_verb_and_points_at_the_rule() => Verify.VerifyAsync(
        InMethod("""
        var a = {|#1:new V1PolicyRule { Verbs = [{|#0:"create"|}, "get", "deletecollection"], ResourceNames = ["runtime"] }|};
        """),
        // The second location is the whole rule: the span the code fix splits.
        Verify.Diagnostic("OCM0002").WithLocation(0).WithLocation(1).WithArguments("'create', 'deletecollection'"));

    [Fact]
    public Task RbacRule_initializer_and_builder_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = new RbacRule { ApiGroups = [""], Resources = ["pods"], Verbs = [{|OCM0002:"create"|}], ResourceNames = ["runtime"] };
        var b = RbacRule.For("", "pods").WithVerbs("get", {|OCM0002:"create"|}).WithResourceNames("runtime");
        var c = RbacRule.For("", "pods").WithResourceNames("runtime").WithVerbs({|OCM0002:"deletecollection"|});
        var d = new RbacRule { ResourceNames = ["runtime"] }.WithVerbs({|OCM0002:"create"|});
        var e = a with { Verbs = [{|OCM0002:"create"|}], ResourceNames = ["x"] };
        """));

    [Fact]
    public Task Create_alone_and_names_on_other_verbs_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["create"] };
        var b = new V1PolicyRule { ApiGroups = [""], Resources = ["secrets"], Verbs = ["get", "list", "watch"], ResourceNames = ["newapi-key-1"] };
        var c = new V1PolicyRule { Verbs = ["create"], ResourceNames = [] };
        var d = new V1PolicyRule { Verbs = ["create"], ResourceNames = null };
        var e = RbacRule.For("", "pods").WithVerbs("create");
        var f = RbacRule.For("", "pods").WithVerbs("get").WithResourceNames("runtime");
        var g = new V1PolicyRule { Verbs = ["create"], ResourceNames = new List<string>() };
        """));

    [Fact]
    public Task Later_builder_calls_replace_earlier_ones() => Verify.VerifyAsync(InMethod("""
        var a = RbacRule.For("", "pods").WithVerbs("create").WithResourceNames("runtime").WithVerbs("get");
        var b = RbacRule.For("", "pods").WithVerbs("get").WithResourceNames("runtime").WithVerbs({|OCM0002:"create"|});
        """));
}
