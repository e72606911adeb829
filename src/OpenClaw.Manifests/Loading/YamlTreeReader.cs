using OpenClaw.Manifests.Policy;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenClaw.Manifests.Loading;

/// <summary>What a YAML input is called in messages, and how many documents it may hold.</summary>
internal sealed record YamlInput(string What, bool ManyDocuments = false, bool MayBeEmpty = false)
{
    public static readonly YamlInput TenantFile = new("tenant files");
}

/// <summary>
/// The one YAML reader of every input (tenant files, platform settings, openclaw.yaml, SOPS files): YAML documents
/// into <see cref="YamlNode"/>s with YamlDotNet's parser. Inputs are untrusted (a pull request can change any of
/// them), so the reader refuses what no input needs and an attacker could abuse:
/// anchors and aliases (exponential "billion laughs" expansion), tags, more than one document,
/// nesting deeper than <see cref="MaxDepth"/>, and more than <see cref="MaxNodes"/> nodes.
/// It also reports duplicate keys, which YAML parsers otherwise resolve silently and differently.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 24;
    public const int MaxNodes = 20_000;

    // The YAML core schema's own tags are harmless; anything else (!!python/object, custom !tags) is
    // how deserialization attacks start, and a tenant file never needs one.
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:float", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
    };

    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private int _nodes;
    // Where the last node began: the closest location there is when the parser fails without one.
    private (int Line, int Column) _last = (1, 1);

    private readonly YamlInput _input;

    private YamlTreeReader(string file, List<Diagnostic> diagnostics, YamlInput input)
    {
        _file = file;
        _diagnostics = diagnostics;
        _input = input;
    }

    /// <summary>Parses a tenant file; returns null (with diagnostics) when it is not one acceptable document.</summary>
    public static YamlNode? Read(string file, string text, List<Diagnostic> diagnostics)
        => ReadAll(file, text, diagnostics, YamlInput.TenantFile) is [var root] ? root : null;

    /// <summary>Parses <paramref name="text"/> as <paramref name="input"/>; null (with diagnostics) when it is not acceptable.</summary>
    public static List<YamlNode>? ReadAll(string file, string text, List<Diagnostic> diagnostics, YamlInput input)
    {
        var reader = new YamlTreeReader(file, diagnostics, input);
        if (FindIndentationTab(text) is { } tab)
        {
            reader.Error(RuleCatalog.MalformedFile, tab.Line, tab.Column, "a tab is used for indentation; YAML allows only spaces");
            return null;
        }
        try
        {
            return reader.ReadStream(new FaultMarkingParser(new Parser(new StringReader(text))));
        }
        catch (YamlException e)
        {
            reader.Error(RuleCatalog.MalformedFile, (int)e.Start.Line, (int)e.Start.Column, "YAML syntax error: " + Clean(e.Message));
            return null;
        }
        catch (RefusedException)
        {
            return null;
        }
        catch (ParserFault fault)
        {
            var e = fault.InnerException!;
            // Found by fuzzing (fuzz/, TESTING.md): on some malformed input YamlDotNet 18.1 throws these instead
            // of a YamlException with a location (a plain scalar continued on the next line inside an unclosed
            // flow mapping; a tag that is not a URI). Still a syntax error of the file, not a crash of the loader.
            var detail = e is ArgumentException a ? a.Message.Split(" (Parameter", 2)[0] : "the parser cannot read the text that follows";
            reader.Error(RuleCatalog.MalformedFile, reader._last.Line, reader._last.Column, $"YAML syntax error at or after this node: {detail}");
            return null;
        }
    }

    /// <summary>An exception other than <see cref="YamlException"/> that came out of YamlDotNet's parser.</summary>
    private sealed class ParserFault(Exception inner) : Exception(inner.Message, inner);

    /// <summary>
    /// Marks what the parser itself throws, so that only its exceptions become syntax errors and a bug in this reader
    /// still fails loudly. The mark is made at the call rather than read from the stack trace afterwards, which a
    /// Native AOT build (docs/native-aot.md) cannot map back to methods.
    /// </summary>
    private sealed class FaultMarkingParser(IParser parser) : IParser
    {
        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            try { return parser.MoveNext(); }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException) { throw new ParserFault(e); }
        }
    }

    // YamlDotNet reports indentation tabs at the start of the enclosing mapping; point at the tab itself.
    private static (int Line, int Column)? FindIndentationTab(string text)
    {
        var line = 1;
        var atIndent = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n') { line++; column = 1; atIndent = true; continue; }
            if (atIndent && c == '\t') return (line, column);
            if (c != ' ') atIndent = false;
            column++;
        }
        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (Line: ...): "; the location is printed separately.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }

    private List<YamlNode>? ReadStream(IParser parser)
    {
        parser.Consume<StreamStart>();
        var documents = new List<YamlNode>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            if (_input.MayBeEmpty) return documents;
            Error(RuleCatalog.MalformedFile, 1, 1, _input == YamlInput.TenantFile ? "the file is empty; expected one Tenant document" : "the file is empty");
            return null;
        }
        while (parser.Current is DocumentStart start)
        {
            if (documents.Count == 1 && !_input.ManyDocuments)
            {
                var at = start.Start;
                Error(RuleCatalog.MalformedFile, (int)at.Line, (int)at.Column, _input == YamlInput.TenantFile
                    ? "a tenant file holds exactly one YAML document; put each tenant in its own file" : "the file holds exactly one YAML document");
                return null;
            }
            parser.MoveNext();
            documents.Add(ReadNode(parser, 0));
            parser.Consume<DocumentEnd>();
        }
        parser.Consume<StreamEnd>();
        return documents;
    }

    private YamlNode ReadNode(IParser parser, int depth)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of stream");
        var line = (int)ev.Start.Line;
        var col = (int)ev.Start.Column;
        _last = (line, col);
        if (++_nodes > MaxNodes) Refuse(line, col, $"the file has more than {MaxNodes} YAML nodes");
        if (depth > MaxDepth) Refuse(line, col, $"nesting is deeper than {MaxDepth} levels");
        if (ev is AnchorAlias) Refuse(line, col, $"YAML aliases (*name) are not allowed in {_input.What}");
        if (ev is NodeEvent { Anchor.IsEmpty: false }) Refuse(line, col, $"YAML anchors (&name) are not allowed in {_input.What}");
        if (ev is NodeEvent { Tag.IsEmpty: false } tagged && !CoreTags.Contains(tagged.Tag.Value))
            Refuse(line, col, $"YAML tags ({Shown(tagged.Tag.Value)}) are not allowed in {_input.What}");

        switch (ev)
        {
            case Scalar s:
                parser.MoveNext();
                return new YamlNode { Kind = YamlKind.Scalar, Line = line, Column = col, Value = s.Value, Plain = s.Style == ScalarStyle.Plain, Span = ((int)s.Start.Index, (int)s.End.Index), Style = s.Style };
            case SequenceStart:
                {
                    parser.MoveNext();
                    var node = new YamlNode { Kind = YamlKind.Sequence, Line = line, Column = col };
                    while (!parser.TryConsume<SequenceEnd>(out _)) node.Items.Add(ReadNode(parser, depth + 1));
                    return node;
                }
            case MappingStart:
                {
                    parser.MoveNext();
                    var node = new YamlNode { Kind = YamlKind.Mapping, Line = line, Column = col };
                    var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var key = ReadNode(parser, depth + 1);
                        var value = ReadNode(parser, depth + 1);
                        if (key.Kind != YamlKind.Scalar)
                            Refuse(key.Line, key.Column, "mapping keys must be plain strings");
                        if (seen.TryGetValue(key.Value, out var first))
                            Error(RuleCatalog.DuplicateKey, key.Line, key.Column, RuleCatalog.DuplicateKey.Format(Shown(key.Value), first.Line));
                        else
                        {
                            seen[key.Value] = key;
                            node.Entries.Add((key, value));
                        }
                    }
                    return node;
                }
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    // These diagnostics are made here, before the loader collects the values it redacts from messages, so a key
    // or tag shaped like a credential is withheld at the source (a duplicated 'sk-...' key used to be echoed).
    private static string Shown(string text)
        => SecretHeuristics.DescribeCredential(text) is null ? text : "(a value shaped like a credential, withheld)";

    private void Error(RuleInfo rule, int line, int col, string message)
        => _diagnostics.Add(new Diagnostic(rule, message, _file, new SourceLocation(_file, Math.Max(line, 1), Math.Max(col, 1))));

    private void Refuse(int line, int col, string message)
    {
        Error(RuleCatalog.MalformedFile, line, col, message);
        throw new RefusedException();
    }

    private sealed class RefusedException : Exception;
}
