using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Finds date expressions and resolves them against the publication date: absolute dates
/// ("12 February 2015", "5 May") by pattern, relative ones ("yesterday", "last weekend") from the
/// tokens. Overlaps keep the longest. Without a publication date only dates that carry their own
/// year are kept.
/// </summary>
public sealed class DateRecognitionStage(AbsoluteDates absolute, RelativeDates relative) : IArticleStage
{
    public DateRecognitionStage() : this(AbsoluteDates.Default, RelativeDates.Default) { }

    public string Name => "dates";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences, Layers.Published];

    public IReadOnlyList<string> Assigns => [Layers.Dates];

    public void Process(Article article, AnalysisOptions options)
    {
        DateOnly? published = article.Published?.Value.First;
        var candidates = absolute.Scan(article.Text, 0, article.Text.Length, (month, day, offset) => ResolveYear(article, published, month, day, offset));
        if (published is { } p)
            candidates.AddRange(relative.Scan(article, p));

        article.Dates = Overlaps.KeepLongest(candidates)
            .Select(c => new DateMention(c.Span, article[c.Span], c.Value, c.Rule))
            .ToList();
    }

    /// <summary>"5 May" takes the year that puts it on or before publication, or after it in a future clause.</summary>
    private static int? ResolveYear(Article article, DateOnly? published, int month, int day, int offset)
    {
        if (published is not { } p)
            return null;
        bool future = Tense.IsFuture(article, offset);
        int year = p.Year;
        // 29 February resolves only in a leap year; try the neighbours that keep the direction.
        for (int attempt = 0; attempt < 8; attempt++)
        {
            if (DateMath.TryCreate(year, month, day) is { } date)
            {
                if (!future && date > p)
                {
                    year--;
                    continue;
                }
                if (future && date < p)
                {
                    year++;
                    continue;
                }
                return year;
            }
            year += future ? 1 : -1;
        }
        return null;
    }
}
