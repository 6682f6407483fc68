using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Where an event happened: the place in its clause, else its sentence, else the article's focus; provinces and
/// countries listed or joined in one sentence; places inherited from the sentence before; refinements for truces,
/// condemnations and places that only say where someone stands or comes from.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// The places of other provinces listed right after a place ("in Aleppo, Idlib and Hama"), each joined by
    /// "and", "or" or a comma — not the second end of a road or a front ("between Aleppo and Azaz").
    /// </summary>
    private static List<PlaceMention> JoinedProvinces(Article article, TextSpan sentence, PlaceMention place)
    {
        int at = TokenStartingAt(article, place.Span.Start);
        if (at > 0 && article.TokenText(at - 1) is "between" or "from" || at > 1 && article.TokenText(at - 2) is "between" or "from")
            return [];
        var places = article.PlacesWithin(sentence).Where(p => p.Span.Start >= place.Span.Start && p.Precision is not PlacePrecision.Country
            && !article.AnyActorOverlaps(p.Span)).ToList();
        var joined = new List<PlaceMention>();
        for (int k = 1; k < places.Count; k++)
        {
            var gap = article.Text.AsSpan(places[k - 1].Span.End, Math.Max(0, places[k].Span.Start - places[k - 1].Span.End)).Trim();
            // An empty gap is a list whose commas the scraper dropped ("in Aleppo Idlib and Hama").
            if (gap is not ("and" or "," or ", and" or "or" or ""))
                break;
            joined.Add(places[k]);
        }
        return joined.Where(p => p.Admin1 is not null && p.Admin1.Code != place.Admin1!.Code).DistinctBy(p => p.Admin1!.Code).ToList();
    }

    /// <summary>
    /// A list of two or more places in different provinces of <paramref name="country"/> after it in the sentence
    /// ("across Syria … in Aleppo, Idlib and Homs"): one place per province, in the order named; else none.
    /// </summary>
    private static List<PlaceMention> ListedProvinces(Article article, TextSpan sentence, PlaceMention country)
    {
        var places = article.PlacesWithin(sentence).Where(p => p.Span.Start > country.Span.End && p.Precision is not PlacePrecision.Country
            && p.Country == country.Country && p.Admin1 is not null && !article.AnyActorOverlaps(p.Span)).ToList();
        if (places.Count < 2)
            return [];
        var run = new List<PlaceMention> { places[0] };
        for (int k = 1; k < places.Count; k++)
        {
            var gap = article.Text.AsSpan(places[k - 1].Span.End, Math.Max(0, places[k].Span.Start - places[k - 1].Span.End)).Trim();
            if (gap is not ("and" or "," or ", and" or "or" or ""))
                break;
            run.Add(places[k]);
        }
        var provinces = run.DistinctBy(p => p.Admin1!.Code).ToList();
        return provinces.Count >= 2 ? provinces : [];
    }

    /// <summary>The other countries coordinated with a country place: "Syria and Iraq", "Iraq, Syria and Libya".</summary>
    private static List<PlaceMention> JoinedCountries(Article article, TextSpan sentence, PlaceMention country)
    {
        var countries = article.PlacesWithin(sentence).Where(p => p.Precision == PlacePrecision.Country
            && !article.AnyActorOverlaps(p.Span)).ToList();
        int at = countries.FindIndex(p => p.Span == country.Span);
        if (at < 0)
            return [];
        var joined = new List<PlaceMention>();
        bool And(PlaceMention a, PlaceMention b) => article.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim() is "and" or "," or ", and" or "or" or "";
        for (int k = at + 1; k < countries.Count && And(countries[k - 1], countries[k]); k++)
            joined.Add(countries[k]);
        for (int k = at - 1; k >= 0 && And(countries[k], countries[k + 1]); k--)
            joined.Add(countries[k]);
        return joined.Where(p => p.Country != country.Country).DistinctBy(p => p.Country).ToList();
    }

    /// <summary>
    /// An event without a place of its own happened where the report last put one — closer context
    /// than the article's focus: an act restated ("Moscow denied any role in the raids", "a toll of 36
    /// dead") where an act of the same root was placed a few sentences before; anything else ("UNICEF
    /// called the strike an outrage") where an event of its own or the previous sentence was placed —
    /// for a condemnation or accusation, of the last three sentences; violence only from violence.
    /// A headline's act placed only in a country takes the place of the first such act of the lede.
    /// </summary>
    private static void InheritPlaces(Article article, List<EventMention> events, List<bool> placed)
    {
        const int Window = 600;
        var sentenceIndex = article.Sentences.Select((s, k) => (s, k)).ToDictionary(x => x.s, x => x.k);
        int SentenceOf(EventMention x) => sentenceIndex.TryGetValue(x.Sentence, out int k) ? k : -1;
        var title = article.TitleSpan;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            bool headline = title is { } t && e.Sentence == t;
            // A body event's own country ("in eastern Syria") stands; a headline's is shorthand.
            if (placed[i] || e.Place is { Precision: PlacePrecision.Country } && !headline || e.Place is not null && e.Place != article.FocusPlace && !headline)
                continue;
            bool Fits(int j, bool sameRoot) => placed[j] && (!sameRoot || events[j].Root == e.Root) && events[j].Place is { } p
                && (e.Place is not { Precision: PlacePrecision.Country } c || c.Country == p.Country);
            int source = -1;
            if (headline)
                source = Enumerable.Range(i + 1, Math.Max(0, Math.Min(events.Count, i + 10) - i - 1)).FirstOrDefault(j => events[j].Sentence != e.Sentence && Fits(j, sameRoot: true), -1);
            else
            {
                for (int j = i - 1; j >= 0 && e.Sentence.Start - events[j].Sentence.End <= Window && source < 0; j--)
                {
                    if (e.Plover == "ASSAULT" && Fits(j, sameRoot: true))
                        source = j;
                }
                // A reaction ("The incident prompted outrage", "It is an outrage") may follow its act by a few sentences.
                // Violence is not placed where a meeting or a statement was: only another act of violence lends it a place.
                int here = SentenceOf(e), reach = e.Plover == "ACCUSE" ? 3 : 1;
                for (int j = i - 1; j >= 0 && source < 0 && SentenceOf(events[j]) >= here - reach; j--)
                {
                    if (Fits(j, sameRoot: false) && (e.Plover != "ASSAULT" || events[j].Plover == "ASSAULT"))
                        source = j;
                }
            }
            if (source >= 0)
                events[i] = e with { Place = events[source].Place };
        }
    }

    /// <summary>
    /// "The truce that Moscow and Washington brokered": a deal made by foreign states with no place of its own
    /// covers the whole country, not the town the report is about nor the place of the sentence before.
    /// Deals that the country's own parties make are local ("a reconciliation deal"), so they keep their place.
    /// </summary>
    private void ForeignBrokeredTruces(Article article, List<EventMention> events, List<bool> placed)
    {
        if (HomeCountry(article) is not (string iso2, string home))
            return;
        // The country as the report names it, without a region ("northern Syria" stands for all of Syria here).
        var countries = article.Places.Where(p => p.Precision == PlacePrecision.Country && p.Country == iso2).ToList();
        if ((countries.FirstOrDefault(p => p.Qualifier is null) ?? countries.FirstOrDefault()) is not { } named)
            return;
        var country = named with { Qualifier = null };
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover != "AGREE" || e.Place is { Precision: PlacePrecision.Country } || e.Actor1.Count == 0)
                continue;
            // "the nationwide ceasefire", "agreed to join the nationwide truce": the report says so.
            int t = TokenStartingAt(article, e.Span.Start);
            bool nationwide = t >= 0 && Enumerable.Range(Math.Max(0, t - 3), 10).Any(k => k < article.Tokens.Count && article.Tokens[k].Span.End <= e.Sentence.End
                && article.TokenText(k).ToLowerInvariant() is "nationwide" or "countrywide" or "nation-wide");
            if (!nationwide && (!s_nationwideTruceWords.Contains(e.Trigger) || ZoneDeal(article, e.Span)))
                continue;
            // A place before the truce in its sentence is where something else happened ("Aleppo had been calm since the
            // truce"); one after it ("a truce in Aleppo") is the truce's own.
            bool ownPlaceAfter = placed[i] && e.Place is { } p && p.Span.Start > e.Span.Start;
            bool foreign = e.Actor1.All(a => a.Country is { } c && c != home && a.Group is null);
            if (nationwide || foreign && !ownPlaceAfter)
                events[i] = e with { Place = country };
        }
    }

    private static readonly HashSet<string> s_nationwideTruceWords = CueWords("nationwide-truce-words.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>"A safe zone deal that Russia brokered", "de-escalation zones": a deal for one area, wherever the report puts it.</summary>
    private static bool ZoneDeal(Article article, TextSpan span)
    {
        int t = TokenStartingAt(article, span.Start);
        return t >= 0 && Enumerable.Range(Math.Max(0, t - 4), 8).Any(k => k < article.Tokens.Count
            && article.TokenText(k).ToLowerInvariant() is "zone" or "zones" or "de-escalation" or "local" or "reconciliation");
    }

    /// <summary>
    /// "Russian jets carried out 182 strikes in Syria" beside "Russian strikes near Mayadin": an act
    /// placed only in a country (or a region of it, "eastern Syria") is the same act as those the
    /// report places more finely, when every such act — same root, same initiators' countries — lies in
    /// one province of that country, on the side the region names. Ambiguous cases keep the country.
    /// A campaign is not one of its strikes: an act reported in several countries at once ("air raids on IS
    /// in Iraq and Syria") or running since a date long before the report ("since 2014") keeps its country.
    /// </summary>
    private static List<EventMention> RefineCountryPlaces(Article article, List<EventMention> events)
    {
        static string Initiators(EventMention x) => string.Join('+', x.Actor1.Select(a => a.Country ?? "-").Distinct().Order(StringComparer.Ordinal));
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Place is not { Precision: PlacePrecision.Country } country)
                continue;
            if (events.Any(x => x.Sentence == e.Sentence && x.Root == e.Root && x.Place is { Precision: PlacePrecision.Country } other && other.Country != country.Country)
                || RunsSinceLongBefore(article, e.Sentence)
                || TokenStartingAt(article, e.Span.Start) is var t && t >= 0 && DescribesFighter(article, TokenAfter(article, e.Sentence.Start), t))
                continue;
            var alike = events.Where(x => x.Root == e.Root && x.Place is { Admin1: not null } p && p.Country == country.Country && Within(x.Place!, country)).ToList();
            var finer = alike.Where(x => Initiators(x) == Initiators(e)).ToList();
            // An act with no agent named ("air strikes in northern Syria killed ten") may be any of them, when no other agentless act is placed.
            // Of those, the acts of its own kind speak for it: "air strikes in northern Syria" are the air strikes placed, not a capture.
            if (finer.Count == 0 && e.Actor1.Count == 0)
                finer = alike.Any(x => x.Cameo == e.Cameo) ? alike.Where(x => x.Cameo == e.Cameo).ToList() : alike;
            var provinces = finer.Select(x => x.Place!.Admin1!.Code).Distinct().ToList();
            if (provinces.Count == 1)
                events[i] = e with { Place = finer[0].Place };
        }
        return events;
    }

    /// <summary>Whether a place lies on the side of the country its region names ("eastern Syria"); true without one.</summary>
    private static bool Within(PlaceMention place, PlaceMention country)
    {
        if (country.Qualifier is not { } q)
            return true;
        if (place.Lat is not { } lat || place.Lon is not { } lon || country.Lat is not { } cLat || country.Lon is not { } cLon)
            return false;
        return (!q.Contains("north", StringComparison.Ordinal) || lat > cLat) && (!q.Contains("south", StringComparison.Ordinal) || lat < cLat)
            && (!q.Contains("east", StringComparison.Ordinal) || lon > cLon) && (!q.Contains("west", StringComparison.Ordinal) || lon < cLon);
    }

    /// <summary>
    /// "Ankara denounced the killings by the army in Azaz …, urging the world to act in Syria": a
    /// condemnation placed only in the country happened where the act it condemns did, when the same sentence places that act finer.
    /// </summary>
    private static List<EventMention> CondemnedActPlaces(List<EventMention> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover != "ACCUSE" || e.Place is not { Precision: PlacePrecision.Country } country)
                continue;
            var act = events.FirstOrDefault(x => x.Sentence == e.Sentence && x.Plover == "ASSAULT" && x.Span.Start >= e.Span.End
                && x.Place is { Admin1: not null } p && p.Country == country.Country);
            if (act is not null)
                events[i] = e with { Place = act.Place };
        }
        return events;
    }

    private static readonly HashSet<string> s_people = new(StringComparer.OrdinalIgnoreCase)
    {
        "fighters", "mercenaries", "militants", "jihadists", "volunteers", "members", "nationals", "citizens", "recruits", "terrorists", "gunmen",
    };

    /// <summary>
    /// Not where anything happened: a boilerplate ban ("a group outlawed in Russia") or where people come from
    /// ("volunteers from Chechnya and Iraq").
    /// </summary>
    private static bool BanOrOrigin(Article article, PlaceMention place)
    {
        int at = TokenStartingAt(article, place.Span.Start);
        if (at < 2)
            return false;
        if (article.TokenText(at - 1) == "in" && article.TokenText(at - 2) is "outlawed" or "banned" or "illegal" or "prohibited")
            return true;
        if (place.Precision is not PlacePrecision.Country)
            return false;
        int k = at - 1;
        while (k > 0 && (article.TokenText(k) is "and" or "," || article.Places.Any(p => p.Precision is PlacePrecision.Country && p.Span.Contains(article.Tokens[k].Span))))
            k--;
        return k > 0 && article.TokenText(k) == "from" && s_people.Contains(article.TokenText(k - 1));
    }

    /// <summary>
    /// "shots audible from a Turkish border town", "smoke seen from across the border in Turkey": where a witness
    /// watched or heard from, not where the act happened.
    /// </summary>
    private static bool WhereItWasSeenFrom(Article article, PlaceMention place)
    {
        int at = TokenStartingAt(article, place.Span.Start);
        for (int k = at - 1; k >= Math.Max(0, at - 6); k--)
        {
            if (article.TokenText(k) is "from" && article.TokenText(k - 1).ToLowerInvariant() is "audible" or "heard" or "seen" or "visible" or "watched" or "filmed" or "observed")
                return true;
            if (article.TokenText(k) is "." or "," or ";" or "and" or "but")
                break;
        }
        return false;
    }

    /// <summary>
    /// "the blast hit the fighters while they were entering Jordan": a country someone was crossing into is where they were
    /// going, not where the act happened — unless entering is the act itself ("troops entered Syria").
    /// </summary>
    private static bool EnteredCountry(Article article, PlaceMention place, TextSpan trigger)
    {
        if (place.Precision is not PlacePrecision.Country)
            return false;
        int at = TokenStartingAt(article, place.Span.Start);
        for (int k = at - 1; k >= Math.Max(0, at - 2); k--)
        {
            if (article.TokenText(k).ToLowerInvariant() is "entering" or "enter" or "entered" or "enters")
                return !trigger.Contains(article.Tokens[k].Span);
            if (article.TokenText(k) is not ("into" or "cross" or "crossing" or "crossed"))
                break;
        }
        return false;
    }

    private static PlaceMention? EventPlace(Article article, TextSpan sentence, TextSpan trigger, int tLast, int end, int clauseEnd, bool topical,
        bool departure = false, Func<TextSpan, bool>? furniture = null, bool arrival = false)
    {
        int attribution = int.MaxValue;
        for (int k = tLast + 1; k < end; k++)
        {
            if (s_saying.Contains(article.TokenText(k)))
            {
                attribution = article.Tokens[k].Span.Start;
                break;
            }
        }
        var places = article.PlacesWithin(sentence).Where(p => p.Precision is not null && furniture?.Invoke(p.Span) != true
            && !article.AnyActorOverlaps(p.Span) && !NamesBacker(article, p)
            // "the Britain-based Observatory": where a monitor sits, not where the event happened.
            && !article.Text.AsSpan(p.Span.End).StartsWith("-based", StringComparison.OrdinalIgnoreCase)
            && !article.Text.AsSpan(p.Span.End).StartsWith(" based", StringComparison.OrdinalIgnoreCase)
            && !DatelineCity.Is(article, p.Span) && !BanOrOrigin(article, p)
            && !CountryAsModifier(article, p) && !(topical && CountryAsTopic(article, p)) && !BorderLandmark(article, p) && !WhereItWasSeenFrom(article, p)
            && !EnteredCountry(article, p, trigger) && !SeatOfGovernment(article, p) && !InstitutionOfState(article, p) && !WhereVictimsWereTaken(article, p)
            // Flight happens where people leave, not where they go: "fled the fighting to Turkey".
            // "had fled in waves into camps in Turkey": the destination may be named inside a phrase.
            && !(departure && TokenStartingAt(article, p.Span.Start) is var at && at > 0
                && Enumerable.Range(Math.Max(0, at - 4), Math.Min(4, at)).Any(k => article.Tokens[k].Span.Start > trigger.Start && article.TokenText(k) is "to" or "into" or "toward" or "towards" or "for"))
            // Forces mobilise where they go: "reinforcements arriving from Iraq to Abu Kamal" are not in Iraq.
            && !(arrival && p.Span.Start > trigger.End && FromOrigin(article, p))).ToList();
        // "fired rockets from Idlib into Latakia": fire happens where it lands, when the clause names both ends.
        if (!topical && !departure && !arrival)
            places.RemoveAll(p => p.Span.Start > trigger.End && FromOrigin(article, p) && places.Any(q => q.Span.Start > p.Span.End && q.Span.End <= clauseEnd && IntoTarget(article, q)));
        // A country is the last resort when the clause names somewhere finer ("in Syria's Hasakeh").
        var after = places.Where(p => p.Span.Start >= trigger.End && p.Span.End <= Math.Min(clauseEnd, attribution)).ToList();
        // Nor one before a verb of saying that introduces the event: "the Observatory, which monitors
        // the war from Britain, said clashes continued".
        int saidBefore = -1;
        for (int k = TokenStartingAt(article, trigger.Start) - 1; k >= 0 && article.Tokens[k].Span.Start >= sentence.Start; k--)
        {
            if (s_saying.Contains(article.TokenText(k)))
            {
                saidBefore = article.Tokens[k].Span.Start;
                break;
            }
        }
        // The speaker's phrase runs from the speaker to the verb; a place before the speaker belongs
        // to an earlier clause and may still be the event's ("took Khan Touman, but the army says it
        // holds the town").
        // A passive report ("in Iraq, nine were reported dead") has no speaker's phrase.
        if (saidBefore >= 0 && TokenStartingAt(article, saidBefore) is var said && said > 0 && s_passiveAuxiliaries.Contains(article.TokenText(said - 1)))
            saidBefore = -1;
        int speakerStart = saidBefore < 0 ? -1
            : article.ActorsWithin(sentence).Where(a => a.Span.End <= saidBefore).Select(a => a.Span.Start).DefaultIfEmpty(sentence.Start).Max();
        // "a rally outside an embassy in Paris over air raids": what the rally is about happened elsewhere.
        int tFirst = TokenStartingAt(article, trigger.Start);
        bool aboutAct = tFirst > 0 && (article.TokenText(tFirst - 1) is "over" or "against" || tFirst > 1 && article.TokenText(tFirst - 2) is "over" or "against" && char.IsLower(article.TokenText(tFirst - 1).FirstOrDefault()));
        var before = aboutAct ? [] : places.Where(p => p.Span.End <= trigger.Start && !(saidBefore >= 0 && p.Span.Start >= speakerStart && p.Span.Start < saidBefore)).ToList();
        // "relatives in Syria who are battling IS": a relative clause happens where its antecedent is.
        if (after.Count == 0 && before.Count > 0 && tFirst > 0
            && Enumerable.Range(Math.Max(0, tFirst - 3), Math.Min(3, tFirst)).Any(k => article.TokenText(k) is "who" or "which" or "that")
            && article.Tokens[Math.Max(0, tFirst - 5)].Span.Start <= before[^1].Span.Start)
            return before[^1];
        // A finer place after the country refines it only when it follows at once ("in Syria's Hasakeh"):
        // one further on belongs to another phrase ("a campaign in Syria … that has seen Moscow estranged").
        // Nor past a phrase that only says where in the country: "crossed into Syria near the border town of Jarablus".
        if (after.Count > 0 && after[0].Precision is PlacePrecision.Country
            && after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country) is { } finer
            && TokenAfter(article, finer.Span.Start) - TokenAfter(article, after[0].Span.End) > 3
            && !NearPhrase(article, TokenAfter(article, after[0].Span.End), TokenAfter(article, finer.Span.Start)))
            after = [after[0]];
        // "flies from a base in Turkey to bomb IS in Syria": an infinitive's place follows it; the
        // places before belong to the clause it serves.
        if (after.Count > 0 && tFirst > 0 && article.TokenText(tFirst - 1) == "to")
            return after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country) ?? after[0];
        return after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country)
            ?? before.LastOrDefault(p => p.Precision is not PlacePrecision.Country)
            ?? after.FirstOrDefault() ?? before.LastOrDefault();
    }

    /// <summary>Whether tokens [from, to) are a phrase of nearness to a place: "near the border town of", "close to the city of".</summary>
    private static bool NearPhrase(Article article, int from, int to) =>
        from >= 0 && to - from <= 7 && article.TokenText(from) is "near" or "close" or "outside" or "around"
        && Enumerable.Range(from + 1, to - from - 1).All(k => article.TokenText(k) is "to" or "the" or "border" or "town" or "city" or "village" or "of" or "northern" or "southern" or "eastern" or "western");

    /// <summary>"the wounded were taken to Turkey", "rushed to a hospital in Kilis": where victims were brought, not where they were hurt.</summary>
    private static bool WhereVictimsWereTaken(Article article, PlaceMention p)
    {
        int at = TokenStartingAt(article, p.Span.Start);
        for (int k = at - 1; k >= Math.Max(1, at - 5); k--)
        {
            if (article.TokenText(k) == "to")
                return article.TokenText(k - 1).ToLowerInvariant() is "taken" or "rushed" or "transferred" or "transported" or "brought" or "airlifted" or "ferried";
            if (article.TokenText(k) is "," or "." or "and" or "but")
                break;
        }
        return false;
    }

    /// <summary>"an old ally of the regime in Damascus", "the government in Tehran": where a government sits, not where anything happened.</summary>
    private static bool SeatOfGovernment(Article article, PlaceMention p)
    {
        int at = TokenStartingAt(article, p.Span.Start);
        return at > 1 && article.TokenText(at - 1) == "in"
            && article.TokenText(at - 2).ToLowerInvariant() is "government" or "regime" or "authorities" or "leadership" or "administration" or "rulers";
    }

    /// <summary>"the Navy of the Russian Federation", "the Embassy of France": a country in an institution's name.</summary>
    private static bool InstitutionOfState(Article article, PlaceMention p)
    {
        if (p.Precision is not PlacePrecision.Country)
            return false;
        int at = TokenStartingAt(article, p.Span.Start);
        int of = at > 0 && article.TokenText(at - 1) == "the" ? at - 2 : at - 1;
        return of > 0 && article.TokenText(of) == "of" && article.TokenText(of - 1) is "Forces" or "Ministry" or "Army" or "President" or "Government"
            or "Embassy" or "Parliament" or "Council" or "Commander" or "Commander-in-Chief" or "Minister" or "Navy" or "Command" or "Chief" or "Staff";
    }

    /// <summary>Whether a place is named as where fire lands: "into Latakia", "on the city of Aleppo", "towards Azaz".</summary>
    private static bool IntoTarget(Article article, PlaceMention p)
    {
        int at = TokenStartingAt(article, p.Span.Start);
        for (int k = at - 1; k >= Math.Max(0, at - 5); k--)
        {
            string w = article.TokenText(k);
            if (w is "into" or "on" or "at" or "towards" or "toward" or "against" or "onto")
                return true;
            if (!(char.IsLower(w.FirstOrDefault()) && w is not ("from" or "in" or "and")) && w is not ("the" or "of"))
                return false;
        }
        return false;
    }

    /// <summary>Whether a place is named as where someone comes from: "from Iraq", "from neighbouring Turkey".</summary>
    private static bool FromOrigin(Article article, PlaceMention p)
    {
        int at = TokenStartingAt(article, p.Span.Start);
        return at > 0 && (article.TokenText(at - 1) == "from"
            || at > 1 && article.TokenText(at - 2) == "from" && char.IsLower(article.TokenText(at - 1).FirstOrDefault()));
    }

    /// <summary>A country's possessive before a noun: "in America's national interest", "Syrias war" — whose, not where.</summary>
    private static bool CountryAsModifier(Article article, PlaceMention place)
    {
        // "Ankaras offensive", "Moscows role": a foreign capital's possessive is its government's, like a country's.
        bool foreignCapital = place.FeatureCode == "PPLC" && place.Country != article.FocusPlace?.Country;
        // "al-Qaeda's former Syria affiliate", "the UN Syria envoy", "Syria peace talks": a country naming what a noun is about.
        if (place.Precision is PlacePrecision.Country && article.TokenAfter(place.Span.End) is var n && n >= 0 && n < article.Tokens.Count
            && article.TokenText(n) is "affiliate" or "affiliates" or "branch" or "arm" or "wing" or "offshoot" or "franchise" or "envoy" or "envoys"
                or "war" or "conflict" or "crisis" or "talks" or "peace" or "policy" or "file" or "strategy" or "mission" or "expert" or "experts" or "analyst" or "analysts" or "director"
                // "the UK newspaper", "a US broadcaster": the outlet's nationality.
                or "newspaper" or "newspapers" or "daily" or "broadcaster" or "channel" or "magazine")
            return true;
        // "the UN special envoy for Syria", "the ambassador to Syria": an office's remit, not where its holder acts.
        if (place.Precision is PlacePrecision.Country && TokenStartingAt(article, place.Span.Start) is var at && at > 1 && article.TokenText(at - 1) is "for" or "to"
            && article.TokenText(at - 2).ToLowerInvariant() is "envoy" or "envoys" or "ambassador" or "ambassadors" or "representative" or "coordinator" or "mediator")
            return true;
        if (place.Precision is not PlacePrecision.Country && !foreignCapital || !PossessiveForm(place))
            return false;
        int t = TokenStartingAt(article, place.Span.Start);
        string next = t < 0 ? "" : article.TokenText(t + 1);
        // A headline capitalises the noun: "Halt Russias Bombing of Hospitals" — unless a place follows ("Syrias Idlib").
        bool headlineNoun = next.Length > 0 && char.IsUpper(next[0]) && !article.Places.Any(p => p.Span.Start == article.Tokens[t + 1].Span.Start)
            && article.Sentences.FirstOrDefault(x => x.Contains(place.Span)) is var sentence && HeadlineCase(article, sentence);
        return next.Length > 0 && (char.IsLower(next[0]) || next[0] is '"' or '“' || headlineNoun);
    }

    /// <summary>
    /// "Syria's", "Syrias" (copy stripped of apostrophes): a place written as a possessive. A name that itself ends in
    /// "s" ("Brussels", "the Netherlands") is not one.
    /// </summary>
    private static bool PossessiveForm(PlaceMention place) =>
        place.Text.EndsWith("'s", StringComparison.Ordinal) || place.Text.EndsWith("’s", StringComparison.Ordinal)
        || place.Text.EndsWith('s') && !place.Name.EndsWith('s');

    /// <summary>A sentence in headline case (a headline, or one repeated as the lede): most of its words capitalised.</summary>
    private static bool HeadlineCase(Article article, TextSpan sentence)
    {
        int words = 0, capitals = 0;
        for (int k = article.TokenAfter(sentence.Start); k < article.Tokens.Count && article.Tokens[k].Span.End <= sentence.End; k++)
        {
            if (article.Tokens[k].Kind != TokenKind.Word)
                continue;
            words++;
            capitals += char.IsUpper(article.TokenText(k)[0]) ? 1 : 0;
        }
        return words >= 4 && capitals * 10 >= words * 6;
    }

    /// <summary>"on Syria's border with Turkey", "near the Turkish border", "Turkey's border", "the frontier crossing
    /// with Jordan", "the crossing between Turkey and Idlib": the neighbour marks the line, the act is on this side.</summary>
    private static bool BorderLandmark(Article article, PlaceMention place)
    {
        if (place.Precision is not PlacePrecision.Country)
            return false;
        int t = TokenStartingAt(article, place.Span.Start);
        if (t < 0)
            return false;
        int after = TokenAfter(article, place.Span.End);
        return t >= 2 && article.TokenText(t - 1) is "with" or "between" && article.TokenText(t - 2) is "border" or "borders" or "frontier" or "crossing" or "crossings"
            || after >= 0 && article.TokenText(after) is "border" or "frontier" or "borders"
            || place.Text.EndsWith('s') && after >= 0 && article.TokenText(after) is "border";
    }

    /// <summary>A country a statement is about, not where it was made: "the commission of inquiry on Syria", "talks about Syria", "accusing Russia of".</summary>
    private static bool CountryAsTopic(Article article, PlaceMention place)
    {
        int t = TokenStartingAt(article, place.Span.Start);
        // "accusing Russia of …", "condemned Turkey": the country right after the verb is its target.
        return place.Precision is PlacePrecision.Country && t > 0 && (article.TokenText(t - 1) is "on" or "about" or "regarding" or "over"
            || EventTriggers.TryMatchAct(article, t - 1, out var verb, out _) && verb.Plover is "ACCUSE" or "REJECT" or "THREATEN");
    }

    /// <summary>A country named as a backer, not a location: "backed by Russia", "its ally Russia".</summary>
    private static bool NamesBacker(Article article, PlaceMention place)
    {
        if (place.Precision is not PlacePrecision.Country)
            return false;
        int t = TokenStartingAt(article, place.Span.Start);
        return t > 0 && article.TokenText(t - 1) is "by" or "ally" or "allies" or "Ally";
    }

    /// <summary>A place finer than a country named right after the token ("besieged Madaya", "besieged eastern Aleppo", whose region word opens the place).</summary>
    private static bool PlaceRightAfter(Article article, int last)
    {
        int k = last + 1;
        return k < article.Tokens.Count && article.Places.Any(p => p.Span.Start == article.Tokens[k].Span.Start && p.Precision is not PlacePrecision.Country);
    }
}
