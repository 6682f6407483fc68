using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Splits the body into paragraphs: blocks separated by blank lines. A body with no blank line
/// but several lines (common in scraped copy) has one paragraph per line. The title is not a paragraph.
/// </summary>
public sealed class ParagraphStage : IArticleStage
{
    public string Name => "paragraphs";

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Assigns => [Layers.Paragraphs];

    public void Process(Article article, AnalysisOptions options) =>
        article.Paragraphs = Split(article.Text, article.BodyStart, article.Text.Length);

    public static List<TextSpan> Split(string text, int start, int end)
    {
        var lines = new List<(TextSpan Span, bool Blank)>();
        for (int lineStart = start; lineStart < end;)
        {
            int newline = text.IndexOf('\n', lineStart, end - lineStart);
            int lineEnd = newline < 0 ? end : newline;
            var span = new TextSpan(lineStart, lineEnd);
            lines.Add((span, text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace()));
            lineStart = lineEnd + 1;
        }

        bool hasBlankSeparator = lines.Any(l => l.Blank);
        var paragraphs = new List<TextSpan>();
        int? blockStart = null;
        int blockEnd = start;
        foreach (var (span, blank) in lines)
        {
            if (blank || !hasBlankSeparator)
            {
                Flush();
                if (blank)
                    continue;
            }
            blockStart ??= span.Start;
            blockEnd = span.End;
            if (!hasBlankSeparator)
                Flush();
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (blockStart is { } s && TextSpans.Trim(text, new TextSpan(s, blockEnd)) is { IsEmpty: false } trimmed)
                paragraphs.Add(trimmed);
            blockStart = null;
        }
    }
}
