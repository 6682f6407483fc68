using System.Text;
using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// Builds an <see cref="Article"/>'s text from a title and a body in one documented way, whatever
/// the input format: <c>title + "\n\n" + body</c>, with line ends made <c>\n</c>, a byte-order mark
/// dropped and outer blank lines trimmed. Everything else, Unicode quotes included, is kept.
/// </summary>
public static class ArticleText
{
    public const string TitleSeparator = "\n\n";

    public static Article Compose(string id, string? title, string body)
    {
        string cleanTitle = CollapseLines(Normalize(title ?? string.Empty)).Trim();
        string cleanBody = Normalize(body).Trim('\n', ' ', '\t');
        if (cleanTitle.Length == 0)
            return new Article(id, cleanBody, titleSpan: null, bodyStart: 0);

        string text = cleanTitle + TitleSeparator + cleanBody;
        return new Article(id, text, new TextSpan(0, cleanTitle.Length), cleanTitle.Length + TitleSeparator.Length);
    }

    /// <summary>CRLF and lone CR become LF; a leading byte-order mark is removed.</summary>
    public static string Normalize(string raw)
    {
        if (raw.Length > 0 && raw[0] == '\uFEFF')
            raw = raw[1..];
        if (!raw.Contains('\r'))
            return raw;
        return raw.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>A title is one line: inner line breaks become spaces.</summary>
    private static string CollapseLines(string s)
    {
        if (!s.Contains('\n'))
            return s;
        var sb = new StringBuilder(s.Length);
        foreach (string part in s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(part);
        }
        return sb.ToString();
    }
}
