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
    public Task Exact_lists_and_stars_inside_names_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1PolicyRule { ApiGroups = [""], Resources = ["pods", "pods/log"], Verbs = ["get", "list", "watch"] };
        var b = new V1PolicyRule { NonResourceURLs = ["/healthz/*"], Verbs = ["get"] };
        var c = RbacRule.For("apps", "deployments").WithVerbs("get").WithResourceNames("*");
        var d = new V1ObjectMeta { Name = "*" };
        """));
}
