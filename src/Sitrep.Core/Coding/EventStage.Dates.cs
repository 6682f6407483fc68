using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// When an event happened: a date governing its sentence, else publication; the article's focus date; war-wide
/// totals and the war's origin, which are history, not the news.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// The date of the main event: the first asserted or claimed event of the title or the lede (the
    /// first body sentence) dated to a day by its own sentence ("on Sunday", "on March 25"), else the
    /// publication date — reports are about what just happened. Only the first sentence states the
    /// news: a second sentence's date is a caption's, an earlier step ("captured the field on
    /// Thursday, a monitor said on Saturday") or a period's start ("killed since Tuesday"), and on
    /// FA-KES taking it lost more articles than it gained. A lede date more than
    /// <see cref="RecentDays"/> before publication is background ("a checkpoint seized on June 6").
    /// </summary>
    private static DateValue? FocusDate(Article article, List<EventMention> events)
    {
        var lead = article.Sentences.Where(s => s.Start >= article.BodyStart).Take(1).ToList();
        if (article.TitleSpan is { } title)
            lead.Insert(0, title);
        var published = article.Published?.Value.First;
        var dated = events.FirstOrDefault(e => lead.Contains(e.Sentence) && e.DateText is not null
            && e.Modality is Model.Modality.Asserted or Model.Modality.Claimed && e.Date is { Precision: DatePrecision.Day } d
            && (published is not { } p || d.First >= p.AddDays(-RecentDays) && d.First <= p.AddDays(1)));
        return dated?.Date ?? article.Published?.Value;
    }

    /// <summary>Whether a sentence says its acts run "since" a date over a month before publication ("since the summer of 2014").</summary>
    private static bool RunsSinceLongBefore(Article article, TextSpan sentence)
    {
        if (article.Published is not { } published)
            return false;
        var cutoff = published.Value.First.AddMonths(-1);
        return article.DatesWithin(sentence).Any(d => d.Value.Last < cutoff
            && Preceding(TokenAfter(article, sentence.Start), TokenAfter(article, d.Span.Start), 4).Any(k => article.TokenText(k).Equals("since", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "shelling from Turkey, which had begun its own campaign in 2014": a date inside a relative clause after the
    /// act, whose verb is another act, dates that act. Not "the attack, which took place on Tuesday" nor "the bombing,
    /// which killed 12 on Sunday": those clauses tell of the act itself.
    /// </summary>
    private static bool InLaterRelativeClause(Article article, int tLast, TextSpan date)
    {
        int d = TokenStartingAt(article, date.Start);
        for (int k = tLast + 1; k < d; k++)
        {
            // Read as a span: this runs for every date beside every trigger.
            if (article.Slice(article.Tokens[k].Span) is not ("which" or "who"))
                continue;
            // The clause's verb: the first word after the pronoun, past an adverb or auxiliary.
            int v = k + 1;
            while (v < d && (article.TokenText(v).EndsWith("ly", StringComparison.Ordinal) || s_passiveAuxiliaries.Contains(article.TokenText(v)) || article.TokenText(v) is "had" or "have" or "has"))
                v++;
            return v < d && article.TokenText(v).ToLowerInvariant() is not ("took" or "happened" or "occurred" or "came" or "killed" or "left" or "wounded"
                or "injured" or "hit" or "struck" or "targeted" or "claimed" or "killing" or "began" or "started" or "lasted" or "continued");
        }
        return false;
    }

    /// <summary>
    /// A toll over the whole war, or its history, not an event ("hundreds of thousands have died
    /// across Syria since 2011", "the regime has used barrel bombs since 2012", "over the past four
    /// years") — no place finer than a country, and a period reaching back years. Without an agent any
    /// "since" period will do ("since the war began").
    /// </summary>
    private static bool IsWarTotal(Article article, int first, int end, int tFirst, PlaceMention? place, bool agentless)
    {
        if (place is not null && place.Precision is not PlacePrecision.Country)
            return false;
        bool campaign = article.TokenText(tFirst).ToLowerInvariant() is "campaign" or "air" or "airstrikes" or "strikes" or "raids" or "offensive" or "bombing" or "operations"
            || article.TokenText(tFirst + 1).ToLowerInvariant() is "campaign" or "strikes";
        // "the first US raids in Iraq since its 2011 pull-out" is news, measured against history.
        for (int k = Math.Max(first, tFirst - 3); k < tFirst; k++)
        {
            if (article.TokenText(k).Equals("first", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        for (int k = first; k < end; k++)
        {
            string w = article.TokenText(k);
            // "14 fighters were killed last weekend and that clashes have continued since December": a later clause's
            // period is not this act's.
            if (k > tFirst && (w == "that" && article.TokenText(k - 1) == "and" || w is "but" or "while" or ";"))
                break;
            if (w.Equals("since", StringComparison.OrdinalIgnoreCase))
            {
                // "clashes have continued since December": an agentless act over a few months is still news.
                if (agentless && !(Sitrep.Recognition.Dates.CalendarWords.Default.TryMonth(article.TokenText(k + 1), out _) && !YearBefore(article.TokenText(k + 2), article.Published?.Value.First.Year)))
                    return true;
                // "the coalition's air campaign in Syria since 2014": a named party's campaign still going on is news.
                if (campaign)
                    continue;
                // "since 2012", "since the war began", "since the regime cracked down … in March 2011"
                for (int n = k + 1; n < end; n++)
                {
                    string x = article.TokenText(n);
                    if (n < k + 5 && x is "start" or "beginning" or "outbreak" or "began" or "uprising" || YearBefore(x, article.Published?.Value.First.Year))
                        return true;
                }
            }
            // "over the past four years", "in the last six years"
            if (w is "past" or "last" && k + 2 < end && article.TokenText(k + 2) is "years" or "decades")
                return true;
            // "has been at war for six years", "fighting for years": a war's length, not one act.
            if (w is "for" && (article.TokenText(k + 1) is "years" or "decades"
                    || k + 2 < end && article.TokenText(k + 2) is "years" or "decades" && (char.IsDigit(article.TokenText(k + 1).FirstOrDefault())
                        || article.TokenText(k + 1).ToLowerInvariant() is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" or "many")))
                return true;
            // "killed in Syria's war", "have died in the conflict": the war's toll, not one event's.
            if (agentless && k > tFirst && k <= tFirst + 6 && w is "war" or "conflict")
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> s_revoltWords = new(StringComparer.OrdinalIgnoreCase) { "uprising", "uprisings", "revolution", "revolt", "insurgency" };
    private static readonly HashSet<string> s_protestWords = new(StringComparer.OrdinalIgnoreCase) { "protests", "protest", "protesters", "demonstrations", "demonstrators", "crackdown" };

    /// <summary>
    /// A sentence telling how the war began: a revolt beside the protests or crackdown it grew from ("peaceful
    /// protests … grew into a revolt"), or the war or conflict that "broke out", "began", "erupted".
    /// </summary>
    private static bool IsWarOrigin(Article article, int first, int end)
    {
        bool revolt = false, protest = false;
        for (int k = first; k < end; k++)
        {
            string w = article.TokenText(k);
            revolt |= s_revoltWords.Contains(w) || w == "Arab" && article.TokenText(k + 1) == "Spring" || w == "took" && article.TokenText(k + 1) == "up" && article.TokenText(k + 2) == "arms";
            protest |= s_protestWords.Contains(w);
            if (w is "war" or "conflict" or "uprising" or "revolution" && Enumerable.Range(k + 1, 4).Any(n => n < end && article.TokenText(n) is "began" or "erupted" or "started" or "broke" or "begun"))
                return true;
        }
        return revolt && protest;
    }

    /// <summary>A token holding a year before the publication year (any year when that is unknown): "2011", "mid-2012".</summary>
    private static bool YearBefore(string token, int? published)
    {
        for (int i = 0; i + 4 <= token.Length; i++)
        {
            if ((i == 0 || !char.IsDigit(token[i - 1])) && (i + 4 == token.Length || !char.IsDigit(token[i + 4]))
                && int.TryParse(token.AsSpan(i, 4), out int year) && year is >= 1900 and <= 2100 && year < (published ?? 2101))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The date expressions that may date an event in the sentence. The dateline dates the report,
    /// not what it reports; and a date right after a verb of saying ("a monitor said on Saturday
    /// 48 people were killed last week") dates the saying, so it yields to any other date there.
    /// </summary>
    private static List<DateMention> EventDates(Article article, TextSpan sentence)
    {
        // "the first car bomb since 2011", "until March": a bound of a period, not the event's date.
        var dates = article.DatesWithin(sentence).Where(d => d.Span != article.Published?.Span
            && !(TokenStartingAt(article, d.Span.Start) is > 0 and var at && article.TokenText(at - 1).ToLowerInvariant() is "since" or "until" or "till")).ToList();
        var own = dates.Where(d => !DatesSaying(article, d.Span)).ToList();
        return own.Count > 0 ? own : dates;
    }

    /// <summary>"said on Saturday", "said Friday", "announced on Monday".</summary>
    private static bool DatesSaying(Article article, TextSpan date)
    {
        int t = TokenStartingAt(article, date.Start);
        if (t <= 0)
            return false;
        if (article.TokenText(t - 1).Equals("on", StringComparison.OrdinalIgnoreCase))
            t--;
        return t > 0 && s_saying.Contains(article.TokenText(t - 1));
    }
}
