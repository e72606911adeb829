using System.Text;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// The one quoting policy of every YAML this project writes (rendered manifests, values files and GitOps objects, the
/// pod template's keys, imported tenant files): a string is written plain only when no YAML 1.1 or 1.2 reader (Helm
/// still reads YAML 1.1, where <c>no</c>, <c>on</c> and <c>y</c> are booleans) can take it for anything else;
/// otherwise double-quoted with JSON escapes, which YAML's double-quoted style accepts.
/// </summary>
internal static class YamlScalars
{
    /// <summary>The words a YAML 1.1 or 1.2 reader takes for a boolean, null or a special float, in any case.</summary>
    public static readonly IReadOnlySet<string> Ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity",
    };

    /// <summary>
    /// Conservative: a letter, '_' or '/' first, then letters, digits and . _ / - @ : = +, not ending in ':', and never
    /// an <see cref="Ambiguous"/> word. Digits first would risk numbers, octals, sexagesimals and timestamps, so such
    /// strings are always quoted; no ": " or " #" can occur.
    /// </summary>
    public static bool IsPlain(string s)
    {
        if (s.Length == 0 || s.Length > 512) return false;
        var c0 = s[0];
        if (!(char.IsAsciiLetter(c0) || c0 == '_' || c0 == '/')) return false;
        foreach (var c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '-' or '@' or ':' or '=' or '+')) return false;
        if (s[^1] == ':') return false;
        return !Ambiguous.Contains(s);
    }

    /// <summary>A string as a YAML scalar: plain when <see cref="IsPlain"/>, else double-quoted.</summary>
    public static string Write(string s)
    {
        if (IsPlain(s)) return s;
        var sb = new StringBuilder(s.Length + 2);
        AppendQuoted(sb, s);
        return sb.ToString();
    }

    /// <summary>As <see cref="Write(string)"/>, appended.</summary>
    public static void Write(StringBuilder sb, string s)
    {
        if (IsPlain(s)) sb.Append(s);
        else AppendQuoted(sb, s);
    }

    // Go's JSON escapes (CanonicalJson) leave DEL, the C1 controls and U+FFFE/U+FFFF raw. None is printable YAML, and
    // U+0085 (NEL) is a line break to a YAML 1.1 reader (libyaml, YamlDotNet): inside a double-quoted scalar it is
    // folded or refused. YAML's \u escape, which JSON shares, keeps each one intact.
    private static readonly Func<char, bool> NotPrintableYaml = c => c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF';

    private static void AppendQuoted(StringBuilder sb, string s) => CanonicalJson.WriteString(sb, s, NotPrintableYaml);
}
