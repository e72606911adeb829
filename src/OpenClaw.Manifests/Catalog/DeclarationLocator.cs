using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using OpenClaw.Manifests.Policy;

namespace OpenClaw.Manifests.Catalog;

/// <summary>
/// Finds where a C# tenant was written, so a generation-time diagnostic points at the line a developer
/// edits rather than at a type name. The catalog's portable PDB (beside the assembly, or embedded) names its
/// source files; the tenant's declaration is the first string literal holding its name in them (the argument
/// of <c>DnsLabel.Parse</c>). Without a PDB or the sources, the answer is null and callers fall back to
/// the catalog type's name.
/// </summary>
internal static partial class DeclarationLocator
{
    /// <summary>The source files of <paramref name="catalog"/> (and its nested types: iterators, lambdas), in ordinal order.</summary>
    public static IReadOnlyList<string> SourceFiles(Type catalog)
    {
        var path = catalog.Assembly.Location;
        if (path.Length == 0 || !File.Exists(path)) return [];
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.TryOpenAssociatedPortablePdb(path, p => File.Exists(p) ? File.OpenRead(p) : null, out var provider, out _) || provider is null) return [];
            using (provider)
            {
                var metadata = pe.GetMetadataReader();
                var pdb = provider.GetMetadataReader();
                var files = new SortedSet<string>(StringComparer.Ordinal);
                void Visit(TypeDefinitionHandle handle)
                {
                    var type = metadata.GetTypeDefinition(handle);
                    foreach (var m in type.GetMethods())
                    {
                        var info = pdb.GetMethodDebugInformation(m.ToDebugInformationHandle());
                        foreach (var sp in info.GetSequencePoints())
                            if (!sp.Document.IsNil) files.Add(pdb.GetString(pdb.GetDocument(sp.Document).Name));
                    }
                    foreach (var nested in type.GetNestedTypes()) Visit(nested);
                }
                Visit((TypeDefinitionHandle)MetadataTokens.EntityHandle(catalog.MetadataToken));
                return files.ToList();
            }
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>The position of the string literal <c>"<paramref name="tenantName"/>"</c> in the catalog's sources.</summary>
    public static SourceLocation? Find(Type catalog, string tenantName)
    {
        var literal = new Regex("\"" + Regex.Escape(tenantName) + "\"", RegexOptions.CultureInvariant);
        foreach (var file in SourceFiles(catalog))
        {
            if (!File.Exists(file)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (literal.Match(lines[i]) is { Success: true } m) return new SourceLocation(file, i + 1, m.Index + 1);
        }
        return null;
    }

    /// <summary>
    /// The source line in <paramref name="assembly"/> where <paramref name="e"/> was thrown from (the innermost frame
    /// of the platform's own code). A frame names the start of its statement, and a catalog is often one statement
    /// (<c>GetTenants() =&gt; [...]</c>), so the value the exception quotes is looked for from there on.
    /// </summary>
    public static SourceLocation? Thrown(Exception e, Assembly assembly, string message)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod()?.DeclaringType?.Assembly != assembly || frame.GetFileName() is not { Length: > 0 } file) continue;
            var at = new SourceLocation(file, frame.GetFileLineNumber(), Math.Max(1, frame.GetFileColumnNumber()));
            if (Quoted().Match(message) is not { Success: true } q || !File.Exists(file)) return at;
            var lines = File.ReadAllLines(file);
            for (var i = Math.Max(0, at.Line - 1); i < lines.Length; i++)
                if (lines[i].IndexOf(q.Groups[1].Value, StringComparison.Ordinal) is >= 0 and var col) return new SourceLocation(file, i + 1, col + 1);
            return at;
        }
        return null;
    }

    // The first quoted value of a model message: Image 'repo:tag' is not pinned..., 'name': must be...
    [GeneratedRegex("'([^']{3,})'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
