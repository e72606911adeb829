using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenClaw.Manifests.Analyzers.Syntax;
using OpenClaw.Manifests.Analyzers.Tests.Verifiers;
using OpenClaw.Manifests.CrossLayerTests;

namespace OpenClaw.Manifests.Analyzers.Tests;

/// <summary>
/// Every analyzer and code-fix test again, with the syntax prefilters off: each node is bound and left to the
/// operation check alone. The expected diagnostics are the tests' own markup, so the replay passes only when every
/// prefilter (<c>MayReport</c>) is a superset of its rule's operation check: a node it drops would have been reported.
/// </summary>
public sealed class PrefilterReplayTests
{
    private static readonly MethodInfo[] RuleTests = typeof(PrefilterReplayTests).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(PrefilterReplayTests).Namespace + ".Rules")
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        .Where(m => m.GetCustomAttribute<FactAttribute>() is not null && m.ReturnType == typeof(Task) && m.GetParameters().Length == 0)
        .OrderBy(m => m.DeclaringType!.Name, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Tests()
    {
        var data = new TheoryData<string>();
        foreach (var m in RuleTests)
            data.Add(m.DeclaringType!.Name + "." + m.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public async Task Gives_the_same_diagnostics_with_the_syntax_prefilters_off(string test)
    {
        var method = RuleTests.Single(m => m.DeclaringType!.Name + "." + m.Name == test);
        using (Prefilters.ForceOff())
            await (Task)method.Invoke(Activator.CreateInstance(method.DeclaringType!), null)!;
    }

    // The cross-layer case tables' C# through all analyzers at once, again with the prefilters off: the markup there
    // says what every rule reports on the case and that no other rule reports anything.
    [Theory]
    [MemberData(nameof(RuleCases.Names), MemberType = typeof(RuleCases))]
    public async Task Every_cross_layer_case_gives_the_same_diagnostics_with_the_syntax_prefilters_off(string name)
    {
        if (RuleCases.Find(name).CSharp.Input is not { } code)
            return;
        using (Prefilters.ForceOff())
            await AllAnalyzersTest.RunAsync(AnalyzerAssembly.All, code);
    }

    [Fact]
    public void Replays_every_rule_test_class()
    {
        // A test class that stopped being found (renamed namespace, a new test shape) would quietly leave the replay.
        var classes = typeof(PrefilterReplayTests).Assembly.GetTypes().Where(t => t.Namespace?.EndsWith(".Rules", StringComparison.Ordinal) == true && t.IsPublic);
        foreach (var type in classes)
            Assert.Contains(RuleTests, m => m.DeclaringType == type);
        Assert.True(RuleTests.Length >= 40, $"only {RuleTests.Length} rule tests found");
    }

    [Fact]
    public void The_switch_belongs_to_the_calling_flow()
    {
        Assert.True(Prefilters.On);
        using (Prefilters.ForceOff())
            Assert.False(Prefilters.On);
        Assert.True(Prefilters.On);
    }
}
