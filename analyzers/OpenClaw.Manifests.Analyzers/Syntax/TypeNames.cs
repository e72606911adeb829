namespace OpenClaw.Manifests.Analyzers.Syntax;

/// <summary>
/// Which names may denote a type in this compilation besides its own: <c>using X = …ImageReference;</c> aliases
/// and <c>using static …ImageReference;</c> imports, read once per compilation from the directives of every file.
/// With them a call like <c>DnsLabel.Parse("acme")</c> is ruled out by its receiver's name, without binding.
/// </summary>
internal sealed class TypeNames
{
    private readonly Dictionary<string, string> _aliases = new();
    private readonly HashSet<string> _staticImports = new();

    public TypeNames(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                Read(unit.Usings);
                ReadNamespaces(unit.Members);
            }
        }
    }

    /// <summary>True when <paramref name="receiver"/> (null for a bare call) may denote the type named <paramref name="typeName"/>.</summary>
    public bool MayDenote(ExpressionSyntax? receiver, string typeName)
    {
        if (receiver is null)
            return _staticImports.Contains(typeName);
        var name = SyntaxLiterals.MemberName(receiver);
        return name is not null && (name == typeName || (_aliases.TryGetValue(name, out var target) && target == typeName));
    }

    private void ReadNamespaces(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Read(ns.Usings);
                ReadNamespaces(ns.Members);
            }
        }
    }

    private void Read(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            // Roslyn 4.8's syntax still calls the target Name (NamespaceOrType came with 'using' aliases to any type).
            var target = directive.Name is null ? null : SyntaxLiterals.MemberName(directive.Name);
            if (target is null)
                continue;
            if (directive.Alias is not null)
                _aliases[directive.Alias.Name.Identifier.ValueText] = target;
            else if (!directive.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
                _staticImports.Add(target);
        }
    }
}
