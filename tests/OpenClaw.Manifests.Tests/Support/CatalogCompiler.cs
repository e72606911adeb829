using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace OpenClaw.Manifests.Tests.Support;

/// <summary>
/// Builds a platform assembly from C# sources the way a platform repo's build does: sources on disk, a
/// portable PDB beside the DLL, referencing the library. The command line then loads it with --assembly.
/// </summary>
internal static class CatalogCompiler
{
    /// <summary>The implicit usings of an SDK project (ImplicitUsings=enable), which README snippets may rely on.</summary>
    public const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;\n";

    public static IEnumerable<MetadataReference> References =>
        Net100.References.All.Concat(new[] { typeof(OpenClaw.Manifests.Model.Tenant), typeof(k8s.Models.V1Pod) }.Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)));

    /// <summary>Compiles <paramref name="sources"/> (file name to text, written into <paramref name="dir"/>); returns the DLL path or throws with the compiler's errors.</summary>
    public static string Build(string dir, string assemblyName, IReadOnlyDictionary<string, string> sources)
    {
        Directory.CreateDirectory(dir);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, path: Path.Combine(dir, "GlobalUsings.g.cs"), encoding: Encoding.UTF8) };
        foreach (var (name, text) in sources)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, text);
            trees.Add(CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path, Encoding.UTF8));
        }
        var compilation = CSharpCompilation.Create(assemblyName, trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var dll = Path.Combine(dir, assemblyName + ".dll");
        using (var pe = File.Create(dll))
        using (var pdb = File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: Path.ChangeExtension(dll, ".pdb")));
            if (!result.Success)
                throw new InvalidOperationException("catalog does not compile:\n" + string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return dll;
    }

    /// <summary>A catalog class declaring <paramref name="tenantExpressions"/> (each a C# expression of type Tenant).</summary>
    public static string Catalog(string className, params string[] tenantExpressions) => $$"""
        using OpenClaw.Manifests.Catalog;
        using OpenClaw.Manifests.Model;

        namespace Platform;

        public sealed class {{className}} : TenantCatalog
        {
            public override IEnumerable<Tenant> GetTenants() =>
            [
        {{string.Join(",\n", tenantExpressions)}}
            ];
        }
        """;

    /// <summary>A tenant expression like <see cref="TestTenants.Minimal"/>; <paramref name="extra"/> adds initializer lines.</summary>
    public static string Tenant(string name, string controllerImage = "", string extra = "") => $$"""
                new Tenant
                {
                    Name = DnsLabel.Parse("{{name}}"),
                    Domain = DnsName.Parse("{{name}}.example.org"),
                    Oidc = new OidcSettings { IssuerUrl = HttpsUrl.Parse("https://keycloak.{{name}}.example.org/realms/org-{{name}}"), ClientSecret = new SecretKeyRef("openclaw-oidc-client-secret", "OIDC_CLIENT_SECRET") },
                    Llm = new LlmSettings { BaseUrl = HttpsUrl.Parse("https://api.{{name}}.example.org/v1"), ApiKey = new SecretKeyRef("openclaw-newapi-controller-token", "NEWAPI_KEY") },
                    Images = new TenantImages
                    {
                        Controller = ImageReference.Parse("{{(controllerImage.Length > 0 ? controllerImage : "ghcr.io/openova-io/openova/openclaw-controller@sha256:" + TestTenants.ControllerDigest)}}"),
                        Runtime = ImageReference.Parse("ghcr.io/openova-io/openova/openclaw-runtime@sha256:{{TestTenants.RuntimeDigest}}"),
                    },
                    Network = new NetworkSettings { AllowAnyEgress = true },
        {{extra}}
                }
        """;
}
