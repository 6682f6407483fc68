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

    private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
    {
        "and", "of", "in", "on", "to", "by", "for", "with", "has", "have", "had", "was", "were", "is", "are", "said", "say", "says",
        "a", "an", "at", "from", "as", "after", "that", "the",
    };

    /// <summary>
    /// The last tag of a list after "Tags" at <paramref name="tags"/> that holds lowercase tags, or -1: the list runs to the
    /// first function word ("the" only before a lowercase word: "the Nusra Front" is a tag), and the sentence begins at
    /// the last capitalised word before it.
    /// </summary>
    private static int LowercaseTagsEnd(Article article, int tags)
    {
        int count = article.Tokens.Count, function = -1;
        bool lowercaseTag = false;
        for (int k = tags + 1; k < count && k <= tags + MaxTags + 6; k++)
        {
            string w = article.TokenText(k);
            if (s_functionWords.Contains(w) && !(w == "the" && k + 1 < count && Capitalised(article, k + 1)))
            {
                function = k;
                break;
            }
            lowercaseTag |= w.Length > 0 && char.IsLower(w[0]);
        }
        if (function < 0 || !lowercaseTag)
            return -1;
        for (int k = function - 1; k > tags + 1; k--)
        {
            if (Capitalised(article, k))
                return k - 1;
        }
        return -1;
    }

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
            // "Tags Daesh airstrikes … Community standards Comment via Facebook": a closing tag list runs to the page's end.
            if (word == "Tags" && Enumerable.Range(i + 1, Math.Max(0, Math.Min(count, i + 1 + MaxTags) - i - 1))
                    .Any(k => article.TokenText(k).StartsWith("Community", StringComparison.Ordinal) || article.TokenText(k) == "Comment"))
            {
                ranges.Add((i, count - 1));
                break;
            }
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
                // "Tags Syria Idlib airstrike truce aid convoy Regime jets and artillery hit…": a list
                // with lowercase tags runs to the first function word; the sentence starts at the capitalised word before it.
                if (last < 0 && LowercaseTagsEnd(article, i) is > 0 and var tagsEnd)
                    last = tagsEnd;
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
            // "… officials said. AP Photo Jane Doe Army Retakes Hilltop Near Hama The army then shelled…":
            // a photo credit, then a related story's headline in title case, glued before the next sentence.
            else if (word is "AP" or "AA" or "DHA" or "AFP" or "REUTERS" or "Sputnik" or "Photo" && CreditLength(article, i) is > 0 and var credit && RelatedHeadlineEnd(article, i + credit) is var end && end - (i + credit) >= 4)
            {
                ranges.Add((i, end));
                i = end;
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

    /// <summary>Lowercase words a title-case headline keeps ("Fighters in Hama", "Get the Better of").</summary>
    private static readonly HashSet<string> s_headlineFunctionWords =
        ["of", "to", "in", "for", "and", "on", "at", "as", "with", "from", "by", "over", "after", "near", "against", "into", "the", "a", "an", "is", "are", "-", "–"];

    /// <summary>Words that open the report's own sentence after a glued headline.</summary>
    private static readonly HashSet<string> s_sentenceOpeners =
        ["The", "A", "An", "According", "Earlier", "Meanwhile", "Later", "This", "It", "He", "She", "They"];

    /// <summary>
    /// How many tokens a photo credit at token i takes before the photographer's name ("AP Photo", "AFP 2018",
    /// "REUTERS", "Sputnik"), or 0: it opens a sentence of its own, after a full stop or a closing quote.
    /// </summary>
    private static int CreditLength(Article article, int i)
    {
        int start = article.Tokens[i].Span.Start;
        int before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(article.Text[before]))
            before--;
        if (before >= 0 && article.Text[before] is not ('.' or '"' or '”'))
            return 0;
        return article.TokenText(i) switch
        {
            "AP" or "AA" or "DHA" when article.TokenText(i + 1) == "Photo" => 2,
            "AFP" when article.Tokens.Count > i + 1 && article.Tokens[i + 1].Kind == TokenKind.Number => 2,
            "REUTERS" or "Sputnik" or "Photo" => 1,
            _ => 0,
        };
    }

    /// <summary>
    /// The last token of a title-case run from token <paramref name="from"/> (photographer, then headline): it stops
    /// before a dateline ("MOSCOW (Sputnik)"), a quotation mark or a sentence opener, or before the capitalised
    /// word that starts the first lowercase stretch ("… Near Hama Local people fled …").
    /// </summary>
    private static int RelatedHeadlineEnd(Article article, int from)
    {
        int count = article.Tokens.Count;
        for (int k = from; k < count; k++)
        {
            string word = article.TokenText(k);
            bool far = k - from >= 4;
            if (far && s_sentenceOpeners.Contains(word))
                return k - 1;
            if (DatelineCity.Is(article, article.Tokens[k].Span))
                return k - 1;
            if (Capitalised(article, k) || article.Tokens[k].Kind == TokenKind.Number || s_headlineFunctionWords.Contains(word)
                || word.StartsWith("al-", StringComparison.Ordinal))
                continue;
            if (article.Tokens[k].Kind == TokenKind.Word && Capitalised(article, k - 1))
                return k - 2;
            return k - 1;
        }
        return count - 1;
    }

    private static bool Capitalised(Article article, int k) =>
        article.Tokens[k].Kind == TokenKind.Word && char.IsUpper(article.TokenText(k)[0]);
}
