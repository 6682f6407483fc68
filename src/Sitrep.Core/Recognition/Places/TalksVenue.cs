using Sitrep.Model;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A town named as where talks are held ("the talks in Geneva", "met in Astana on Monday"): diplomats meet far
/// from the war, so such a name says little of the country the report is about.
/// </summary>
internal static class TalksVenue
{
    private static readonly HashSet<string> s_speaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "speaking", "spoke", "announced", "reporters", "journalists", "conference",
    };

    /// <summary>
    /// Whether the name starting at token <paramref name="first"/> follows "in" or "at" a few words after talks, a meeting or a summit,
    /// or is where someone spoke ("speaking in London", "told reporters in Ankara", "In Istanbul, officials said …").
    /// </summary>
    public static bool At(Article article, int first)
    {
        int k = first - 1;
        if (k < 0 || article.TokenText(k) is not ("in" or "at" or "In" or "At"))
            return false;
        if (k >= 1 && s_speaking.Contains(article.TokenText(k - 1)))
            return true;
        // "In Istanbul, officials said jets struck Azaz": a sentence that opens on a city and goes on to someone speaking.
        if (article.TokenText(k) is "In" or "At" && article.Sentences.FirstOrDefault(x => x.Contains(article.Tokens[k].Span)) is var sentence
            && sentence.Start == article.Tokens[k].Span.Start && article.TokenText(first + 1) == ",")
        {
            for (int n = first + 2; n < article.Tokens.Count && article.Tokens[n].Span.End <= sentence.End && n <= first + 8; n++)
                if (s_speaking.Contains(article.TokenText(n)))
                    return true;
        }
        if (k < 1)
            return false;
        for (int n = k - 1; n >= Math.Max(0, k - 9); n--)
        {
            string word = article.TokenText(n).ToLowerInvariant();
            if (n >= k - 4 && word is "talks" or "meeting" or "meetings" or "conference" or "summit" or "negotiations" or "meet" or "met" or "convened")
                return true;
            // "met UN envoy Staffan de Mistura in Moscow": a meeting's venue follows whom it was with.
            if (word is "met" or "meets")
                return true;
            if (article.TokenText(n) is "." or ";")
                return false;
        }
        return false;
    }
}
