using Sitrep.Model;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A town named as where talks are held ("the talks in Geneva", "met in Astana on Monday"): diplomats meet far
/// from the war, so such a name says little of the country the report is about.
/// </summary>
internal static class TalksVenue
{
    /// <summary>Whether the name starting at token <paramref name="first"/> follows "in" or "at" a few words after talks, a meeting or a summit.</summary>
    public static bool At(Article article, int first)
    {
        int k = first - 1;
        if (k < 1 || article.TokenText(k) is not ("in" or "at"))
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
