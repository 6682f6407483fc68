using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Picks the place an article is mainly about. Mentions are weighed by where they stand (title ×3,
/// first body sentence ×2, elsewhere ×1) and pooled by province, since reports name several places
/// of one province; the best province wins, and within it the most weighted, most precise mention.
/// Country-level mentions only count when no province is named ("Syria" is in almost every story),
/// and only places in the article's main country compete.
/// </summary>
public sealed class FocusStage : IArticleStage
{
    private const double LeadBonus = 5;

    public string Name => "focus";

    public IReadOnlyList<string> Requires => [Layers.Places, Layers.Sentences];

    public IReadOnlyList<string> Assigns => [Layers.Focus];

    private static readonly HashSet<string> s_speechAfter = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "warned", "accused", "accuses", "denied", "denies", "insists", "insisted", "believes", "wants", "has", "had", "blamed", "blames",
    };

    /// <summary>Whether a capital is the government speaking or spoken to, not a place: "Tehran said", "told Tehran".</summary>
    private static bool CapitalSpeaks(Article article, PlaceMention place)
    {
        int at = article.TokenAfter(place.Span.Start), next = article.TokenAfter(place.Span.End);
        string before = at > 0 ? article.TokenText(at - 1) : "";
        string after = next >= 0 ? article.TokenText(next) : "";
        // "Ankara's foreign ministry": a capital's possessive is its government's.
        bool possessive = article.Text.AsSpan(place.Span.End).StartsWith("'s", StringComparison.Ordinal) || article.Text.AsSpan(place.Span.End).StartsWith("’s", StringComparison.Ordinal);
        // "rebels loyal to Ankara", "militias backed by Tehran": the patron is a government, not where they fight.
        string before2 = at > 1 ? article.TokenText(at - 2).ToLowerInvariant() : "";
        bool patron = before is "to" or "with" or "by" && before2 is "loyal" or "allied" or "aligned" or "backed" or "supported" or "armed" or "funded" or "sponsored";
        return possessive || patron || before is "told" or "urged" or "warned" or "asked" or "accused" or "pressed" || s_speechAfter.Contains(after);
    }

    public void Process(Article article, AnalysisOptions options)
    {
        if (article.Places.Count == 0)
        {
            article.FocusPlace = null;
            return;
        }
        int firstBodySentence = article.Sentences.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Start >= article.BodyStart).i;
        double Weight(PlaceMention place)
        {
            // Located only by the article's other places: no evidence of its own.
            if (place.Rule == "article-province")
                return 0;
            // "DAMASCUS (Sputnik) A suicide blast in Idlib…": a dateline city says where the
            // reporter was, not where it happened.
            if (place.Text.Length >= 4 && place.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                return 0.3;
            // "told Tehran it would allow inspectors", "Washington says": a capital standing for its government.
            if (place.FeatureCode == "PPLC" && CapitalSpeaks(article, place))
                return 0.3;
            // "talks in Geneva", "met in Astana": where diplomats meet.
            if (place.Precision is not PlacePrecision.Country && TalksVenue.At(article, article.TokenAfter(place.Span.Start)))
                return 0.3;
            if (article.TitleSpan is { } title && title.Contains(place.Span))
                return 3;
            return firstBodySentence < article.Sentences.Count && article.Sentences[firstBodySentence].Contains(place.Span) ? 2 : 1;
        }

        // The article's country: where most of the weighted mentions lie. Places abroad (a capital
        // whose government speaks, a city where talks are held) are not what the report is about.
        // Country mentions count for little: "the US" and "Russia" are named in every Syrian story.
        string? country = article.Places.Where(p => p.Country is not null)
            .GroupBy(p => p.Country)
            .MaxBy(g => g.Sum(p => Weight(p) * (p.Precision == PlacePrecision.Country ? 0.25 : 1)))?.Key;
        var withProvince = article.Places.Where(p => p.Admin1 is not null && p.Country == country).ToList();
        if (withProvince.Count == 0)
        {
            article.FocusPlace = article.Places.FirstOrDefault(p => p.Country == country) ?? article.Places[0];
            return;
        }
        // The first place named leads: reports name where it happened first, and roundups ("attacks in
        // Aleppo and Homs") list the main place first. It weighs as a title plus a lede mention (3 + 2);
        // the value was checked on the FA-KES development half (3: 90.8 %, 5: 91.6 %).
        var lead = withProvince.Where(p => Weight(p) >= 1).MinBy(p => p.Span.Start);
        var province = withProvince.GroupBy(p => p.Admin1!.Code)
            .Select(g => (Places: g.ToList(), Score: g.Sum(Weight) + (lead is not null && g.Key == lead.Admin1!.Code ? LeadBonus : 0), First: g.Min(p => p.Span.Start)))
            .OrderByDescending(g => g.Score).ThenBy(g => g.First)
            .First().Places;
        article.FocusPlace = province
            .GroupBy(p => (p.GeonameId, p.Name))
            .Select(g => (Mention: g.First(), Score: g.Sum(Weight) + (g.First().Precision == PlacePrecision.Locality ? 0.5 : 0)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Mention.Span.Start)
            .First().Mention;
    }
}
