using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.WildcardRbacAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class WildcardRbacAnalyzerTests
{
    [Fact]
    public Task Wildcards_in_every_list_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = new V1PolicyRule { ApiGroups = [{|OCM0004:"*"|}], Resources = ["pods", {|OCM0004:"*"|}], Verbs = new List<string> { {|OCM0004:"*"|} } };
        var b = new V1PolicyRule { NonResourceURLs = [{|OCM0004:"*"|}], Verbs = ["get"] };
        var c = new RbacRule { ApiGroups = [""], Resources = ["pods"], Verbs = [{|OCM0004:"*"|}] };
        var d = RbacRule.For({|OCM0004:"*"|}, "pods").WithVerbs("get", {|OCM0004:"*"|});
        var e = RbacRule.For("", {|OCM0004:"*"|}).WithVerbs("get");
        // The authorizer's other expansions: a subresource of every resource, every URL under a prefix.
        var f = new V1PolicyRule { Resources = ["pods", {|OCM0004:"*/exec"|}], Verbs = ["get"] };
        var g = new V1PolicyRule { NonResourceURLs = [{|OCM0004:"/healthz/*"|}], Verbs = ["get"] };
        """));

    [Fact]
    public Task Message_names_the_field() => Verify.VerifyAsync(
        InMethod("""
        var a = new V1PolicyRule { Resources = [{|#0:"*"|}], Verbs = ["get"] };
        """),
        Verify.Diagnostic("OCM0004").WithLocation(0).WithArguments("resources"));

    [Fact]
    public Task Constants_declared_elsewhere_are_followed() => Verify.VerifyAsync(Usings + """
        public static class Names
        {
            public const string All = "*";
        }

        public static class Roles
        {
            public static object Build() => new V1PolicyRule { Verbs = [{|OCM0004:Names.All|}], Resources = ["pods"] };
        }
        """);

    [Fact]
    public Task Exact_lists_and_strings_the_authorizer_compares_literally_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1PolicyRule { ApiGroups = [""], Resources = ["pods", "pods/log"], Verbs = ["get", "list", "watch"] };
        var b = new V1PolicyRule { NonResourceURLs = ["/healthz", "/a*b"], Verbs = ["get"] };
        // "pods/*" and resourceNames ["*"] match only those literal strings: they grant nothing, but widen nothing either.
        var c = RbacRule.For("apps", "deployments").WithVerbs("get").WithResourceNames("*");
        var c2 = new V1PolicyRule { ApiGroups = ["*.example.org"], Resources = ["pods/*", "x*/scale"], Verbs = ["get*"] };
        var d = new V1ObjectMeta { Name = "*" };
        """));
}
