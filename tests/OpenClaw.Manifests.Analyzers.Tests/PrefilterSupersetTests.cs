using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenClaw.Manifests.Analyzers.Syntax;
using OpenClaw.Manifests.Analyzers.Tests.Verifiers;

namespace OpenClaw.Manifests.Analyzers.Tests;

/// <summary>
/// <c>MayReport</c> must be a superset of the operation check: a node a syntax prefilter drops unbound is one the
/// operation check would not report. <see cref="PrefilterReplayTests"/> proves it on the tests' own inputs, which are
/// mostly literals the prefilters read. Here every rule's unsafe value is written the other ways C# can give a
/// property a compile-time value (a constant of another type, a local constant, a constant interpolation, a
/// concatenation, a cast), and all analyzers run over each with the prefilters on and off: what only the run with
/// them off reports is a node a prefilter dropped.
/// </summary>
public sealed class PrefilterSupersetTests
{
    // The unsafe values, as constants of another type: what a platform repo's shared "Images" or "Paths" class holds.
    private const string Constants = """

        public static class Known
        {
            public const string Image = "nginx:latest";
            public const string Create = "create";
            public const string Password = "correct-horse-battery";
            public const string Star = "*";
            public const string Capability = "NET_ADMIN";
            public const bool Yes = true;
            public const string Socket = "/run/podman/podman.sock";
            public const string RunDir = "/run/podman/";
        }
        """;

    /// <summary>Where each rule reads a value (named), with <c>{0}</c> for it, and the unsafe value as a member of <c>Known</c>.</summary>
    private static readonly (string Rule, string Site, string Statement, string Constant)[] Sites =
    [
        ("OCM0001", "Image", """var c = new V1Container { Name = "app", Image = {0} };""", "Image"),
        ("OCM0002", "WithVerbs", """var r = RbacRule.For("", "configmaps").WithVerbs("get", {0}).WithResourceNames("prompts");""", "Create"),
        ("OCM0002", "Verbs", """var r = new V1PolicyRule { ApiGroups = [""], Resources = ["configmaps"], Verbs = [{0}], ResourceNames = ["prompts"] };""", "Create"),
        ("OCM0003", "env Value", """var e = new V1EnvVar { Name = "DB_PASSWORD", Value = {0} };""", "Password"),
        ("OCM0004", "Resources", """var r = new V1PolicyRule { ApiGroups = [""], Resources = [{0}], Verbs = ["get"] };""", "Star"),
        ("OCM0004", "RbacRule.For", """var r = RbacRule.For("", {0}).WithVerbs("get");""", "Star"),
        ("OCM0005", "Capabilities.Add", """var c = new V1Capabilities { Drop = ["ALL"], Add = [{0}] };""", "Capability"),
        ("OCM0005", "Privileged", """var s = new V1SecurityContext { Privileged = {0} };""", "Yes"),
        ("OCM0006", "HostNetwork", """var s = new V1PodSpec { HostNetwork = {0} };""", "Yes"),
        ("OCM0006", "MountPath", """var m = new V1VolumeMount { Name = "sock", MountPath = {0} };""", "Socket"),
        ("OCM0006", "env Value", """var e = new V1EnvVar { Name = "CONTAINER_HOST", Value = {0} };""", "Socket"),
    ];

    /// <summary>The ways of writing <c>Known.X</c>'s value that are not a literal; <c>{0}</c> is the member's name.</summary>
    private static readonly (string Form, string Declaration, string Expression)[] Forms =
    [
        ("a constant of another type", "", "Known.{0}"),
        ("a local constant", "const {1} local = Known.{0};", "local"),
        ("a cast constant", "", "({1})Known.{0}"),
        ("a parenthesised constant", "", "(Known.{0})"),
        ("a constant interpolation", "", "$\"{{Known.{0}}}\""),
    ];

    /// <summary>
    /// Probes where a prefilter is known to drop what the operation check reports, with the rule and the (0-based)
    /// position of each dropped diagnostic: none. Each entry would be a finding against an analyzer, pinned so that it
    /// cannot widen unseen; the last ones (OCM0006's socket paths from constants syntax cannot fold: another type's, a
    /// local, a cast, parentheses, an interpolation, a constant plus a literal) were fixed in HostAccessAnalyzer.MayReport.
    /// </summary>
    private static readonly Dictionary<string, string[]> KnownGaps = new(StringComparer.Ordinal);

    public static TheoryData<string> Probes()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllProbes().Keys)
            data.Add(name);
        return data;
    }

    private static SortedDictionary<string, string> AllProbes()
    {
        var probes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (rule, site, statement, constant) in Sites)
        {
            var type = constant == "Yes" ? "bool" : "string";
            foreach (var (form, declaration, expression) in Forms)
            {
                if (form == "a constant interpolation" && type == "bool")
                    continue;
                var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, expression, constant, type);
                var code = string.Format(System.Globalization.CultureInfo.InvariantCulture, declaration, constant, type) + "\n"
                    + statement.Replace("{0}", value, StringComparison.Ordinal);
                probes.Add($"{rule} {site}: {form}", code);
            }
        }

        // A socket path assembled from a constant directory and a literal file name.
        probes.Add("OCM0006 MountPath: a constant plus a literal", """var m = new V1VolumeMount { Name = "sock", MountPath = Known.RunDir + "podman.sock" };""");
        return probes;
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Nothing_the_operation_check_reports_is_dropped_by_a_prefilter(string probe)
    {
        var source = Sources.InMethod(AllProbes()[probe]) + Constants;
        var on = await DiagnoseAsync(source);
        IReadOnlyList<string> off;
        using (Prefilters.ForceOff())
            off = await DiagnoseAsync(source);

        // A prefilter only skips nodes: with it on, nothing can appear that the operation check alone does not report.
        Assert.Empty(on.Except(off));
        // The probe is worth running only if the operation check sees the value at all.
        Assert.NotEmpty(off);
        // Compared by rule and position: the message is the rule tests' business.
        var dropped = off.Except(on).Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).ToArray();
        var known = KnownGaps.TryGetValue(probe, out var gap) ? gap : [];
        Assert.True(known.SequenceEqual(dropped), $"dropped by a prefilter: [{string.Join(" | ", dropped)}]; known: [{string.Join(" | ", known)}]");
    }

    [Fact]
    public void Every_known_gap_is_a_probe()
        => Assert.All(KnownGaps.Keys, name => Assert.Contains(name, AllProbes().Keys));

    private static async Task<IReadOnlyList<string>> DiagnoseAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Probe.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the probe does not compile: " + string.Join("; ", errors));
        var diagnostics = await compilation.WithAnalyzers(AnalyzerAssembly.All).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
