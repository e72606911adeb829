using System.Runtime.CompilerServices;

namespace OpenClaw.Manifests.Analyzers;

/// <summary>
/// The types and properties the rules look for, resolved once per compilation and shared by every
/// analyzer of this assembly. Null when the compilation references neither this library nor
/// KubernetesClient, so that unrelated projects pay nothing beyond this lookup.
/// </summary>
internal sealed class KnownSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private readonly Lazy<TypeNames> _typeNames;

    private KnownSymbols(Compilation compilation)
    {
        _typeNames = new Lazy<TypeNames>(() => new TypeNames(compilation));
        ImageReference = compilation.GetTypeByMetadataName("OpenClaw.Manifests.Model.ImageReference");
        RbacRule = compilation.GetTypeByMetadataName("OpenClaw.Manifests.Model.RbacRule");
        EnvVarSpec = compilation.GetTypeByMetadataName("OpenClaw.Manifests.Model.EnvVarSpec");
        var sops = compilation.GetTypeByMetadataName("OpenClaw.Manifests.Model.SopsSettings");

        var container = K8s(compilation, "V1Container");
        var ephemeral = K8s(compilation, "V1EphemeralContainer");
        var imageVolume = K8s(compilation, "V1ImageVolumeSource");
        V1PolicyRule = K8s(compilation, "V1PolicyRule");
        V1Secret = K8s(compilation, "V1Secret");
        V1EnvVar = K8s(compilation, "V1EnvVar");
        V1Container = container;
        V1EphemeralContainer = ephemeral;
        V1ObjectMeta = K8s(compilation, "V1ObjectMeta");
        var securityContext = K8s(compilation, "V1SecurityContext");
        var podSecurityContext = K8s(compilation, "V1PodSecurityContext");
        var podSpec = K8s(compilation, "V1PodSpec");
        var volume = K8s(compilation, "V1Volume");
        var hostPathSource = K8s(compilation, "V1HostPathVolumeSource");
        var capabilities = K8s(compilation, "V1Capabilities");

        K8sModelsNamespace = (V1PolicyRule ?? container ?? V1Secret)?.ContainingNamespace;
        LibraryModelNamespace = (ImageReference ?? RbacRule)?.ContainingNamespace;

        ContainerImage = Property(container, "Image");
        EphemeralContainerImage = Property(ephemeral, "Image");
        ImageVolumeReference = Property(imageVolume, "Reference");
        SecretData = Property(V1Secret, "Data");
        SecretStringData = Property(V1Secret, "StringData");
        EnvVarName = Property(V1EnvVar, "Name");
        EnvVarValue = Property(V1EnvVar, "Value");
        ContainerName = Property(container, "Name");
        EphemeralContainerName = Property(ephemeral, "Name");
        MetadataName = Property(V1ObjectMeta, "Name");
        Privileged = Property(securityContext, "Privileged");
        AllowPrivilegeEscalation = Property(securityContext, "AllowPrivilegeEscalation");
        RunAsNonRoot = Property(securityContext, "RunAsNonRoot");
        RunAsUser = Property(securityContext, "RunAsUser");
        PodRunAsNonRoot = Property(podSecurityContext, "RunAsNonRoot");
        PodRunAsUser = Property(podSecurityContext, "RunAsUser");
        CapabilitiesAdd = Property(capabilities, "Add");
        HostNetwork = Property(podSpec, "HostNetwork");
        HostPid = Property(podSpec, "HostPID");
        HostIpc = Property(podSpec, "HostIPC");
        VolumeHostPath = Property(volume, "HostPath");
        HostPathPath = Property(hostPathSource, "Path");
        SopsPgp = Property(sops, "Pgp");
        SopsAge = Property(sops, "Age");
    }

    public INamedTypeSymbol? ImageReference { get; }
    public INamedTypeSymbol? RbacRule { get; }
    public INamedTypeSymbol? EnvVarSpec { get; }
    public INamedTypeSymbol? V1PolicyRule { get; }
    public INamedTypeSymbol? V1Secret { get; }
    public INamedTypeSymbol? V1EnvVar { get; }
    public INamedTypeSymbol? V1Container { get; }
    public INamedTypeSymbol? V1EphemeralContainer { get; }
    public INamedTypeSymbol? V1ObjectMeta { get; }
    public INamespaceSymbol? K8sModelsNamespace { get; }
    public INamespaceSymbol? LibraryModelNamespace { get; }

    public IPropertySymbol? ContainerImage { get; }
    public IPropertySymbol? EphemeralContainerImage { get; }
    public IPropertySymbol? ImageVolumeReference { get; }
    public IPropertySymbol? SecretData { get; }
    public IPropertySymbol? SecretStringData { get; }
    public IPropertySymbol? EnvVarName { get; }
    public IPropertySymbol? EnvVarValue { get; }
    public IPropertySymbol? ContainerName { get; }
    public IPropertySymbol? EphemeralContainerName { get; }
    public IPropertySymbol? MetadataName { get; }
    public IPropertySymbol? Privileged { get; }
    public IPropertySymbol? AllowPrivilegeEscalation { get; }
    public IPropertySymbol? RunAsNonRoot { get; }
    public IPropertySymbol? RunAsUser { get; }
    public IPropertySymbol? PodRunAsNonRoot { get; }
    public IPropertySymbol? PodRunAsUser { get; }
    public IPropertySymbol? CapabilitiesAdd { get; }
    public IPropertySymbol? HostNetwork { get; }
    public IPropertySymbol? HostPid { get; }
    public IPropertySymbol? HostIpc { get; }
    public IPropertySymbol? VolumeHostPath { get; }
    public IPropertySymbol? HostPathPath { get; }
    public IPropertySymbol? SopsPgp { get; }
    public IPropertySymbol? SopsAge { get; }

    /// <summary>The aliases and static imports of the compilation, read when a rule first needs them.</summary>
    public TypeNames TypeNames => _typeNames.Value;

    /// <summary>The shared instance for <paramref name="compilation"/>, or null when it uses neither library.</summary>
    public static KnownSymbols? Get(Compilation compilation)
        => Cache.GetValue(compilation, static c => new Holder(Resolve(c))).Symbols;

    /// <summary>True for types of <c>k8s.Models</c> or <c>OpenClaw.Manifests.Model</c>.</summary>
    public bool IsModelType(ITypeSymbol? type)
    {
        var ns = type?.ContainingNamespace;
        return ns is not null
            && (SymbolEqualityComparer.Default.Equals(ns, K8sModelsNamespace) || SymbolEqualityComparer.Default.Equals(ns, LibraryModelNamespace));
    }

    /// <summary>True for types of <c>k8s.Models</c>.</summary>
    public bool IsK8sType(ITypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, K8sModelsNamespace);

    public static bool Is(ISymbol? symbol, ISymbol? known)
        => known is not null && symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, known);

    private static KnownSymbols? Resolve(Compilation compilation)
    {
        var symbols = new KnownSymbols(compilation);
        return symbols.K8sModelsNamespace is null && symbols.LibraryModelNamespace is null ? null : symbols;
    }

    private static INamedTypeSymbol? K8s(Compilation compilation, string name)
        => compilation.GetTypeByMetadataName("k8s.Models." + name);

    private static IPropertySymbol? Property(INamedTypeSymbol? type, string name)
        => type?.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault();

    private sealed class Holder
    {
        public Holder(KnownSymbols? symbols) => Symbols = symbols;

        public KnownSymbols? Symbols { get; }
    }
}
