using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace OpenClaw.Manifests.Analyzers.Tests.Verifiers;

/// <summary>
/// What the code under analysis compiles against: net10.0 reference assemblies from a package (no download
/// at test time; <c>ReferenceAssemblies.Net.Net80</c> needs a package this machine's feed lacks), KubernetesClient
/// and the OpenClaw.Manifests library, both net10.0 builds.
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty reference set: the framework comes from <see cref="All"/> instead.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    // The library's assembly is read from the test output folder, where the project file copies it: the analyzer
    // tests do not reference it (they see the analyzers' internal copy of the shared rule files instead).
    public static readonly ImmutableArray<MetadataReference> All = ImmutableArray.CreateRange<MetadataReference>(
        Basic.Reference.Assemblies.Net100.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(k8s.Models.V1Pod).Assembly.Location))
        .Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "OpenClaw.Manifests.dll")));

    public static void Apply(SolutionState state) => state.AdditionalReferences.AddRange(All);
}
