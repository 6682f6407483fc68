using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Who did it to whom: the subject before the trigger, coordinated partners, passive agents ("by"), appositions,
/// victims and facilities that are no agents, agents inherited from earlier reports of the same act, and restatements.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// "rebels fighting Assad's government", "an alliance battling IS in two countries": a participle
    /// right after its fighters, aimed at an enemy, says who they are — the war they wage, not a battle reported.
    /// </summary>
    private static bool DescribesFighter(Article article, int first, int t)
    {
        if (t <= first || t + 1 >= article.Tokens.Count || article.TokenText(t).ToLowerInvariant() is not ("fighting" or "battling"))
            return false;
        // Not "the coalition fighting the group": also taking an enemy after "the" cost a matched act on a blind set.
        int prevEnd = article.Tokens[t - 1].Span.End, nextStart = article.Tokens[t + 1].Span.Start;
        bool afterFighters = article.Actors.Any(a => a.Span.End == prevEnd)
            || article.TokenText(t - 1).ToLowerInvariant() is "groups" or "factions" or "rebels" or "forces" or "fighters" or "militias" or "coalition" or "alliance";
        bool atEnemy = article.Actors.Any(a => a.Span.Start == nextStart) || article.TokenText(t + 1).ToLowerInvariant() is "against" or "alongside";
        return afterFighters && atEnemy;
    }

    /// <summary>The coordinated actors that follow token <paramref name="link"/> ("between …", "sponsored by …") within a short phrase.</summary>
    private static List<ActorMention> PartiesAfter(Article article, List<ActorMention> actorsIn, int link)
    {
        int from = article.Tokens[link].Span.End;
        return Coordinated(article, actorsIn.Where(a => a.Span.Start >= from && a.Span.Start - from <= 60).ToList(), last: false);
    }

    /// <summary>The "by" after a sponsor's participle a few words past a deal or talks ("… was brokered by", "talks sponsored by"), or -1.</summary>
    private static int SponsoredBy(Article article, int tLast, int end)
    {
        for (int k = tLast + 1; k < Math.Min(end - 1, tLast + 12); k++)
        {
            if (article.TokenText(k + 1) == "by" && article.TokenText(k).ToLowerInvariant() is "brokered" or "sponsored" or "mediated" or "guaranteed" or "negotiated" or "hosted" or "organised" or "organized")
                return k + 1;
            // Another clause begins: its sponsors are not this act's.
            if (article.TokenText(k) is "," or ";" or "but" or "while" or "after")
                return -1;
        }
        return -1;
    }

    private static List<EventMention> Restatements(Article article, List<EventMention> events)
    {
        const int Window = 600;
        for (int i = 1; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo is not ("190" or "183") || e.Trigger.ToLowerInvariant() is not ("attack" or "blast" or "explosion" or "bombing")
                || TokenStartingAt(article, e.Span.Start) is not (> 0 and var t) || article.TokenText(t - 1).ToLowerInvariant() is not ("the" or "this" or "that"))
                continue;
            var earlier = events.Take(i).LastOrDefault(x => x.Plover == "ASSAULT" && x.Sentence != e.Sentence && e.Sentence.Start - x.Sentence.End <= Window
                && (x.Cameo.StartsWith("18", StringComparison.Ordinal) || x.Cameo is "195" or "194" or "2041"));
            if (earlier is not null && earlier.Cameo != e.Cameo)
                events[i] = e with { Cameo = earlier.Cameo };
            // "accused the regime over that attack": a demonstrative points back at the very act, so it
            // happened where and when that act did, and a charge over it in the same sentence goes there too.
            if (earlier is { Place: { } where } && article.TokenText(t - 1).ToLowerInvariant() is "this" or "that" && e.DateText is null
                && !(e.Place?.Admin1 is { } a && a.Code == where.Admin1?.Code))
            {
                var old = e.Place;
                events[i] = events[i] with { Place = where, Date = earlier.Date, DateText = earlier.DateText };
                for (int j = 0; j < events.Count; j++)
                    if (j != i && events[j].Sentence == e.Sentence && events[j].Plover == "ACCUSE" && events[j].Place == old && events[j].Span.End <= e.Span.Start)
                        events[j] = events[j] with { Place = where };
            }
        }
        // "Terrorist attacks kill a woman in Hasaka" over "a motorcycle bomb exploded in Hasaka": a headline's
        // generic attack is the lede's finer act in the same province.
        if (article.TitleSpan is { } title)
        {
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                // "Camp hit with bombs" over "warplanes bombed the camp": a headline's bombing with no bomber named is the lede's air strike.
                bool bombs = e.Cameo == "183" && e.Actor1.Count == 0;
                if (e.Sentence != title || !(bombs || e.Cameo == "190" && e.Trigger.ToLowerInvariant() is "attack" or "attacks") || e.Place?.Admin1 is not { } admin1)
                    continue;
                // A bombing, air strike, shelling or gas attack — not an abduction or execution the lede also reports.
                var finer = events.Skip(i + 1).Where(x => x.Sentence != title).Take(6).FirstOrDefault(x => x.Plover == "ASSAULT" && x.Place?.Admin1?.Code == admin1.Code
                    && (bombs ? x.Cameo == "195" : x.Cameo.StartsWith("183", StringComparison.Ordinal) || x.Cameo is "195" or "194" or "2041"));
                if (finer is not null)
                    events[i] = e with { Cameo = finer.Cameo };
            }
        }
        return events;
    }

    private static readonly HashSet<string> s_facilities = CueWords("facilities.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>"the police station", "an army checkpoint": the actor's word only says whose building it is.</summary>
    private static bool NamesAFacility(Article article, ActorMention actor) =>
        TokenAfter(article, actor.Span.End) is > 0 and var next && s_facilities.Contains(article.TokenText(next)) && article.SameLine(next - 1, next);

    /// <summary>Whether <paramref name="actor"/> only names where another actor stands: "the gunmen outside the police station".</summary>
    private static bool WhereAnActorStands(Article article, ActorMention actor, List<ActorMention> before)
    {
        int t = TokenStartingAt(article, actor.Span.Start);
        if (t < 2)
            return false;
        int prep = article.TokenText(t - 1) is "the" or "a" ? t - 2 : t - 1;
        if (article.TokenText(prep) is not ("outside" or "near" or "inside" or "behind" or "around" or "beside" or "opposite") || prep < 1)
            return false;
        int head = article.Tokens[prep - 1].Span.End;
        return before.Any(b => b != actor && b.Span.End == head);
    }

    private static readonly HashSet<string> s_affiliationWords = CueWords("affiliation-words.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="actor"/> only says whose side another actor before it is on: "armed groups
    /// affiliated to it", "gunmen loyal to the government". Only with that other actor present, so a lone
    /// "forces loyal to Assad" still has its country.
    /// </summary>
    private static bool AffiliateOfAnother(Article article, ActorMention actor, List<ActorMention> before)
    {
        int t = TokenStartingAt(article, actor.Span.Start);
        int prep = t > 0 && article.TokenText(t - 1) is "the" or "its" or "their" ? t - 2 : t - 1;
        if (prep < 1 || article.TokenText(prep) is not ("to" or "with") || !s_affiliationWords.Contains(article.TokenText(prep - 1)))
            return false;
        int tie = article.Tokens[prep - 1].Span.Start;
        return before.Any(b => b != actor && b.Span.End <= tie);
    }

    /// <summary>
    /// "The fleeing increased after the siege", "Homs evacuation": people who flee or are evacuated from a place
    /// in the report's country with nobody named are its own people — coded as the country, with no role,
    /// since the text does not say whether they are civilians or fighters. "Thousands protested in Azaz":
    /// an unnamed crowd protesting there is the country's protesters (OPP, as "protesters" is).
    /// </summary>
    private List<EventMention> UnnamedPeople(Article article, List<EventMention> events)
    {
        if (HomeCountry(article) is not (string iso2, string home))
            return events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Actor1.Count > 0 || e.Place?.Country != iso2)
                continue;
            if (e.Plover == "PROTEST")
            {
                events[i] = e with { Actor1 = [new ActorMention(e.Span, e.Trigger, home + "OPP", home, "OPP", null, null, null, "unnamed-crowd")] };
                continue;
            }
            if (e.Plover != "RETREAT"
                || !(EventTriggers.TryMatchAct(article, TokenStartingAt(article, e.Span.Start), out var trigger, out _) && trigger.Id is "flee" or "evacuate"))
                continue;
            var people = new ActorMention(e.Span, e.Trigger, home, home, null, null, null, null, "unnamed-leavers");
            events[i] = e with { Actor1 = [people] };
        }
        return events;
    }

    /// <summary>
    /// "Turkey recalled its ambassador from Moscow": a state's own envoys are not the target of its reducing relations
    /// (CAMEO 161); the state they are recalled from or expelled from is ("from Moscow", "in Tehran"), as its government.
    /// </summary>
    private List<EventMention> EnvoyHosts(Article article, List<EventMention> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo != "161")
                continue;
            var targets = e.Actor2.Where(a => !e.Actor1.Any(x => x.Code == a.Code)).ToList();
            if (targets.Count == 0 && e.Actor1.Count > 0)
            {
                var host = article.Places.FirstOrDefault(p => e.Sentence.Contains(p.Span) && p.Span.Start > e.Span.End
                    && (p.Precision == PlacePrecision.Country || p.FeatureCode == "PPLC")
                    && TokenStartingAt(article, p.Span.Start) is var k and > 0 && article.TokenText(k - 1) is "from" or "in" or "to");
                if (host?.Country is { } iso2 && gazetteer?.Country(iso2)?.Iso3 is { } iso3 && e.Actor1.All(a => a.Country != iso3))
                    targets = [new ActorMention(host.Span, host.Text, iso3 + "GOV", iso3, "GOV", null, null, null, "envoy-host")];
            }
            if (!targets.SequenceEqual(e.Actor2))
                events[i] = e with { Actor2 = targets };
        }
        return events;
    }

    private static readonly HashSet<string> s_stateWeapons = CueWords("state-weapons.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "14 were killed in barrel bomb attacks": a weapon only the state's air force drops
    /// (data/events/cues/state-weapons.tsv) names its user when the text names nobody — the military of
    /// the report's country, for acts placed in it. The helicopters that drop the bombs are not their target.
    /// </summary>
    private List<EventMention> StateWeapons(Article article, List<EventMention> events)
    {
        if (HomeCountry(article) is not (string iso2, string home))
            return events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover != "ASSAULT" || e.Actor1.Count > 0 || e.Place?.Country != iso2 || !s_stateWeapons.Contains(e.Trigger))
                continue;
            var military = new ActorMention(e.Span, e.Trigger, home + "MIL", home, "MIL", null, null, null, "state-weapon");
            events[i] = e with { Actor1 = [military], Actor2 = e.Actor2.Where(a => !(a.Country == home && a.Role == "MIL")).ToList() };
        }
        return events;
    }

    /// <summary>
    /// "The army and the rebels blamed each other", "Both sides accused one another": a reciprocal accusation is one
    /// per accuser, each accusing the others (the actor stage reads "both sides" as the two parties last named).
    /// The act they accuse each other of ("… of shelling Azaz") is one claim per accuser that the others did it.
    /// </summary>
    private static List<EventMention> ReciprocalAccusations(Article article, List<EventMention> events)
    {
        // The token after the accusation ("each") and its parties, when it is reciprocal between two or more.
        (int Next, List<ActorMention> Parties) Reciprocal(EventMention e)
        {
            int next = TokenAfter(article, e.Span.End);
            bool reciprocal = e.Plover == "ACCUSE" && next >= 0
                && (article.TokenText(next), article.TokenText(next + 1)) is ("each", "other") or ("one", "another");
            var parties = reciprocal ? e.Actor1.DistinctBy(a => a.Code).ToList() : [];
            return (next, parties.Count >= 2 ? parties : []);
        }
        // The acts accused: one with no agent of its own right after "each other of/for", and the parties accusing.
        var accused = new Dictionary<EventMention, List<ActorMention>>();
        foreach (var e in events)
        {
            var (next, parties) = Reciprocal(e);
            if (parties.Count > 0 && article.TokenText(next + 2) is "of" or "for"
                && events.FirstOrDefault(x => x.Sentence == e.Sentence && x.Plover != "ACCUSE" && x.Actor1.Count == 0
                    && TokenStartingAt(article, x.Span.Start) - (next + 2) is >= 1 and <= 3) is { } act)
                accused[act] = parties;
        }
        var result = new List<EventMention>(events.Count);
        foreach (var e in events)
        {
            if (accused.TryGetValue(e, out var accusers))
            {
                foreach (var accuser in accusers)
                    result.Add(e with { Actor1 = [.. accusers.Where(p => p.Code != accuser.Code)], Modality = Model.Modality.Claimed, ClaimedBy = [accuser] });
                continue;
            }
            var parties = Reciprocal(e).Parties;
            if (parties.Count == 0)
            {
                result.Add(e);
                continue;
            }
            foreach (var accuser in parties)
                result.Add(e with { Actor1 = [accuser], Actor2 = [.. parties.Where(p => p.Code != accuser.Code)] });
        }
        return result;
    }

    /// <summary>
    /// "In yet another violation of the truce, rebels shelled Aleppo": a violation named as a frame before the clause is
    /// the clause's own act, so it takes that act's agents, target, place, date and attribution — not the
    /// clause's subject as its target, nor the place of the sentence before.
    /// </summary>
    private static List<EventMention> FramedBreaches(Article article, List<EventMention> events)
    {
        var result = new List<EventMention>(events.Count);
        foreach (var e in events)
        {
            int t = TokenStartingAt(article, e.Span.Start);
            int start = TokenStartingAt(article, e.Sentence.Start);
            bool framed = e.Cameo == "196" && t >= 0 && start >= 0 && t - start <= 4
                && article.TokenText(t).ToLowerInvariant() is "breach" or "violation"
                && article.TokenText(start).Equals("in", StringComparison.OrdinalIgnoreCase) && article.TokenText(t + 1) is "of" or "to";
            var act = framed ? events.FirstOrDefault(x => x.Sentence == e.Sentence && x.Plover == "ASSAULT" && x.Cameo != "196" && x.Span.Start > e.Span.End) : null;
            if (act is null)
            {
                result.Add(e);
                continue;
            }
            var recoded = e with { Actor1 = act.Actor1, Actor2 = act.Actor2, Place = act.Place, Date = act.Date, DateText = act.DateText, Modality = act.Modality, ClaimedBy = act.ClaimedBy };
            // One trigger coded at two places (the sentence before's and its own) is one act once it takes the clause's.
            if (!result.Any(x => x.Span == recoded.Span && x.Cameo == recoded.Cameo && x.Place == recoded.Place))
                result.Add(recoded);
        }
        return result;
    }

    /// <summary>
    /// "A terrorist car bomb hit the market": state media call every armed opponent a terrorist. Shelling from
    /// rebel-held districts is the rebels', but a bombing, an abduction or an execution that the report pins
    /// on nobody but "terrorists" names no side — the Islamic State and al-Qaeda's branches, which are
    /// nobody's rebels, claim most of them — so its agent keeps the label and loses the home country.
    /// </summary>
    /// <summary>
    /// "A car bomb killed 12 people in Azaz, and Islamic State claimed responsibility": a claim of responsibility told
    /// after an attack with no agent makes the claimant its agent by its own claim, and takes the claimant out of
    /// the attack's targets. With nothing to claim in its own sentence ("… killed 12. IS claimed responsibility."),
    /// the claim reaches the sentence before, unless it names its act ("claimed responsibility for the attack").
    /// </summary>
    private static List<EventMention> ClaimedAfterward(Article article, List<EventMention> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var claim = events[i];
            if (claim.Cameo != "015" || claim.Actor1.Count == 0)
                continue;
            // The act named after the claim already has the claimant: "claimed responsibility for the bombing".
            if (events.Skip(i + 1).Any(x => x.Sentence == claim.Sentence && x.Plover == "ASSAULT"))
                continue;
            var before = article.Sentences.LastOrDefault(x => x.End <= claim.Sentence.Start);
            int act = events.FindLastIndex(i, x => x.Plover == "ASSAULT" && x.Actor1.Count == 0 && x.Span.End <= claim.Span.Start
                && (x.Sentence == claim.Sentence || x.Sentence == before));
            if (act < 0)
                continue;
            var claimants = claim.Actor1;
            var e = events[act];
            events[act] = e with
            {
                Actor1 = claimants,
                Actor2 = [.. e.Actor2.Where(a => !claimants.Any(c => c.Code == a.Code))],
                Modality = Model.Modality.Claimed,
                ClaimedBy = claimants,
            };
        }
        return events;
    }

    private static List<EventMention> UnnamedBombers(List<EventMention> events)
    {
        static bool Unnamed(ActorMention a) => a.Role == "REB" && a.Group is null && a.Person is null
            && a.Text.Contains("terror", StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Root == "18" && e.Actor1.Count > 0 && e.Actor1.All(Unnamed))
                events[i] = e with { Actor1 = e.Actor1.Select(a => a with { Code = "REB", Country = null }).ToList() };
        }
        return events;
    }

    /// <summary>
    /// Reports restate an act without its agent ("rebel rockets hit a school… The rocket fire also
    /// hit a house"): a violent event with no agent takes the agents of the last earlier event of
    /// the same root in the same province that names them, else of the next one within a few sentences;
    /// a headline's act, the first such report after it.
    /// </summary>
    private static List<EventMention> InheritAgents(List<EventMention> events, TextSpan? title)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover != "ASSAULT" || e.Actor1.Count > 0 || e.Place?.Admin1 is not { } admin1)
                continue;
            // An air strike is not restated from an act of those who fly no aircraft (rebel shelling).
            bool Grounded(EventMention other) => e.Cameo == "195" && FromTheAir(e.Trigger) && other.Actor1.All(FliesNoAircraft);
            bool Restates(EventMention other) => other.Root == e.Root && other.Actor1.Count > 0 && !other.Actor1Inherited && other.Place?.Admin1?.Code == admin1.Code && !Grounded(other);
            // A headline names the act and leaves the agent to the lede ("Air strikes hit Aleppo").
            // Or the agent comes later: "airstrikes hit a clinic… The raids were flown by Russian jets".
            var source = events.Take(i).LastOrDefault(Restates)
                ?? (title is { } t && e.Sentence == t ? events.Skip(i + 1).Where(x => x.Sentence != t).Take(10).FirstOrDefault(Restates)
                    : events.Skip(i + 1).TakeWhile(x => x.Sentence.Start - e.Sentence.End <= 600).FirstOrDefault(Restates));
            // "Troops killed fighters in Hama … Several more militants died in Homs": in a report
            // where one state's forces are the only agent named so far against insurgents, insurgents killed
            // with no agent named were killed by those forces, wherever the report moves.
            if (source is null && e.Actor2.Count > 0 && e.Actor2.All(a => a.Role is "REB" or "INS"))
            {
                var agents = events.Take(i).Where(x => x.Plover == "ASSAULT" && x.Actor1.Count > 0 && !x.Actor1Inherited
                    && x.Actor2.Count > 0 && x.Actor2.All(a => a.Role is "REB" or "INS")).ToList();
                if (agents.Count >= 2 && agents.All(x => x.Actor1.All(a => a.Role is "MIL" or "GOV"))
                    && agents.Select(x => string.Join('+', x.Actor1.Select(a => a.Country).Distinct().Order())).Distinct().Count() == 1)
                    source = agents[^1];
            }
            // "Russian jets struck Idlib … air strikes in Hama killed six": in a report where one air force (or one coalition of
            // them) flies every air strike whose agent is named, an air strike with none named is theirs too.
            if (source is null && e.Cameo == "195" && FromTheAir(e.Trigger))
            {
                var flown = events.Where(x => x.Cameo == "195" && x.Actor1.Count > 0 && !x.Actor1Inherited && !x.Actor1.All(FliesNoAircraft)
                    && x.Modality is Model.Modality.Asserted or Model.Modality.Claimed).ToList();
                if (flown.Count >= 2 && flown.Select(x => string.Join('+', x.Actor1.Select(a => a.Country).Distinct().Order())).Distinct().Count() == 1)
                    source = flown[0];
            }
            if (source is not null)
                events[i] = e with { Actor1 = source.Actor1, Actor1Inherited = true };
        }
        return events;
    }

    /// <summary>
    /// "gunmen who Damascus says planted bombs", "the group, which the army said had shelled": a relative clause
    /// whose speaker stands between the pronoun and the act. Returns the antecedent (the actor just before the pronoun) and the speaker.
    /// </summary>
    private static (ActorMention Antecedent, ActorMention Speaker)? ParentheticalSpeaker(Article article, List<ActorMention> actors, int first, int tFirst)
    {
        for (int k = tFirst - 1; k >= Math.Max(first + 2, tFirst - 5); k--)
        {
            // Cheap first: a speaker's verb needs an actor right before it.
            var speaker = actors.LastOrDefault(a => a.Span.End <= article.Tokens[k].Span.Start && TokenAfter(article, a.Span.End) == k);
            if (speaker is null || !s_saying.Contains(article.TokenText(k)))
                continue;
            int rel = TokenStartingAt(article, speaker.Span.Start) - 1;
            if (rel < first || article.TokenText(rel) is not ("who" or "which" or "that" or "whom"))
                return null;
            // "rebels near Azaz who …": a short place phrase may stand between the antecedent and the pronoun.
            var antecedent = actors.LastOrDefault(a => a.Span.End <= article.Tokens[rel].Span.Start && rel - TokenAfter(article, a.Span.End) <= 3
                && Enumerable.Range(TokenAfter(article, a.Span.End), rel - TokenAfter(article, a.Span.End)).All(j => article.TokenText(j) is "," or "near" or "in" or "around" or "outside"
                    || article.Places.Any(p => p.Span.Contains(article.Tokens[j].Span))));
            return antecedent is { Role: not ("CVL" or "MED") } ? (antecedent, speaker) : null;
        }
        return null;
    }

    private static readonly HashSet<string> s_knowing = CueWords("knowing-verbs.tsv", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_subordinators = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "when", "while", "whereas", "but", "because", "although", "though", "until", ";" };
    private static readonly HashSet<string> s_nounMarkers = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "in", "by", "with", "from", "during", "amid", "of", "after", "this", "that", "these", "those", "its", "their", "his", "her" };

    /// <summary>
    /// Where the trigger's subject may start: after a subordinator that opens the trigger's own clause
    /// ("rockets hit Aleppo a day after airstrikes on Idlib" — the rockets' agent is not the
    /// airstrikes'), unless a participle follows it ("… before withdrawing", the main subject acts);
    /// and, for an act named as a noun ("the attack", "in airstrikes"), after a verb of saying ("Barazi
    /// said the attack…": the speaker) or a passive ("civilians were killed in airstrikes": the victims).
    /// </summary>
    private static (int From, bool MainSubject) SubjectFrom(Article article, int first, int tFirst, bool noun = false, bool material = false)
    {
        bool nominal = noun || s_nounMarkers.Contains(article.TokenText(tFirst - 1))
            || tFirst - 2 >= first && s_nounMarkers.Contains(article.TokenText(tFirst - 2)) && char.IsLower(article.TokenText(tFirst - 1).FirstOrDefault())
            // "the Syria attack", "the Ghouta bombing": a name modifying a noun, not a subject before its verb.
            || tFirst - 2 >= first && (s_nounMarkers.Contains(article.TokenText(tFirst - 2)) || article.TokenText(tFirst - 2) is "on" or "for" or "over" or "about" or "since")
               && char.IsUpper(article.TokenText(tFirst - 1).FirstOrDefault()) && !article.TokenText(tFirst).EndsWith("ed", StringComparison.Ordinal);
        for (int k = tFirst - 1; k >= first; k--)
        {
            string w = article.TokenText(k);
            bool participle = article.TokenText(k + 1).EndsWith("ing", StringComparison.Ordinal);
            if (s_subordinators.Contains(w) && participle && k + 1 == tFirst)
                return (article.Tokens[first].Span.Start, true);
            // "an airfield from which an attack was launched": an oblique relative opens a clause of its own.
            bool opens = s_subordinators.Contains(w) && !participle
                || w is "which" or "whom" && k > first && article.TokenText(k - 1) is "from" or "in" or "during" or "by" or "at" or "on";
            bool speech = nominal && s_saying.Contains(w)
                // "guards confirmed that a second bomber threw a grenade to attack": a clause of its own, with its own
                // subject. Not for appeals and accusations, which are the speaker's ("stressed that the world must act").
                || material && w == "that" && k > first && (s_saying.Contains(article.TokenText(k - 1)) || s_knowing.Contains(article.TokenText(k - 1)));
            bool passiveVerb = nominal && k > first && (w.EndsWith("ed", StringComparison.Ordinal) || w is "hit" or "struck" or "shot" or "taken" or "overrun" or "caught" or "beaten")
                && s_passiveAuxiliaries.Contains(article.TokenText(k - 1))
                // "Turkey is determined to launch an offensive", "troops were ordered to attack": the subject acts.
                && article.TokenText(k + 1) != "to";
            if (opens || speech || passiveVerb)
                return (article.Tokens[k].Span.End, false);
        }
        return (article.Tokens[first].Span.Start, false);
    }

    /// <summary>
    /// Whether the first actor before the act heads a subject whose modifier names the others: a participle or a
    /// relative clause right after it ("Rebels fighting to topple Assad", "Turkey, which backs the rebels,"), with
    /// nothing but an auxiliary, an adverb or "carried out" between the last actor named and the act, and the act
    /// a verb when it follows that actor straight away ("Qatar, which arms rebels battling …": the battle is the rebels').
    /// </summary>
    private static bool PostModifiedSubject(Article article, List<ActorMention> before, int tFirst)
    {
        if (before.Count < 2)
            return false;
        int k = article.TokenAfter(before[0].Span.End);
        if (k < 0 || k >= tFirst)
            return false;
        bool comma = article.TokenText(k) == ",";
        if (comma)
            k++;
        string w = article.TokenText(k);
        // "Turkey accusing the YPG of attacking", "officials saying rebels shelled": what is said is another's act.
        bool participle = !comma && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[0]) && !s_saying.Contains(w)
            && !s_notModifyingParticiples.Contains(w) && !w.StartsWith("accus", StringComparison.Ordinal) && !w.StartsWith("claim", StringComparison.Ordinal)
            && !w.StartsWith("blam", StringComparison.Ordinal) && !w.StartsWith("say", StringComparison.Ordinal);
        if (!(participle || w is "who" or "which"))
            return false;
        var lastNamed = before[^1];
        if (lastNamed.Span.Start <= before[0].Span.End)
            return false;
        int from = article.TokenAfter(lastNamed.Span.End);
        if (from < 0 || from > tFirst || tFirst - from > 4)
            return false;
        string act = article.TokenText(tFirst);
        if (from == tFirst || from == tFirst - 1 && article.TokenText(from) == "," && comma)
            return act.EndsWith("ed", StringComparison.Ordinal) || act is "hit" or "struck" or "shot" or "took" or "overran" or "fought" or "seized";
        // An appositive relative closes with a comma before the verb. After "carried out" or "launched" come the act's
        // own adjectives ("carry out guerrilla attacks").
        bool carried = false;
        for (int n = from; n < tFirst; n++)
        {
            string between = article.TokenText(n);
            if (carried && between.Length > 0 && char.IsLower(between[0]) && between is not ("and" or "or" or "but" or "of" or "to" or "in" or "on" or "against"))
                continue;
            if (!(between == "," && comma && n == from || s_auxiliaries.Contains(between) || between.Length > 3 && between.EndsWith("ly", StringComparison.Ordinal)
                  || between is "carried" or "carry" or "carries" or "carrying" or "out" or "also" or "again" or "then" or "later" or "often" or "launched" or "launch" or "launches"))
                return false;
            carried |= between is "out" or "launched" or "launch" or "launches";
        }
        return true;
    }

    private static readonly HashSet<string> s_notModifyingParticiples = new(StringComparer.Ordinal)
    {
        "including", "according", "following", "during", "regarding", "concerning", "excluding", "involving", "amounting",
    };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "been", "will", "would", "could", "may", "might", "did", "were", "was", "are", "is", "be",
    };

    /// <summary>
    /// A trigger whose subject is its patient: "dead"/"died", or a past participle after "was/were"
    /// or one that reads as a reduced relative ("militants killed in army operations") because a
    /// preposition, not an object, follows it.
    /// </summary>
    private static bool Suffered(Article article, EventTrigger trigger, int tFirst, int tLast, bool auxiliary)
    {
        // A particle verb is one participle: "was shot down", "had been taken over".
        bool particle = tLast == tFirst + 1 && article.TokenText(tLast) is "down" or "over";
        if (trigger.Cameo.StartsWith("08", StringComparison.Ordinal) || trigger.Cameo.StartsWith("15", StringComparison.Ordinal) || tFirst != tLast && !particle)
            return false;
        // "Rebels protested in Idlib", "the envoy visited in May": an intransitive act of one's own, not a reduced passive.
        if (trigger.Plover is "PROTEST" or "CONSULT" && !auxiliary)
            return false;
        string word = article.TokenText(tFirst).ToLowerInvariant();
        if (word is "dead" or "died")
            return true;
        // "rebels and Kurdish fighters clashed near Azaz": verbs no one undergoes have no passive.
        if (word is "clashed" or "skirmished" or "battled" or "advanced" or "exploded" or "erupted")
            return false;
        // "depots were hit overnight": irregular participles are passive only after "was/were/been".
        if (!(word.EndsWith("ed", StringComparison.Ordinal) || word is "taken" || auxiliary && word is "hit" or "struck" or "shot" or "overrun"))
            return false;
        string next = article.TokenText(tLast + 1);
        if (next.Equals("by", StringComparison.OrdinalIgnoreCase))
            return false;
        // "killed at least 12 fighters": a toll is the object, so the verb is active.
        if (!auxiliary && next is "at" && article.TokenText(tLast + 2) is "least" or "most")
            return false;
        if (!auxiliary && next is "." or "" && OpenedByConjunction(article, tFirst))
            return false;
        return auxiliary || next is "in" or "at" or "near" or "during" or "while" or "when" or "." or "";
    }

    private static readonly HashSet<string> s_clauseConjunctions = new(StringComparer.Ordinal)
    {
        "as", "while", "when", "after", "before", "because", "since", "until", "once", "whereas",
    };

    /// <summary>
    /// "… fled as government forces advanced.": a conjunction a few words before opens a clause whose verb
    /// is finite, so a participle ending it is active ("such as" opens a noun phrase, not a clause).
    /// </summary>
    private static bool OpenedByConjunction(Article article, int tFirst)
    {
        for (int k = tFirst - 1; k >= Math.Max(0, tFirst - 6); k--)
        {
            if (article.Tokens[k].Kind != TokenKind.Word)
                return false;
            if (s_clauseConjunctions.Contains(article.TokenText(k)))
                return k + 1 < tFirst && !(article.TokenText(k) == "as" && article.TokenText(k - 1) is "such");
        }
        return false;
    }

    /// <summary>
    /// "Turkey condemned the killing of three soldiers by militants": a condemnation of an act named right after its
    /// verb is aimed at who did the act, not at its victims.
    /// </summary>
    private static List<EventMention> CondemnedActAgents(List<EventMention> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo != "111")
                continue;
            var act = events.FirstOrDefault(x => x.Sentence == e.Sentence && x.Plover == "ASSAULT" && x.Span.Start >= e.Span.End && x.Span.Start - e.Span.End <= 12);
            if (act is null)
                continue;
            if (act.Actor1.Count > 0 && !act.Actor1Inherited && !act.Actor1.Any(a => e.Actor1.Any(b => b.Code == a.Code)) && !act.Actor1.All(a => e.Actor2.Contains(a)))
                events[i] = e with { Actor2 = act.Actor1 };
            // "condemned the attack on its soldiers": with no attacker named, the victims are still not the ones condemned.
            else if (act.Actor1.Count == 0 && e.Actor2.Count > 0 && e.Actor2.All(a => act.Actor2.Contains(a)))
                events[i] = e with { Actor2 = [] };
        }
        return events;
    }

    /// <summary>"… that Washington blamed on Assad's forces" within a few tokens after a violent act: who is accused, by whom.</summary>
    private static (List<ActorMention> Accused, List<ActorMention>? Accuser)? BlamedOn(Article article, List<ActorMention> actors, TextSpan trigger, int tLast, int end)
    {
        // "US officials blamed Moscow for the strike", "accused the regime of bombing the town".
        int tFirst = TokenStartingAt(article, trigger.Start);
        // "Ankara blamed the bombing on the PKK", "blamed Sunday's attack in Azaz on IS": whom the act is put on did it.
        int blamed = Enumerable.Range(tFirst - 4, 4).LastOrDefault(k => k >= 0 && article.TokenText(k) is "blamed" or "blames" or "blame" or "blaming", -1);
        for (int on = tLast + 1; blamed >= 0 && on < end && on <= tLast + 4; on++)
        {
            if (article.TokenText(on) != "on")
                continue;
            // "on the PKK", "on Kurdish militants": an article or a modifier may come first.
            var put = actors.FirstOrDefault(a => TokenStartingAt(article, a.Span.Start) is var a0 && a0 > on && a0 <= on + 3
                && Enumerable.Range(on + 1, a0 - on - 1).All(j => article.Tokens[j].Kind == TokenKind.Word));
            if (put is null)
                continue;
            var blamer = actors.LastOrDefault(a => a.Span.End <= article.Tokens[blamed].Span.Start && article.Sentences.Any(s => s.Contains(a.Span) && s.Contains(trigger)));
            return (Coordinated(article, [.. actors.Where(a => a.Span.Start >= put.Span.Start)], last: false), blamer is null ? null : [blamer]);
        }
        for (int k = tFirst - 1; k >= 0 && k >= tFirst - 4; k--)
        {
            if (article.TokenText(k) is not ("for" or "of" or "behind" or "over"))
                continue;
            // "The opposition held the regime responsible for the massacre": who holds them so accuses them.
            if (article.TokenText(k) == "for" && article.TokenText(k - 1) == "responsible"
                && actors.LastOrDefault(a => TokenAfter(article, a.Span.End) == k - 1) is { } held
                && TokenStartingAt(article, held.Span.Start) - 1 is var h && (article.TokenText(h) is "the" or "The" ? h - 1 : h) is var holding
                && holding >= 0 && article.TokenText(holding) is "held" or "holds" or "hold" or "holding")
            {
                var holder = actors.LastOrDefault(a => a.Span.End <= article.Tokens[holding].Span.Start && article.Sentences.Any(s => s.Contains(a.Span) && s.Contains(trigger)));
                return ([held], holder is null ? null : [holder]);
            }
            // "Western officials think Russian jets were responsible for the raid", "Turkey said the militia was behind
            // the bombing": the one named before "responsible" or "behind".
            if ((article.TokenText(k) == "for" && article.TokenText(k - 1) == "responsible" && s_passiveAuxiliaries.Contains(article.TokenText(k - 2))
                 || article.TokenText(k) == "behind" && s_passiveAuxiliaries.Contains(article.TokenText(k - 1)))
                && actors.LastOrDefault(a => TokenAfter(article, a.Span.End) == (article.TokenText(k) == "behind" ? k - 1 : k - 2)) is { } culprit)
            {
                int said = Preceding(0, TokenStartingAt(article, culprit.Span.Start), 3).FirstOrDefault(j => s_saying.Contains(article.TokenText(j))
                    || s_believing.Contains(article.TokenText(j)), -1);
                var speaker = said < 0 ? null : actors.LastOrDefault(a => a.Span.End <= article.Tokens[said].Span.Start);
                return ([culprit], speaker is null ? null : [speaker]);
            }
            // "the rebels were accused of shelling the town", "both sides are accused by monitors of abuses": the passive's
            // subject is accused, by whoever follows "by".
            int participle = k - 1;
            var byAccuser = actors.LastOrDefault(a => a.Span.End <= article.Tokens[k].Span.Start && TokenAfter(article, a.Span.End) == k);
            if (byAccuser is not null && TokenStartingAt(article, byAccuser.Span.Start) is var b0 && b0 > 1
                && (article.TokenText(b0 - 1) == "by" || article.TokenText(b0 - 1) is "the" && article.TokenText(b0 - 2) == "by"))
                participle = article.TokenText(b0 - 1) == "by" ? b0 - 2 : b0 - 3;
            else
                byAccuser = null;
            if (participle > 0 && article.TokenText(participle) is "accused" or "blamed" && s_passiveAuxiliaries.Contains(article.TokenText(participle - 1))
                // "Rebels in Azaz were accused": a place may stand between the subject and its auxiliary.
                && actors.LastOrDefault(a => a.Span.End <= article.Tokens[participle - 1].Span.Start && participle - 1 - TokenAfter(article, a.Span.End) <= 3
                    && !article.Text.AsSpan(a.Span.End, article.Tokens[participle - 1].Span.Start - a.Span.End).ContainsAny(",;")) is { } subject)
                // "both sides are accused": every party the words stand for.
                return ([.. actors.Where(a => a.Span == subject.Span)], byAccuser is null ? null : [byAccuser]);
            var accused = actors.LastOrDefault(a => a.Span.End <= article.Tokens[k].Span.Start && TokenAfter(article, a.Span.End) == k);
            int verb = accused is null ? -1 : TokenStartingAt(article, accused.Span.Start) - 1;
            // "accused Iran-backed militias of shelling": a compound modifier may stand outside the actor's span.
            for (int skipped = 0; skipped < 2 && verb > 0 && article.TokenText(verb).Contains('-'); skipped++)
                verb--;
            // "accused the army of shelling": the article stands outside the actor's span.
            if (verb > 0 && article.TokenText(verb) is "the" or "The")
                verb--;
            // "condemned Russia over the bombing", "criticised the army for the shelling": the one criticised is accused of it.
            bool criticised = verb >= 0 && article.TokenText(k) is "over" or "for" && article.TokenText(verb).ToLowerInvariant() is "condemned" or "condemns" or "condemning"
                or "criticised" or "criticized" or "criticises" or "criticizes" or "denounced" or "denounces" or "slammed" or "slams" or "rebuked" or "censured";
            if (verb >= 0 && (criticised || article.TokenText(k) != "over" && article.TokenText(verb) is "blamed" or "blames" or "blame" or "blaming" or "accused" or "accuses" or "accuse" or "accusing"))
            {
                var accuser = actors.LastOrDefault(a => a.Span.End <= article.Tokens[verb].Span.Start && article.Sentences.Any(s => s.Contains(a.Span) && s.Contains(trigger)));
                return ([accused!], accuser is null ? null : [accuser]);
            }
            break;
        }
        for (int k = tLast + 1; k < end && k <= tLast + 15; k++)
        {
            // "… a chemical massacre near Damascus and that Assad's regime was responsible".
            if (article.TokenText(k) is "responsible" or "behind" && article.TokenText(k - 1) is "was" or "is" or "were" or "are")
            {
                int subject = article.Tokens[Math.Max(tLast + 1, k - 6)].Span.Start;
                var culprit = actors.Where(a => a.Span.Start >= subject && a.Span.End <= article.Tokens[k - 1].Span.Start).ToList();
                if (culprit.Count > 0 && !Enumerable.Range(k - 6, 6).Any(j => j > tLast && article.TokenText(j) is "not" or "n't"))
                    return (Coordinated(article, culprit, last: true), null);
            }
            if (k + 2 >= end || article.TokenText(k) is not ("blamed" or "blames" or "blame") || article.TokenText(k + 1) != "on")
                continue;
            int on = article.Tokens[k + 2].Span.Start;
            var accused = Coordinated(article, actors.Where(a => a.Span.Start >= on).ToList(), last: false);
            if (accused.Count == 0 || accused[0].Span.Start > article.Tokens[Math.Min(end - 1, k + 5)].Span.End)
                return null;
            var accuser = actors.LastOrDefault(a => a.Span.Start >= trigger.End && a.Span.End <= article.Tokens[k].Span.Start);
            return (accused, accuser is null ? null : [accuser]);
        }
        return null;
    }

    /// <summary>
    /// The nearest actor and those coordinated with it: the same span ("Syrian and Russian warplanes")
    /// or joined by "and", "with", "alongside" or "units of" ("the Syrian army alongside the NDF and Hezbollah").
    /// </summary>
    private static List<ActorMention> Coordinated(Article article, List<ActorMention> actors, bool last)
    {
        if (actors.Count == 0)
            return [];
        var ordered = last ? Enumerable.Reverse(actors).ToList() : actors;
        var group = new List<ActorMention> { ordered[0] };
        bool closed = false;
        for (int i = 1; i < ordered.Count; i++)
        {
            var (a, b) = last ? (ordered[i], group[^1]) : (group[^1], ordered[i]);
            var between = article.Text.AsSpan(a.Span.End, Math.Max(0, b.Span.Start - a.Span.End)).Trim();
            // "al-Nusra (al-Qaeda's branch) and other groups": an aside in brackets does not part the two.
            if (between.StartsWith("(") && between.IndexOf(')') is > 0 and var close && between[(close + 1)..].Trim().Length > 0)
                between = between[(close + 1)..].Trim();
            // "unclear whether Turkish troops or Syrian jets shelled the town": of alternatives, the first named
            // is coded, as with "Russian or Syrian jets".
            if (between is "or" or ", or" && a.Span != b.Span)
            {
                if (!last)
                    break;
                group.Clear();
                group.Add(ordered[i]);
            }
            // "President Assad and his Turkish counterpart Erdogan": the counterpart is the second party.
            // "signed by Turkey and Iraq, rebels will leave": after "and" has closed a list, a bare comma opens a new clause.
            else if (!last && closed && between is ",")
                break;
            // "warned the militia it would strike": a pronoun is never in a list whose commas the copy lost.
            else if (between.IsEmpty && (a.Rule == "pronoun" || b.Rule == "pronoun") && a.Span != b.Span)
                break;
            else if (a.Span == b.Span || Joined(between)
                     || between is "and his" or "and her" or "and their" or ", and his" && b.Text.Contains("counterpart", StringComparison.OrdinalIgnoreCase))
            {
                group.Add(ordered[i]);
                closed |= between.StartsWith("and") || between.StartsWith(", and");
            }
            else
                break;
        }
        var result = group.DistinctBy(a => (a.Span, a.Code)).OrderBy(a => a.Span.Start).ToList();
        // "UN envoy Staffan de Mistura": a title right before the person holding it is that person, one actor.
        for (int i = result.Count - 1; i > 0; i--)
        {
            var (title, person) = (result[i - 1], result[i]);
            if (person.Person is not null && title.Person is null && title.Code == person.Code && title.Span.End <= person.Span.Start
                && article.Text.AsSpan(title.Span.End, person.Span.Start - title.Span.End).IsWhiteSpace())
                result.RemoveAt(i - 1);
        }
        return result;
    }

    private static bool Joined(ReadOnlySpan<char> between)
    {
        string raw = between.ToString().Trim();
        // "the Russian leader and his Turkish counterpart Erdogan"
        if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"^(and|,)( (his|her|the|its))?( [A-Z][a-z]+)? counterparts?$"))
            return true;
        // "Iraq and Jordan and their backer Britain": a partner introduced by what it is to the others.
        if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"^and( (the|its|their))?( [a-z]+)? (backer|backers|supporter|supporters|ally|allies|sponsor|sponsors|patron|partner|partners)$"))
            return true;
        string gap = raw.ToLowerInvariant();
        // An empty gap is a list whose commas the copy lost ("Hezbollah Syrian Army kill two commanders").
        return gap is "" or "and" or "," or "(" or "and the" or "with" or "with the" or "as well as" or "as well as the"
            or "and pro-government" or "and pro-regime" or "and allied" or "and their allied" or "and its allied" or "alongside" or "alongside the" or "and units of" or "and units of the" or "together with" or "together with the"
            // "Nusra and other factions shelled…": the group and those like it, all agents.
            or "and other" or ", and other" or "and several other" or "and other allied";
    }

    /// <summary>The start of the agent in "… of X by Y" within a few tokens after a nominal trigger, or after "carried out by" in its clause; else null.</summary>
    private static int? ByAgent(Article article, int tFirst, int tLast, int end, int clauseEnd, bool verbal = false)
    {
        // A verb's "by" must follow it at once ("attacked by jets"); later it belongs to its object ("rejected a plea by Kerry").
        // "called for action by the UN": the verb may end in a particle; its "by" belongs to the object too.
        int reach = verbal || article.TokenText(tLast).EndsWith("ed", StringComparison.Ordinal) || article.TokenText(tFirst).EndsWith("ed", StringComparison.Ordinal) ? 1 : 5;
        // "the killing of three soldiers in Azaz by militants": a noun's "of" phrase and a place may stand before its "by".
        bool ofPhrase = reach == 5 && article.TokenText(tLast + 1) == "of";
        if (ofPhrase)
            reach = 8;
        for (int k = tLast + 1; k < end && k <= tLast + reach; k++)
        {
            if (ofPhrase && k > tLast + 5 && article.TokenText(k) is "," or "and" or "which" or "that" or "who" or "as" or "after" or "while")
                break;
            // "an attack on a clinic run by the Red Crescent": the "by" names who runs the object, not the attacker.
            if (k - 1 > tLast && article.TokenText(k) == "by" && s_objectParticiples.Contains(article.TokenText(k - 1)))
                break;
            // "the strike was requested by partner forces", "the raid, condemned by Ankara": who asked for, judged or
            // reported the act, not who carried it out.
            if (k - 1 > tLast && article.TokenText(k) == "by" && s_judgingParticiples.Contains(article.TokenText(k - 1)))
                break;
            // "the advance was met by air strikes", "the assault was repelled by the army": the other side's answer.
            if (k - 1 > tLast && article.TokenText(k) == "by" && s_counteringParticiples.Contains(article.TokenText(k - 1)))
                break;
            if (article.TokenText(k).Equals("by", StringComparison.OrdinalIgnoreCase) && k + 1 < end)
                return article.Tokens[k + 1].Span.Start;
        }
        // Further on, only an explicit agent phrase: "airstrikes on the town … purportedly carried out by jets".
        for (int k = tLast + 6; k + 1 < end && article.Tokens[k].Span.End <= clauseEnd; k++)
        {
            if (article.TokenText(k) == "by" && article.TokenText(k - 1) is "out" or "conducted" or "launched" or "perpetrated" or "staged")
                return article.Tokens[k + 1].Span.Start;
        }
        return null;
    }

    private static readonly System.Text.RegularExpressions.Regex s_ofNameColon = new(@"\G\s+of\s+\p{Lu}[\w-]*(\s+\p{Lu}[\w-]*){0,2}\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"Syrian rebels: …", "Interim Minister of Health: …": an actor naming the source of a headline's claim.</summary>
    private static bool BeforeColon(Article article, ActorMention actor) =>
        article.Text.AsSpan(actor.Span.End).TrimStart(' ').StartsWith(":") || s_ofNameColon.IsMatch(article.Text, actor.Span.End);

    /// <summary>The resolved speaker of the quotation holding <paramref name="span"/>, if any.</summary>
    private static ActorMention? QuotedSpeaker(Article article, TextSpan span) =>
        article.Quotes.FirstOrDefault(q => q.Span.Contains(span))?.Speaker;

    /// <summary>
    /// A victim named before the act: "among the dead", or a participle of harm that ties the actor to the act
    /// ("the gunmen killed in the raid", "rebels wounded by the blast").
    /// </summary>
    private static bool AmongTheDead(Article article, ActorMention actor, int tFirst)
    {
        int k = article.TokenAfter(actor.Span.End);
        // "two guards were hurt by a roadside bomb", "have been wounded by the blast": the same, in a clause.
        int harm = k;
        while (harm >= 0 && harm - k < 2 && article.TokenText(harm) is "were" or "was" or "been" or "have" or "has" or "had")
            harm++;
        if (harm > k && harm + 1 < tFirst && article.TokenText(harm) is "killed" or "wounded" or "injured" or "hurt" or "maimed"
            && (tFirst - harm <= 6 && article.TokenText(harm + 1) is "in" or "by" or "during"
                // "two soldiers were killed when their vehicle hit a roadside bomb": the act that harmed them, told in a clause of time.
                || tFirst - harm <= 8 && article.TokenText(harm + 1) is "when" or "as" or "after"
                    && Enumerable.Range(harm + 2, tFirst - harm - 2).All(n => article.TokenText(n) is not ("," or "and" or "but" or "while"))))
            return true;
        if (k >= 0 && k + 1 < tFirst && article.TokenText(k) is "killed" or "wounded" or "injured" or "hurt" or "maimed" or "trapped"
            && article.TokenText(k + 1) is "in" or "by" or "during" or "after")
            return true;
        int stop = Math.Min(tFirst, k + 3);
        for (; k < stop; k++)
        {
            if (article.TokenText(k) != "among")
                continue;
            return Enumerable.Range(k + 1, Math.Max(0, Math.Min(tFirst, k + 6) - k - 1)).Any(n => article.TokenText(n) is "dead" or "killed" or "victims" or "wounded" or "injured" or "casualties" or "those");
        }
        return false;
    }

    private static readonly HashSet<string> s_judgingParticiples = CueWords("judging-participles.tsv", StringComparer.Ordinal);
    private static readonly HashSet<string> s_counteringParticiples = CueWords("countering-participles.tsv", StringComparer.Ordinal);

    private static readonly HashSet<string> s_objectParticiples = new(StringComparer.Ordinal)
    {
        "managed", "run", "operated", "owned", "funded", "supported", "backed", "held", "controlled", "used", "built", "founded", "established", "sponsored", "administered",
    };

    private static bool InApposition(Article article, int from, int to)
    {
        int dashes = 0;
        foreach (char c in article.Text.AsSpan(from, to - from))
            dashes += c is '–' or '—' ? 1 : 0;
        return dashes % 2 == 1;
    }

    /// <summary>Whether the actor's words fill a pair of brackets on their own: "(SDF)".</summary>
    private static bool AloneInBrackets(Article article, ActorMention actor) =>
        actor.Span.Start > 0 && article.Text[actor.Span.Start - 1] == '(' && actor.Span.End < article.Text.Length && article.Text[actor.Span.End] == ')';

    /// <summary>
    /// Whether <paramref name="actor"/> is a name alone in brackets right after another mention of the same actor:
    /// "the World Health Organization (WHO)" is one agent, not two.
    /// </summary>
    private static bool RestatesInBrackets(Article article, ActorMention actor, List<ActorMention> others)
    {
        if (!AloneInBrackets(article, actor))
            return false;
        var text = article.Text;
        return others.Any(b => b != actor && b.Code == actor.Code && b.Group == actor.Group && b.Span.End < actor.Span.Start
            && text.AsSpan(b.Span.End, actor.Span.Start - 1 - b.Span.End).IsWhiteSpace());
    }

    /// <summary>Whether the text from an actor to the trigger closes a bracket it did not open: the actor stands in an aside.</summary>
    private static bool InBrackets(Article article, ActorMention actor, int to)
    {
        // "the Syria Democratic Forces (SDF)": a name alone in its brackets restates the subject's name.
        if (AloneInBrackets(article, actor))
            return false;
        int depth = 0;
        foreach (char c in article.Text.AsSpan(actor.Span.End, Math.Max(0, to - actor.Span.End)))
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
        return depth > 0;
    }

    /// <summary>The agent named on a campaign the act happened in: "during a rebel offensive", "amid Russian air strikes".</summary>
    private static ActorMention? CampaignAgent(Article article, List<ActorMention> after, int tLast, int clauseEnd)
    {
        for (int k = tLast + 1; k < article.Tokens.Count && article.Tokens[k].Span.End <= clauseEnd; k++)
        {
            if (article.TokenText(k) is not ("during" or "amid" or "in"))
                continue;
            // "killed in Syrian army operations", "during a rebel offensive": the actor names the campaign.
            int from = article.Tokens[k].Span.End;
            var agent = after.FirstOrDefault(a => a.Span.Start > from && a.Span.Start - from < 8
                && (a.Rule is "role-act" or "demonym-act" || Campaign(article, TokenAfter(article, a.Span.End))));
            if (agent is not null || article.TokenText(k) != "in")
                return agent;
        }
        return null;
    }

    /// <summary>A verb of saying right before the token, past a comma and a day ("said on Monday, blaming…").</summary>
    private static bool SaysBefore(Article article, int first, int t)
    {
        int k = t - 1;
        if (k > first && article.TokenText(k) == ",")
            k--;
        if (k > first && Sitrep.Recognition.Dates.CalendarWords.Default.TryWeekday(article.TokenText(k), out _))
            k--;
        if (k > first && article.TokenText(k) == "on")
            k--;
        return k >= first && (s_saying.Contains(article.TokenText(k)) || article.TokenText(k) is "reported" or "added");
    }

    /// <summary>A sentence that opens with a participle ("Speaking to reporters…") or a subordinator before one ("After meeting…"), the trigger inside it.</summary>
    private static bool FrontedParticipial(Article article, int first, int tFirst)
    {
        int k = first;
        if (article.TokenText(k) is "After" or "Before" or "While" or "Since" or "Upon" or "On")
            k++;
        string w = article.TokenText(k);
        // The participle is not the act itself ("Shelling by the army killed…" is a noun).
        return k < tFirst && w.Length > 4 && char.IsUpper(article.TokenText(first)[0]) && w.EndsWith("ing", StringComparison.Ordinal)
            && !EventTriggers.TryMatchAct(article, k, out _, out _)
            && !Enumerable.Range(first, tFirst - first).Any(j => s_saying.Contains(article.TokenText(j)));
    }
}
