using static OpenClaw.Manifests.Analyzers.Tests.Verifiers.Sources;
using Verify = OpenClaw.Manifests.Analyzers.Tests.Verifiers.AnalyzerVerifier<OpenClaw.Manifests.Analyzers.Rules.PrivilegedContainerAnalyzer>;

namespace OpenClaw.Manifests.Analyzers.Tests.Rules;

public sealed class PrivilegedContainerAnalyzerTests
{
    [Fact]
    public Task Unrestricting_settings_are_reported() => Verify.VerifyAsync(InMethod("""
        var a = new V1Container
        {
            Name = "runtime",
            SecurityContext = new V1SecurityContext
            {
                Privileged = {|OCM0005:true|},
                AllowPrivilegeEscalation = {|OCM0005:true|},
                RunAsNonRoot = {|OCM0005:false|},
                RunAsUser = {|OCM0005:0|},
                Capabilities = new V1Capabilities { Add = ["NET_BIND_SERVICE", {|OCM0005:"SYS_ADMIN"|}] },
            },
        };
        var b = new V1PodSecurityContext { RunAsNonRoot = {|OCM0005:false|}, RunAsUser = {|OCM0005:0L|} };
        var c = new V1SecurityContext();
        c.Privileged = {|OCM0005:true|};
        // The restricted profile lets a container add NET_BIND_SERVICE only, compared exactly.
        var d = new V1Capabilities { Add = [{|OCM0005:"NET_ADMIN"|}, {|OCM0005:"SYS_PTRACE"|}, {|OCM0005:"net_bind_service"|}, {|OCM0005:"ALL"|}] };
        """));

    [Fact]
    public Task Message_names_the_container() => Verify.VerifyAsync(
        InMethod("""
        var spec = new V1PodSpec
        {
            Containers = [new V1Container { Name = "controller", SecurityContext = new V1SecurityContext { Privileged = {|#0:true|} } }],
        };
        """),
        Verify.Diagnostic("OCM0005").WithLocation(0).WithArguments("controller", "privileged: true"));

    [Fact]
    public Task Constants_are_bound_not_guessed() => Verify.VerifyAsync(Usings + """
        public static class Pods
        {
            private const bool On = true;

            public static object Build() => new V1SecurityContext { Privileged = {|OCM0005:On|}, RunAsUser = 10001 };
        }
        """);

    [Fact]
    public Task Restricted_settings_are_silent() => Verify.VerifyAsync(InMethod("""
        var a = new V1SecurityContext
        {
            Privileged = false,
            AllowPrivilegeEscalation = false,
            RunAsNonRoot = true,
            RunAsUser = 10001,
            ReadOnlyRootFilesystem = true,
            Capabilities = new V1Capabilities { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] },
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
        };
        var b = new V1SecurityContext { Privileged = minor > 1 };
        """));
}
