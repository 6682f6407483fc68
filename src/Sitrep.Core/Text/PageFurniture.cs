using Sitrep.Model;

namespace Sitrep.Text;

/// <summary>
/// Page furniture that scraped copy glues into the article's sentences: a tag list ("Tags Syria
/// Aleppo Suicide Attack A bomber struck…") and a closing block of related headlines ("… 55 Related
/// Army Launches Offensive…", "Related News …"). Headlines and tags read like reports, so what lies
/// in them is not coded; nor is a bracketed photo caption or the site's name after a bar in the title. Returned as token ranges, first to last inclusive.
/// </summary>
public static class PageFurniture
{
    /// <summary>The most words a tag list is taken to hold.</summary>
    private const int MaxTags = 24;

    /// <summary>The most words a bracketed photo caption is taken to hold.</summary>
    private const int MaxCaption = 60;

    public static List<(int First, int Last)> Find(Article article)
    {
        var ranges = new List<(int, int)>();
        int count = article.Tokens.Count;
        // "Air strikes kill 39 | Jordan Times": a page title ends with the site's name after a bar.
        if (article.TitleSpan is { } title)
        {
            int bar = -1, titleLast = -1;
            for (int k = 0; k < count && article.Tokens[k].Span.End <= title.End; k++)
            {
                titleLast = k;
                if (article.TokenText(k) == "|")
                    bar = k;
            }
            if (bar > 0)
                ranges.Add((bar, titleLast));
        }
        for (int i = 0; i + 1 < count; i++)
        {
            string word = article.TokenText(i);
            if (word == "Tags" && Capitalised(article, i + 1))
            {
                // The article's own sentence starts at the first capitalised determiner ("… barrel bombs
                // At least 11 civilians…", "… Islamic State A suicide bomber"); failing one within a
                // few words, at the last capitalised word before the first lowercase one.
                int last = -1;
                for (int k = i + 1; k < count && k <= i + MaxTags; k++)
                {
                    if (article.TokenText(k) is "The" or "A" or "An" or "At" or "In" or "On" or "Two" or "Three" or "Four" or "Five" or "Six" or "Dozens" or "Hundreds")
                    {
                        last = k - 1;
                        break;
                    }
                }
                if (last < 0)
                {
                    int k = i + 1;
                    while (k < count && (Capitalised(article, k) || article.Tokens[k].Kind == TokenKind.Number))
                        k++;
                    last = k < count ? k - 2 : count - 1;
                }
                if (last > i)
                    ranges.Add((i, last));
                i = Math.Max(i, last);
            }
            // A photo caption in brackets: "(Photo: smoke rises over Raqqa … by AFP)", "(AP Photo/…)".
            else if (word == "(" && Enumerable.Range(i + 1, Math.Min(3, count - i - 1)).Any(k => article.TokenText(k) is "Photo" or "photo" or "Photos" or "photos" or "Photo/"))
            {
                int close = Enumerable.Range(i + 1, Math.Max(0, Math.Min(count, i + 1 + MaxCaption) - i - 1)).FirstOrDefault(k => article.TokenText(k) == ")", -1);
                if (close > i)
                {
                    ranges.Add((i, close));
                    i = close;
                }
            }
            // A related-headlines block in the second half of the copy runs to its end; one near the
            // top (before the lede) cannot be told from the lede without punctuation, so it stays.
            else if (word == "Related" && article.Tokens[i].Span.Start > article.Text.Length / 2
                && (article.TokenText(i + 1) == "News" || i > 0 && (article.Tokens[i - 1].Kind == TokenKind.Number || article.TokenText(i - 1) == ")")))
            {
                ranges.Add((i, count - 1));
                break;
            }
        }
        return ranges;
    }

    private static bool Capitalised(Article article, int k) =>
        article.Tokens[k].Kind == TokenKind.Word && char.IsUpper(article.TokenText(k)[0]);
}
