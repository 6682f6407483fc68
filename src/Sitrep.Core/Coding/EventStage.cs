using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Codes events sentence by sentence from trigger words (data/events/triggers.tsv), without parse
/// trees: the actor before the trigger in its clause is the source, the one after it the target; a
/// passive ("were bombed by warplanes") swaps them. The place is the first place after the trigger in
/// the sentence, else before it, else the article's focus; the date is a date in the sentence, else
/// publication for past events. Modality comes from the words around: "claim(s) to have", a verb of
/// saying or a quotation (claimed, by the speaker), "will"/"to" + verb (planned), "not" (negated),
/// "denied" (denied). A killing in a sentence that already has a violent trigger adds its toll to
/// that event instead of making a second one.
/// </summary>
/// <remarks>
/// This file reads the triggers and builds the events; the rules that answer each question about an event
/// live beside it: <c>EventStage.Agents.cs</c> (who did it to whom), <c>EventStage.Places.cs</c> (where),
/// <c>EventStage.Dates.cs</c> (when, and the article's focus date) and <c>EventStage.Modality.cs</c> (asserted,
/// claimed by whom, denied, planned, negated).
/// </remarks>
public sealed partial class EventStage(Gazetteer? gazetteer = null) : IArticleStage
{
    // Case matters: "IS seized the oilfields" names the Islamic State, not a passive.
    private static readonly HashSet<string> s_passiveAuxiliaries = EventTriggers.PassiveAuxiliaries;
    private static readonly HashSet<string> s_negations = new(StringComparer.OrdinalIgnoreCase) { "not", "never", "no", "n't", "didn't", "did not" };
    private static readonly HashSet<string> s_truceWords = new(StringComparer.OrdinalIgnoreCase) { "ceasefire", "cease-fire", "truce", "armistice", "de-escalation", "agreement", "deal", "hostilities" };
    /// <summary>Fighting that goes on for days: a mass killing reported in it is an act of its own, unlike the toll of one attack.</summary>
    private static readonly HashSet<string> s_campaignWords = new(StringComparer.OrdinalIgnoreCase) { "offensive", "counteroffensive", "counter-offensive", "fighting", "battles", "battle", "clashes", "campaign" };
    private static readonly HashSet<string> s_armedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "troops", "forces", "fighters", "soldiers", "reinforcements", "units", "militants", "jets", "warplanes", "aircraft",
        "ships", "warships", "tanks", "battalions", "brigades", "militiamen", "gunmen", "marines", "commandos", "army", "attackers",
    };
    private static readonly HashSet<string> s_saying = new(StringComparer.OrdinalIgnoreCase) { "said", "say", "says", "announced", "reported", "added", "stated", "told", "according" };
    // Verbs of belief that introduce an allegation ("officials believe X was responsible"); lowercase, as in running text.
    private static readonly HashSet<string> s_believing = new(StringComparer.Ordinal) { "believe", "believes", "believed", "think", "thinks" };

    /// <summary>A word list from <c>data/events/cues/</c>: the cue words some of the rules below look for.</summary>
    private static HashSet<string> CueWords(string file, StringComparer comparer) =>
        new(Sitrep.Dictionaries.DataFiles.LoadTsv("events/cues/" + file).Column("id"), comparer);

    /// <summary>How far before publication a lede's dated event may lie and still be the news.</summary>
    private const int RecentDays = 10;

    public string Name => "events";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences, Layers.Dates, Layers.Actors, Layers.Quotes];

    public IReadOnlyList<string> Assigns => [Layers.Events];

    public void Process(Article article, AnalysisOptions options)
    {
        var events = new List<EventMention>();
        var placed = new List<bool>();
        var furniture = PageFurniture.Find(article);
        int token = 0;
        foreach (var sentence in article.Sentences)
        {
            while (token < article.Tokens.Count && article.Tokens[token].Span.Start < sentence.Start)
                token++;
            int first = token;
            while (token < article.Tokens.Count && article.Tokens[token].Span.End <= sentence.End)
                token++;
            CodeSentence(article, sentence, first, token, events, placed, furniture);
        }
        InheritPlaces(article, events, placed);
        ForeignBrokeredTruces(article, events, placed);
        article.Events = DeniedClaims(article, ForeignVisits(CondemnedActAgents(CondemnedActPlaces(RefineCountryPlaces(article, StateWeapons(article, EnvoyHosts(article, UnnamedPeople(article, InheritAgents(UnnamedBombers(ClaimedAfterward(article, ReciprocalAccusations(article, FramedBreaches(article, Restatements(article, events))))), article.TitleSpan)))))))));
        article.FocusDate = FocusDate(article, events);
    }

    private static readonly HashSet<string> s_hazards = CueWords("hazards.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_envoys = EventTriggers.ObjectWords("envoys");

    /// <summary>Whether the actor is where an envoy is posted: "ambassador to the UN", "envoy to Syria".</summary>
    private static bool PostedTo(Article article, ActorMention a)
    {
        int k = TokenStartingAt(article, a.Span.Start) - 1;
        if (k > 0 && article.TokenText(k) is "the")
            k--;
        return k > 0 && article.TokenText(k) == "to" && s_envoys.Contains(article.TokenText(k - 1));
    }

    /// <summary>Whether the actor's head word names an envoy ("the Russian ambassador").</summary>
    private static bool Envoy(ActorMention a) => s_envoys.GetAlternateLookup<ReadOnlySpan<char>>().Contains(a.Text.AsSpan(a.Text.LastIndexOf(' ') + 1));

    /// <summary>
    /// A "threaten" that tells of danger (data/events/cues/hazards.tsv): a hazard or an act as its subject, lives or
    /// safety as its object, or a hazard warned of.
    /// </summary>
    private static bool Endangers(Article article, int first, int t, int last, int end)
    {
        bool warning = article.TokenText(t).Equals("warned", StringComparison.OrdinalIgnoreCase);
        for (int k = last + 1; k < Math.Min(end, last + 4); k++)
        {
            string w = article.TokenText(k).ToLowerInvariant();
            if (w is "lives" or "life" or "safety" or "health" or "future" or "survival" or "existence")
                return true;
            if (warning && s_hazards.Contains(w))
                return true;
        }
        int s = t - 1;
        while (s >= first && article.TokenText(s).ToLowerInvariant() is "would" or "could" or "may" or "might" or "will" or "also" or "now" or "further"
                   or "seriously" or "directly" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "which" or "that")
            s--;
        return s >= first && s_hazards.Contains(article.TokenText(s));
    }

    private static readonly HashSet<string> s_refusalNonActs = CueWords("refusal-non-acts.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_groundWords = CueWords("ground-words.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether ground starts at token <paramref name="k"/> (after a determiner or two): a place below country level, or a word for ground.</summary>
    private static bool GroundAt(Article article, int k)
    {
        while (article.TokenText(k).ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "several" or "some" or "all" or "most" or "large" or "key" or "strategic" or "last")
            k++;
        if (k >= article.Tokens.Count)
            return false;
        var token = article.Tokens[k].Span;
        return s_groundWords.Contains(article.TokenText(k))
            || article.Places.Any(p => p.Span.Start == token.Start && p.Precision is not PlacePrecision.Country);
    }

    /// <summary>"ousted IS from the town", "drove the rebels out of the base", "were expelled from Azaz": ground after "from" or "out of" within six words.</summary>
    private static bool OustedFromGround(Article article, int tLast, int end)
    {
        for (int k = tLast + 1; k < Math.Min(end, tLast + 8); k++)
        {
            string w = article.TokenText(k);
            if (w == "from")
                return GroundAt(article, k + 1);
            if (w == "out" && article.TokenText(k + 1) is "of" or "from")
                return GroundAt(article, k + 2);
        }
        return false;
    }

    /// <summary>"lost the town to the rebels", "lost control of Azaz to IS": ground before "to" and the side right after it.</summary>
    private static ActorMention? LostTo(Article article, int tLast, int end)
    {
        bool ground = false;
        for (int k = tLast + 1; k < Math.Min(end, tLast + 8); k++)
        {
            if (article.TokenText(k) == "to")
            {
                if (!ground)
                    return null;
                int side = article.TokenText(k + 1) is "the" ? k + 2 : k + 1;
                return side < end ? article.Actors.FirstOrDefault(a => a.Span.Start == article.Tokens[side].Span.Start) : null;
            }
            ground |= GroundAt(article, k);
        }
        return null;
    }

    /// <summary>Whether the fight ending at <paramref name="tLast"/> is against an idea: "fighting terrorism", "the fight against \"extremism\"".</summary>
    private static bool FightsAnIdea(Article article, int tLast)
    {
        int k = tLast + 1;
        if (article.TokenText(k) == "against")
            k++;
        while (article.TokenText(k) is "\"" or "the" or "all" or "international" or "global")
            k++;
        return article.TokenText(k).ToLowerInvariant() is "terrorism" or "extremism" or "terror" or "radicalism" or "jihadism";
    }

    private static void CodeSentence(Article article, TextSpan sentence, int first, int end, List<EventMention> events, List<bool> placed, List<(int First, int Last)> furniture)
    {
        var triggers = new List<(int First, int Last, EventTrigger Trigger)>();
        for (int t = first; t < end; t++)
        {
            if (furniture.Count > 0 && InRange(furniture, t))
                continue;
            // "released a statement", "recalled that…", "imposed a curfew": the trigger counts only with its object,
            // and a form two entries share is the one whose object is there ("expelled the ambassador", "expelled IS from the town").
            if (EventTriggers.Default.TryMatch(article, t, (article, t, first, end), static (s, x, l) => EventTriggers.HasObject(s.article, x, s.t, l, s.first, s.end),
                    out var trigger, out int last) && last < end)
            {
                // "troops entered the town", "rebels entered Azaz": a push into ground — not "entered the conflict", "entered Syria".
                // Left out here, before any other act takes it for its own.
                if (trigger.Id == "enter ground" && !GroundAt(article, last + 1))
                    continue;
                // "the Organisation for the Prohibition of Chemical Weapons": words inside a name report no act.
                if (article.Actors.Any(a => a.Group is not null && a.Span.Contains(article.Tokens[t].Span)))
                    continue;
                // "destroyed a car bomb", "defused the explosives", "workshops making car bombs": the weapon seized or made, no bombing.
                // "destroyed nine bunkers, four trucks and three car bombs": the same, at the end of a list of things destroyed.
                if (trigger.Id is "car bomb" or "bomb blast" && (Preceding(first, t, 3).Any(k => s_weaponHandlingVerbs.Contains(article.TokenText(k)))
                        || Preceding(first, t, 12).Any(k => article.TokenText(k) is "destroyed" or "destroying" or "seized" or "confiscated" or "dismantled")
                            && article.TokenText(t - 1) is "and" or "two" or "three" or "four" or "five" or "several" or "a"
                            && Preceding(first, t, 12).Any(k => article.TokenText(k) == "and")
                            && article.TokenText(last + 1).ToLowerInvariant() is not ("killed" or "exploded" or "went" or "hit" or "struck" or "targeted" or "ripped" or "rocked" or "tore" or "detonated")))
                {
                    t = last;
                    continue;
                }
                // "the camp hosted many refugees": a place or state that shelters people holds no meeting.
                if (trigger.Id == "meet" && article.TokenText(t).ToLowerInvariant() is "hosted" or "hosts" or "hosting"
                    && Enumerable.Range(t + 1, 4).Any(k => k < end && article.TokenText(k).ToLowerInvariant() is "refugees" or "displaced" or "people" or "families"
                        or "civilians" or "migrants" or "children" or "wounded" or "evacuees" or "survivors"))
                    continue;
                // "two boys were among the dead", "most of the dead were fighters": the victims of an act already told, no act of their own.
                if (trigger.Id == "kill" && t > first && article.TokenText(t).Equals("dead", StringComparison.OrdinalIgnoreCase)
                    && article.TokenText(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
                    && (events.Any(x => x.Plover == "ASSAULT") || triggers.Any(x => x.Trigger.Plover == "ASSAULT")))
                    continue;
                // "Fresh fighting threatens civilians", "threatening the lives of many", "warned of a malnutrition crisis":
                // a danger, not a threat of force.
                if (trigger.Id == "threaten" && Endangers(article, first, t, last, end))
                {
                    t = last;
                    continue;
                }
                // "released a video of the captured pilot", "released footage showing the hostages": media put out, nobody freed.
                if (trigger.Id == "release captives" && Enumerable.Range(last + 1, 3).Any(k => k < end && article.TokenText(k).ToLowerInvariant() is "video" or "videos"
                        or "footage" or "statement" or "images" or "photos" or "photographs" or "pictures" or "recording" or "audio" or "report" or "list" or "names" or "details" or "figures"))
                    continue;
                // "field visits and surveys", "home visits": an inspection or a call, no visit between parties.
                if (trigger.Id == "visit" && t > first && article.TokenText(t - 1).ToLowerInvariant() is "field" or "site" or "home" or "family" or "prison" or "house" or "monitoring")
                    continue;
                // "cancelled a visit to France": the cancellation is the act; no visit was made.
                if (trigger.Id == "visit" && Preceding(first, t, 3).Any(k => article.TokenText(k).ToLowerInvariant() is "cancelled" or "canceled" or "cancels" or "cancel"
                        or "postponed" or "postpones" or "scrapped" or "delayed" or "off"))
                    continue;
                // "fired into the air to disperse the crowd", "smoke shooting into the air": warning shots or celebration, no attack.
                if (trigger.Id == "small arms" && last + 3 < end && article.TokenText(last + 1) is "into" or "in"
                    && article.TokenText(last + 2) == "the" && article.TokenText(last + 3) is "air" or "sky")
                    continue;
                // "fired on Friday several rocket shells", "firing at least 38 rockets": the preposition is not the target's.
                if (trigger.Id == "small arms" && article.TokenText(last) is "on" or "at" && last + 1 < end
                    && (article.TokenText(last + 1) is "least" or "most"
                        || char.IsUpper(article.TokenText(last + 1).FirstOrDefault()) && (CalendarWords.Default.TryWeekday(article.TokenText(last + 1), out _)
                            || CalendarWords.Default.TryMonth(article.TokenText(last + 1), out _))))
                    continue;
                // "Turkey rejected the deal", "condemned the agreement": a stand taken on a deal already made, not a deal of its own.
                if (trigger.Id == "agree" && t == last && article.TokenText(t).ToLowerInvariant() is "deal" or "deals" or "agreement" or "agreements"
                    && StandOnDeal(article, first, t))
                    continue;
                // "a Su-24 bomber hit the depot", "strategic bombers": the aircraft, not a bomb going off.
                if (trigger.Id == "bomb blast" && article.TokenText(t).ToLowerInvariant() is "bomber" or "bombers" && t > first && AircraftBefore(article.TokenText(t - 1)))
                    continue;
                triggers.Add((t, last, trigger));
                t = last;
            }
        }
        // "A sniper from the Nusra Front shot two civilians", "rebel snipers are deployed on rooftops": the sniper is who
        // acts (or is acted on), and the verb the act. "Sniper fire" stays one act; a killing stays the sniper's toll.
        triggers = triggers.Where((x, i) => !(article.TokenText(x.First).ToLowerInvariant() is "sniper" or "snipers" && x.First == x.Last
            && triggers.Skip(i + 1).FirstOrDefault() is { Trigger: not null } act && act.First - x.Last is >= 2 and <= 8
            && act.Trigger.Id is not "kill"
            && Enumerable.Range(x.Last + 1, act.First - x.Last - 1).All(k => article.TokenText(k) is not ("," or "and" or "but" or "while" or "as" or "when" or "after")))).ToList();
        triggers = MergeAdjacentViolence(article, triggers);
        // "sent reinforcements", "dispatched troops to deploy": one deployment told by two of its words is one act.
        triggers = triggers.Where((x, i) => !(x.Trigger.Plover == "MOBILIZE" && triggers.Skip(i + 1).Any(y => y.Trigger.Plover == "MOBILIZE" && y.First - x.Last is 1 or 2
            && Enumerable.Range(x.Last + 1, y.First - x.Last - 1).All(k => char.IsLower(article.TokenText(k).FirstOrDefault()) && article.TokenText(k) is not ("and" or "then"))))).ToList();
        // "signed an agreement", "agreed a deal": one act told by its verb and its noun is one event, spanning both.
        triggers = MergeVerbAndNoun(article, triggers);
        triggers = MergeCallAndDiscussion(article, triggers);
        // "victims of an attack … point to exposure to sarin": the attack the sentence names is the chemical one.
        if (triggers.Any(x => x.Trigger.Id == "chemical"))
            triggers = triggers.Where(x => !(x.Trigger.Id == "fight" && article.TokenText(x.First).ToLowerInvariant() is "attack" or "attacks")).ToList();
        // Kidnapping or a mere "targeted" does not account for deaths in the sentence: those stay a killing of their own.
        // An attack only plotted ("killed 20 operatives plotting attacks") took no lives.
        bool hasViolence = triggers.Any(x => x.Trigger.Id is not ("kill" or "target" or "abduct") && x.Trigger.Plover == "ASSAULT" && !Plotted(article, first, x.First));
        // A weapon (not a campaign of fighting) in the sentence: deaths beside it are its toll.
        bool weaponInSentence = triggers.Any(x => x.Trigger.Plover == "ASSAULT" && x.Trigger.Id is not ("kill" or "target" or "abduct")
            && !(x.Trigger.Id == "fight" && s_campaignWords.Contains(article.TokenText(x.First))) && !Plotted(article, first, x.First));
        var (toll, tollText) = Fatalities(article, first, end);
        foreach (var (tFirst, tLast, trigger) in triggers)
        {
            // A killing beside an attack is the attack's toll — unless it is a mass killing of its own
            // during fighting; deaths from a weapon ("airstrikes kill 28 civilians") stay the weapon's.
            bool tollOnly = trigger.Id == "kill" && hasViolence;
            var span = new TextSpan(article.Tokens[tFirst].Span.Start, article.Tokens[tLast].Span.End);
            // Inside a quotation the clause is the quoted words: the speaker is not the subject.
            // A quoted fragment that goes on the sentence's own syntax ('army units "killed dozens of
            // fighters"') is not a clause of its own: its subject stands before the quotation mark.
            var clause = article.Quotes.FirstOrDefault(q => q.Span.Contains(span) && !Fragment(article, q.Span))?.Span ?? sentence;
            // What page furniture names ("Tags Syria Hassakeh SDF …") is not the sentence's.
            var actorsIn = article.ActorsWithin(clause);
            actorsIn.RemoveAll(a => InFurniture(article, furniture, a.Span));
            // An unnamed monitor (bare code "NGO": "a monitoring group") only ever reports acts; it takes no part in them.
            actorsIn.RemoveAll(a => a.Code == "NGO");
            // Actors inside an apposition ("Al-Nusra – the Syria arm of Al-Qaeda – could…") are not the subject.
            var (subjectFrom, mainSubject) = SubjectFrom(article, clause == sentence ? first : TokenStartingAt(article, clause.Start) is var q && q >= 0 ? q : first, tFirst,
                noun: trigger.Id == "chemical", material: trigger.Plover is "ASSAULT" or "COERCE" or "MOBILIZE" or "RETREAT" or "AID");
            // An actor the trigger begins inside ("regime warplanes struck", trigger "warplanes struck") stands before it.
            var before = actorsIn.Where(a => (a.Span.End <= span.Start || a.Span.Start < span.Start && a.Span.End <= span.End) && a.Span.Start >= subjectFrom
                && !InApposition(article, Math.Min(a.Span.End, span.Start), span.Start)).ToList();
            // The object stays in the trigger's clause: "... taken back the town, but government forces say ...".
            int clauseEnd = ClauseEnd(article, tLast, end);
            // "… halted aid to the camp, the Observatory said": who speaks after the act is not its target.
            var after = actorsIn.Where(a => a.Span.Start >= span.End && a.Span.End <= clauseEnd && !Speaks(article, sentence, a)).ToList();
            if (after.Any(a => RestatesInBrackets(article, a, after)))
                after = after.Where(a => !RestatesInBrackets(article, a, after)).ToList();
            // "The raid drew outrage from Turkey": who reacts to the act in the same sentence is not its target.
            if (trigger.Plover == "ASSAULT")
                after = after.Where(a => !triggers.Any(x => x.First > tLast && x.Trigger.Plover is "ACCUSE" or "REQUEST" or "REJECT"
                    && article.Tokens[x.First].Span.Start < a.Span.Start)).ToList();
            // "Syrian rebels: 200 dead in gas attack": a name before a colon is the source, not the agent.
            before = before.Where(a => !BeforeColon(article, a)).ToList();
            // Civilians, monitors, agencies and the media suffer or report violence; they are not its
            // agents ("killed 48 civilians by shooting", "SOHR: 28 killed in airstrikes").
            var civiliansBefore = before.Where(a => a.Role == "CVL").ToList();
            if (trigger.Plover == "ASSAULT")
                before = before.Where(a => a.Role is not ("CVL" or "NGO" or "IGO" or "MED" or "OPP")).ToList();
            // "summoned the Russian ambassador over the bombing": an act named after "over" is a topic; whoever the clause
            // names before it did not do it (unless they are blamed for it, below), and envoys bomb no one.
            int overAt = article.TokenText(tFirst - 1) is "the" or "its" or "their" or "a" or "an" or "his" ? tFirst - 2 : tFirst - 1;
            if (trigger.Plover == "ASSAULT" && overAt > first && article.TokenText(overAt) == "over")
                before = [];
            if (trigger.Plover == "ASSAULT" && before.Any(Envoy))
                before = before.Where(a => !Envoy(a)).ToList();
            // "Syria's ambassador to the UN, Bashar al-Jaafari, accused…": the body an envoy is posted to is no party.
            if (before.Any(a => PostedTo(article, a)))
                before = before.Where(a => !PostedTo(article, a)).ToList();
            // "The assassination sparked protests", "the raid drew condemnation": what an act provokes is not done by those the act named.
            int causeAt = article.TokenText(tFirst - 1) is "a" or "an" or "the" or "new" or "fresh" or "angry" or "mass" or "widespread" ? tFirst - 2 : tFirst - 1;
            if (trigger.Plover is "PROTEST" or "ACCUSE" && causeAt >= first && article.TokenText(causeAt).ToLowerInvariant() is "sparked" or "sparks" or "triggered" or "triggers"
                    or "prompted" or "prompts" or "provoked" or "provokes" or "drew" or "draws" or "caused" or "causes" or "fuelled" or "fueled" or "ignited")
                before = [];
            // "Johnson called for protests outside the embassy over the bombing": a violent act named as a
            // noun after another act is that act's topic; its agent is not the other act's subject.
            if (trigger.Plover == "ASSAULT" && s_nounMarkers.Contains(article.TokenText(tFirst - 1))
                && triggers.LastOrDefault(x => x.Last < tFirst && x.Trigger.Plover is not "ASSAULT") is { Trigger: not null } earlier && earlier.Last >= first
                // "IS claimed responsibility for the bombing": who claims or denies an act is named as its agent.
                && earlier.Trigger.Id is not ("claim responsibility" or "deny responsibility"))
            {
                int from = article.Tokens[earlier.Last].Span.End;
                // "its jets were (not) responsible for the shelling": who is held responsible is the act's alleged agent,
                // the reported clause's subject after any verb of saying.
                if (earlier.Trigger.Id == "responsible" && tFirst - earlier.Last <= 3)
                    from = Preceding(first, earlier.First, earlier.First - first).LastOrDefault(k => s_saying.Contains(article.TokenText(k)), -1) is >= 0 and var said
                        ? article.Tokens[said].Span.End : article.Tokens[first].Span.Start;
                before = before.Where(a => a.Span.Start >= from).ToList();
            }
            // "Hollande called the bombing a war crime", "described the strikes as barbaric": the one who names the act did not do it.
            if (trigger.Plover == "ASSAULT" && Preceding(first, tFirst, 3).LastOrDefault(k => article.TokenText(k).ToLowerInvariant() is "called" or "calls"
                    or "described" or "describes" or "branded" or "brands" or "termed" or "labelled" or "labeled" or "condemned" or "condemns" or "denounced" or "denounces"
                    // "officials declined to comment on the blast": who speaks about an act did not do it.
                    or "commented" or "comment" or "comments" or "commenting", -1) is >= 0 and var naming)
                before = before.Where(a => a.Span.Start >= article.Tokens[naming].Span.End).ToList();
            // "investigating allegations that…", "a probe into the attack": who looks into an act did not do it.
            if (Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "investigating" or "investigate" or "investigated" or "investigation" or "probing" or "probe" or "into" or "examining" or "verify" or "verifying"))
                before = [];
            // "regime forces backed by Hezbollah shelled…": the backer is not who acted.
            before = before.Where(a => !ActorStage.Backer(article, a)).ToList();
            // "attacked the police station with bombs", "near the army base": an actor's building is a place, never the agent.
            before = before.Where(a => !NamesAFacility(article, a)).ToList();
            // "The gunmen outside the police station opened fire": a place named after an actor by a
            // preposition of place ends at its noun; the actor before it is the subject.
            before = before.Where(a => !WhereAnActorStands(article, a, before)).ToList();
            // "armed groups affiliated to it shelled…": whose side the subject is on is not its agent.
            before = before.Where(a => !AffiliateOfAnother(article, a, before)).ToList();
            // "al-Nusra (al-Qaeda's Syrian branch) shelled…": an actor in an aside only describes the subject.
            if (before.Any(a => RestatesInBrackets(article, a, before)))
                before = before.Where(a => !RestatesInBrackets(article, a, before)).ToList();
            var outsideAsides = before.Where(a => !InBrackets(article, a, span.Start)).ToList();
            if (outsideAsides.Count > 0)
                before = outsideAsides;
            // "Troops killed 48 civilians before withdrawing": the participle's subject is the main clause's, its first actor.
            // "The troops stormed IS positions west of the city killing 13 militants": a trailing participle's
            // subject is the clause's first actor, not the nearest (its object).
            string previous = article.TokenText(tFirst - 1);
            bool trailingParticiple = trigger.Id == "kill" && article.TokenText(tFirst) is "killing" or "Killing" && tFirst > first + 2
                && !s_nounMarkers.Contains(previous) && !s_passiveAuxiliaries.Contains(previous) && previous is not ("and" or "or" or "for" or "of");
            // "The spokesman said the gunmen broke up the rally, killing 27": the participle's subject is the reported clause's.
            if (trailingParticiple && Preceding(first, tFirst, tFirst - first).LastOrDefault(k => s_saying.Contains(article.TokenText(k)), -1) is >= 0 and var saidAt
                && before.Any(a => a.Span.Start >= article.Tokens[saidAt].Span.End))
                before = before.Where(a => a.Span.Start >= article.Tokens[saidAt].Span.End).ToList();
            // "An opposition minister was among 12 dead in a car bomb": who is among the dead is a victim.
            // "Two guards were hurt by a roadside bomb": the passive's subject is no subject of the noun act,
            // but its victim all the same.
            List<ActorMention> victimsBefore = trigger.Plover != "ASSAULT" ? []
                : actorsIn.Where(a => a.Span.End <= span.Start && a.Span.Start >= article.Tokens[first].Span.Start && a.Role is not ("NGO" or "IGO" or "MED")
                    && AmongTheDead(article, a, tFirst)).ToList();
            if (victimsBefore.Count > 0)
                before = before.Where(a => !victimsBefore.Contains(a)).ToList();
            // "Rebels fighting to topple Assad shelled Azaz", "rebels who oppose the government shelled …": whom the
            // subject's modifier names is not the subject; the head the modifier follows is.
            bool modifiedSubject = !mainSubject && !trailingParticiple && PostModifiedSubject(article, before, tFirst);
            var actor1 = Coordinated(article, before, last: !(mainSubject || trailingParticiple || modifiedSubject));
            var actor2 = Coordinated(article, after, last: false);
            // "rejected claims (by the rebels) that its jets bombed the town": what is rejected is the claim, made by
            // whoever the words before "that" name; the reported clause's actors are not its target.
            if (trigger.Plover is not "ASSAULT" && ClaimThat(article, tLast, clauseEnd) is >= 0 and var that)
                actor2 = Coordinated(article, [.. after.Where(a => a.Span.End <= article.Tokens[that].Span.Start)], last: false);
            // "Speaking to reporters after talks with the minister, he said…": an opening participial phrase's
            // subject is the main clause's, the speaker after it.
            if (actor1.Count == 0 && before.Count == 0 && FrontedParticipial(article, first, tFirst)
                && actorsIn.FirstOrDefault(a => a.Span.Start >= span.End && Speaks(article, sentence, a)) is { } mainSpeaker)
            {
                actor1 = [mainSpeaker];
                actor2 = [.. actor2.Where(a => a != mainSpeaker)];
            }
            // "Army Kills 12 Militants in Rocket Strike": the attack is the killers', its victims stand between.
            if (trigger.Plover == "ASSAULT" && trigger.Id != "kill" && Preceding(first, tFirst, 4).LastOrDefault(k => article.TokenText(k) == "in", -1) is >= 0 and var inAt
                && Enumerable.Range(inAt + 1, tFirst - inAt - 1).All(k => char.IsLetter(article.TokenText(k)[0]) && !s_saying.Contains(article.TokenText(k)))
                && triggers.LastOrDefault(x => x.Trigger.Id == "kill" && x.Last < inAt && x.First >= first && article.Tokens[x.First].Span.Start >= subjectFrom) is { Trigger: not null } killing
                && article.TokenText(killing.First).ToLowerInvariant() is "kills" or "kill" or "killed" or "killing" && !s_passiveAuxiliaries.Contains(article.TokenText(killing.First - 1))
                // "Terrorists Killed in Russian Offensive": a participle with no object names the victims.
                && (article.TokenText(killing.Last + 1).ToLowerInvariant() is not ("in" or "by" or "during" or "near" or "at" or "as" or "when" or "after" or "on")
                    || article.TokenText(killing.Last + 2) is "least" or "most"))
            {
                var killers = before.Where(a => a.Span.End <= article.Tokens[killing.First].Span.Start).ToList();
                // "Russia says kills 7 commanders in air strike": a headline's speaker is the one who kills.
                if (killers.Count == 0 && s_saying.Contains(article.TokenText(killing.First - 1))
                    && actorsIn.LastOrDefault(a => a.Span.End <= article.Tokens[killing.First - 1].Span.Start) is { } claimant)
                    killers = [claimant];
                if (killers.Count > 0)
                {
                    actor2 = Coordinated(article, before.Where(a => a.Span.Start >= article.Tokens[killing.Last].Span.End).ToList(), last: false);
                    actor1 = Coordinated(article, killers, last: true);
                }
            }

            // Passive: "positions were (heavily) bombed by Syrian warplanes"; "has fallen to the terrorists".
            bool auxiliary = s_passiveAuxiliaries.Contains(article.TokenText(tFirst - 1)) || s_passiveAuxiliaries.Contains(article.TokenText(tFirst - 2));
            // "the town was shelled on Monday by government forces": a time or place may stand before the passive's "by".
            bool passive = auxiliary && (article.TokenText(tLast + 1).Equals("by", StringComparison.OrdinalIgnoreCase) || DelayedBy(article, tLast, end) >= 0);
            // Who stands before a participle without an object or agent suffered the act: "fighters were
            // killed in clashes", "50 militants killed near Palmyra", "among the dead". Yielding (08) and
            // mobilising (15) are the exceptions: those "evacuated from" a town yield it, and forces
            // "dispatched to" a front are the mobilising side's own.
            List<ActorMention>? sufferers = null;
            // "The army said the town was shelled (by rebels)": who speaks before a reported passive did not suffer the act.
            // Not "fighters were said to be killed", where the saying is the passive's own.
            int saidBefore = Preceding(first, tFirst, tFirst - first).LastOrDefault(k => s_saying.Contains(article.TokenText(k)), -1);
            if (saidBefore > first && s_passiveAuxiliaries.Contains(article.TokenText(saidBefore - 1)))
                saidBefore = -1;
            List<ActorMention> ReportedSubject(List<ActorMention> subject) =>
                saidBefore < 0 ? subject : [.. subject.Where(a => a.Span.Start >= article.Tokens[saidBefore].Span.End)];
            if (!passive && Suffered(article, trigger, tFirst, tLast, auxiliary))
            {
                actor2 = ReportedSubject(actor1);
                actor1 = [];
                // "three civilians were killed in Azaz": civilians are never agents, but they are who suffered (set as the
                // target once the code is chosen, so that the victims do not make a toll a massacre here).
                if (actor2.Count == 0 && civiliansBefore.Count > 0 && tFirst - TokenAfter(article, civiliansBefore[^1].Span.End) <= 3)
                    sufferers = Coordinated(article, civiliansBefore, last: true);
                // "Arms were seized from rebel hideouts": with no one before it, the side whose ground follows is the target
                // (fire "from rebel positions" is moved back to that side below).
                if (actor2.Count == 0 && after.FirstOrDefault() is { Rule: "role-owner" } owner && TokenStartingAt(article, owner.Span.Start) - tLast <= 3)
                    actor2 = [owner];
            }
            // "IS is under attack in its strongholds by government forces": the subject suffers, "by" names the agent.
            else if (article.TokenText(tFirst - 1) is "under")
            {
                int by = Enumerable.Range(tLast + 1, Math.Max(0, end - tLast - 1)).FirstOrDefault(k => article.TokenText(k) == "by" && article.Tokens[k].Span.End <= clauseEnd, -1);
                actor2 = actor1;
                actor1 = by < 0 ? [] : Coordinated(article, after.Where(a => a.Span.Start > article.Tokens[by].Span.Start && !ActorStage.Backer(article, a)).ToList(), last: false);
                after = [];
            }
            // "before an agreement was struck": a deal made, not an attack.
            if (trigger.Plover == "ASSAULT" && article.TokenText(tFirst) is "struck" or "strike" && Preceding(first, tFirst, 3)
                    .Any(k => article.TokenText(k).ToLowerInvariant() is "agreement" or "deal" or "accord" or "truce" or "ceasefire" or "bargain" or "compromise"))
                continue;
            if (trigger.Id == "occupy" && tFirst == tLast && EventTriggers.TakesNoGround(article, tFirst))
                continue;
            // "cooperation in fighting terrorism", "the fight against extremism": a policy against an idea, not a battle.
            if (trigger.Id == "fight" && FightsAnIdea(article, tLast))
                continue;
            // "the opposition groups fighting the Syrian regime", "rebels fighting to topple Assad": who a side is at war
            // with says what it is, no battle fought. (Fighting the government's forces is a battle.)
            if (trigger.Id == "fight" && tFirst == tLast && article.TokenText(tFirst) == "fighting" && tFirst > first
                && (actorsIn.Any(a => a.Span.End == article.Tokens[tFirst - 1].Span.End) || article.TokenText(tFirst - 1) is "groups" or "factions" or "forces" or "militias")
                && (article.TokenText(tLast + 1) == "to" && article.TokenText(tLast + 2) is "topple" or "overthrow" or "oust" or "remove" or "bring"
                    || after.FirstOrDefault(a => TokenStartingAt(article, a.Span.Start) - tLast <= (article.TokenText(tLast + 1) == "against" ? 4 : 3)) is { Role: "GOV" }))
                continue;
            // "This photo captured from Nusaybin", "footage captured by activists": a picture taken, no ground taken.
            if (trigger.Id == "occupy" && article.TokenText(tFirst) is "captured" && Preceding(first, tFirst, 3).Any(k => article.TokenText(k).ToLowerInvariant()
                    is "photo" or "photos" or "image" or "images" or "video" or "videos" or "footage" or "picture" or "pictures" or "camera"))
                continue;
            // "infiltrated from Turkey", "infiltrated across the border" bring fighters in; "tried to infiltrate
            // toward the neighbourhood" is an attack on a front line, coded by the fighting beside it.
            if (trigger.Id == "mobilize" && article.TokenText(tFirst).StartsWith("infiltrat", StringComparison.OrdinalIgnoreCase)
                && !Enumerable.Range(tLast + 1, Math.Max(0, Math.Min(end, tLast + 7) - tLast - 1)).Any(k => article.TokenText(k) is "border" or "frontier"
                    || article.Places.Any(p => p.Precision == PlacePrecision.Country && p.Span.Start == article.Tokens[k].Span.Start)
                    || article.TokenText(k).EndsWith("Turkish", StringComparison.Ordinal)))
                continue;
            // "said in a phone call with a SANA reporter", "told AFP by telephone": an interview, not talks between parties.
            if (trigger.Id == "phone call" && (actor1.Concat(after).Any(a => a.Role == "MED")
                    || Enumerable.Range(tLast + 1, Math.Max(0, Math.Min(end, tLast + 5) - tLast - 1)).Any(k => article.TokenText(k).ToLowerInvariant()
                        is "reporter" or "reporters" or "journalist" or "journalists" or "correspondent" or "agency" or "newspaper" or "channel" or "radio" or "television" or "tv")))
                continue;
            // "Zarif told his Italian counterpart in a telephone conversation": the one who tells calls the one told.
            if (trigger.Id == "phone call" && actor1.Count > 0 && TokenStartingAt(article, actor1[0].Span.Start) is var addressee && addressee > first + 1
                && (article.TokenText(addressee - 1) is "his" or "her" or "their" ? addressee - 1 : addressee) is var told
                && article.TokenText(told - 1) is "told" or "tells" or "assured" or "informed"
                && actorsIn.LastOrDefault(a => a.Span.End <= article.Tokens[told - 1].Span.Start && a.Span.Start >= article.Tokens[first].Span.Start) is { } teller)
                (actor1, actor2) = ([teller], actor1);
            // "dispatched an envoy", "sent a letter": only forces mobilise — an armed sender or armed men sent.
            // (A trigger with its own list of what is sent, "sent troops", has checked that already.)
            if (trigger.Plover == "MOBILIZE" && trigger.Objects is null && !actor1.Any(a => a.Role is "MIL" or "REB" or "INS" or "UAF")
                && !Enumerable.Range(tFirst, Math.Min(end, tLast + 8) - tFirst).Any(k => s_armedWords.Contains(article.TokenText(k))))
                continue;
            // "the besieged district", "the besieged town of X": a standing state named in passing; the
            // siege itself ("the siege of Madaya", "troops have besieged the town", "besieged by the army") is coded,
            // and so is a siege whose place follows at once ("the SDF besieged Manbij", "in besieged eastern Aleppo").
            // (Reading "the besieged town of X" as a siege too cost the development set a match.)
            if (trigger.Id == "siege" && article.TokenText(tFirst).ToLowerInvariant() is "besieged" && article.TokenText(tLast + 1) != "by"
                && article.TokenText(tFirst - 1) is not ("has" or "have" or "had" or "was" or "were" or "been" or "is" or "are")
                && !PlaceRightAfter(article, tLast))
                continue;
            // "the Observatory said, blaming the attack on IS", "SANA reported, blaming terrorists": a monitor or outlet
            // naming who did an act attributes it; it accuses no one of its own.
            if (trigger.Id == "accuse" && article.TokenText(tFirst).Equals("blaming", StringComparison.OrdinalIgnoreCase) && tFirst > first
                && SaysBefore(article, first, tFirst)
                && (actor1.Count == 0 || actor1.All(a => a.Role is "NGO" or "MED")))
                continue;
            // "Turkey has denied those accusations": the accusation rejected, not made by the one who denies it.
            if (trigger.Plover == "ACCUSE" && Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "denied" or "denies" or "deny" or "rejected" or "rejects" or "dismissed" or "dismisses"))
                continue;
            // "residents have to deal with shortages": the verb, no deal.
            if (trigger.Id == "agree" && article.TokenText(tFirst) is "deal" && article.TokenText(tLast + 1) == "with"
                && article.TokenText(tFirst - 1) is "to" or "will" or "would" or "can" or "could" or "must" or "should")
                continue;
            // "possess chemical weapons", "the destruction of chemical weapons": an arsenal, no attack.
            if (trigger.Id == "chemical" && Preceding(first, tFirst, 3).Any(k => article.TokenText(k).ToLowerInvariant() is "possess" or "possesses" or "possessing"
                    or "possession" or "own" or "owns" or "stockpiles" or "destroy" or "destroyed" or "destroying" or "destruction" or "removal" or "remove" or "removing"
                    or "surrender" or "hand" or "handover" or "eliminate" or "elimination" or "dismantle" or "dismantling" or "giving" or "give" or "gave" or "ship" or "shipping"))
                continue;
            // "the latest sign of confidence": the noun, not signing; the verb follows "to", "will" and the like.
            if (trigger.Id == "agree" && article.TokenText(tFirst) is "sign" && article.TokenText(tFirst - 1) is not ("to" or "will" or "would" or "could" or "and" or "must" or "should" or "may" or "might" or "not"))
                continue;
            // "rockets broke the truce agreement again": the deal breached, not one made.
            if (trigger.Plover == "AGREE" && Preceding(first, tFirst, 6)
                .Any(k => article.TokenText(k) is "breach" or "breaches" or "breached" or "violation" or "violations" or "violated" or "violating" or "breaching"))
                continue;
            // "agreed a ceasefire", "signed a truce deal": the agreeing verb codes the act; the truce named beside it is the same one.
            if (trigger.Id == "ceasefire" && triggers.Any(x => x.Trigger.Plover == "AGREE" && x.Trigger.Id != "ceasefire" && Math.Abs(x.First - tFirst) <= 6))
                continue;
            // "US officials believe Moscow was responsible for the strike", "residents hold the coalition
            // responsible": the one who says so accuses the one named before "responsible". With nobody
            // saying it ("the group responsible for the attack") or a denial ("was not responsible"), no accusation.
            if (trigger.Id == "responsible")
            {
                if (Preceding(first, tFirst, 2).Any(k => article.TokenText(k) is "not" or "n't" or "never"))
                    continue;
                var accused = actorsIn.LastOrDefault(a => a.Span.End <= span.Start && tFirst - TokenAfter(article, a.Span.End) <= 3);
                // "said on Monday the army of Turkey bears full responsibility": the cue may stand a few words before the accused.
                int cue = accused is null ? -1 : Preceding(first, TokenStartingAt(article, accused.Span.Start), 5)
                    .FirstOrDefault(k => s_believing.Contains(article.TokenText(k)) || article.TokenText(k) is "said" or "says" or "say"
                        or "held" or "hold" or "holds" or "holding" or "consider" or "considers" or "considered", -1);
                var accuser = cue < 0 ? [] : Coordinated(article, actorsIn.Where(a => a.Span.End <= article.Tokens[cue].Span.Start).ToList(), last: true);
                // "Western states said the government was responsible": an accusation by someone the text names but Sitrep
                // does not code is still one, with its accuser unknown.
                bool unnamedSpeaker = accuser.Count == 0 && cue > first && article.TokenText(cue) is "said" or "says" or "say";
                if (accused is null || accuser.Count == 0 && !unnamedSpeaker)
                    continue;
                (actor1, actor2) = (accuser, [accused]);
            }
            // "air strikes killed 14 people, among them children fleeing across the river": those who flee are
            // the victims of the act between, not its agent.
            if (trigger.Id == "flee" && actor1.Count > 0 && triggers.Any(x => x.Trigger.Plover == "ASSAULT" && x.Last < tFirst
                    && actor1.All(a => a.Span.End <= article.Tokens[x.First].Span.Start)))
                actor1 = [];
            // "denounced the crimes committed by the regime": the verb already codes the accusation.
            if (trigger.Id == "crimes committed" && triggers.Any(x => x.Trigger.Plover == "ACCUSE" && x.Last < tFirst && x.First >= first))
                continue;
            // "Hollande called the bombing a war crime", "Ankara described the attack as barbaric": a condemnation
            // by whoever calls it so, of whoever is named between; without such a verb ("said forces had
            // committed war crimes") the words are a report's, coded by the accusation verb if any.
            if (trigger.Id == "call it a crime")
            {
                // "described the strike on its clinic in Azaz as a war crime": the act named between may run long.
                int calling = Preceding(first, tFirst, 12).LastOrDefault(k => article.TokenText(k).ToLowerInvariant() is "called" or "calls" or "calling"
                    or "described" or "describes" or "describing" or "branded" or "brands" or "labelled" or "labeled" or "termed" or "terms" or "deemed" or "considered" or "considers"
                    // "he said the raids amounted to war crimes": the speaker names the act so.
                    or "amounted" or "amount" or "amounts" or "constitute" or "constitutes" or "constituted" or "tantamount", -1);
                // "Hollande said the bombing of Aleppo was a war crime": a speaker who says an act is a crime names it so.
                if (calling < 0 && Copula(article, tFirst) is >= 0 and var copula
                    && Preceding(first, copula, 14).LastOrDefault(k => s_saying.Contains(article.TokenText(k)), -1) is >= 0 and var saying)
                    calling = saying;
                // '"It is barbaric," the minister said': the speaker names the act so.
                if (calling < 0 && QuotedSpeaker(article, span) is { } namer)
                    (actor1, actor2) = ([namer], []);
                else if (calling < 0)
                    continue;
                else
                {
                    var namers = actorsIn.Where(a => a.Span.End <= article.Tokens[calling].Span.Start && a.Span.Start >= sentence.Start).ToList();
                    // "X condemned the raids by Russian jets, describing them as a war crime": a participle's namer is the
                    // clause's subject, named first, not the agent just before it.
                    var callers = article.TokenText(calling).EndsWith("ing", StringComparison.Ordinal) && namers.Count > 0
                        && namers[0].Role is not ("CVL" or "MED") && triggers.Any(x => x.Last < calling && x.Trigger.Plover != "ASSAULT"
                            && article.Tokens[x.First].Span.Start > namers[0].Span.Start)
                        ? Coordinated(article, namers.Take(1).ToList(), last: false)
                        : Coordinated(article, namers, last: true);
                    (actor1, actor2) = (callers, actorsIn.Where(a => a.Span.Start >= article.Tokens[calling].Span.End && a.Span.End <= span.Start).ToList());
                }
            }
            // '"This is an outrage," Lane said': a criticism in a quotation with no one named is the speaker's.
            if (trigger.Plover == "ACCUSE" && trigger.Id != "call it a crime" && actor1.Count == 0 && QuotedSpeaker(article, span) is { } critic)
                actor1 = [critic];
            List<ActorMention>? truceMakers = null;
            // A truce named as a noun was made by those its own words name: "a US-Russian truce", "the truce
            // brokered by Moscow and Washington", "a ceasefire between the regime and the rebels" — not by
            // whoever uses, monitors or breaks it ("accused the rebels of using the ceasefire").
            if (trigger.Id == "ceasefire")
            {
                var makers = actorsIn.Where(a => a.Span.End <= span.Start && TokenAfter(article, a.Span.End) >= tFirst - 2).ToList();
                int link = Enumerable.Range(tLast + 1, 4).FirstOrDefault(k => k < end && article.TokenText(k) is "between" or "by", -1);
                // "the truce in Aleppo was brokered by …": the makers follow the participle, a few words on.
                if (link < 0 && SponsoredBy(article, tLast, end) is >= 0 and var by)
                    link = by;
                // "The army declared a 48-hour truce": who declares it makes it.
                if (makers.Count == 0 && Declared(article, first, tFirst) is >= 0 and var declared)
                    makers = Coordinated(article, actorsIn.Where(a => a.Span.End <= article.Tokens[declared].Span.Start && a.Span.Start >= sentence.Start).ToList(), last: true);
                if (makers.Count == 0 && link >= 0)
                    makers = Coordinated(article, actorsIn.Where(a => a.Span.Start >= article.Tokens[link].Span.End && a.Span.Start - article.Tokens[link].Span.End <= 24).ToList(), last: false);
                // "the truce that Russia and the United States brokered": its makers stand in the relative clause.
                // "the truce Russia and Turkey brokered": the relative pronoun may be left out.
                bool relative = article.TokenText(tLast + 1) is "that" or "which";
                bool reduced = !relative && actorsIn.Any(a => TokenStartingAt(article, a.Span.Start) is var at
                    && (at == tLast + 1 || at == tLast + 2 && article.TokenText(tLast + 1) == "the"));
                if (makers.Count == 0 && (relative || reduced)
                    && Enumerable.Range(tLast + 2, 8).FirstOrDefault(k => k < end && article.TokenText(k) is "brokered" or "agreed" or "signed" or "negotiated" or "mediated" or "sponsored" or "announced" or "declared", -1) is > 0 and var verb)
                    makers = Coordinated(article, actorsIn.Where(a => a.Span.Start >= article.Tokens[tLast + (relative ? 1 : 0)].Span.End && a.Span.End <= article.Tokens[verb].Span.Start).ToList(), last: false);
                if (makers.Count == 0 || Enumerable.Range(Math.Max(first, tFirst - 2), Math.Min(end, tLast + 5) - Math.Max(first, tFirst - 2))
                        .Any(k => article.TokenText(k) is "broken" or "broke" or "collapsed" or "collapsing" or "collapse" or "ended" or "violated" or "breached" or "breaks" or "fragile")
                    // "the truce brokered by …": one act, coded once.
                    || triggers.Any(x => x.Trigger.Id == "ceasefire" && x.First < tFirst && tFirst - x.Last <= 9))
                    continue;
                truceMakers = makers;
            }
            // "a deal signed last year between Iran and Iraq": an agreement with no subject was made by the parties "between" names.
            if (trigger.Id == "agree" && actor1.Count == 0
                && Enumerable.Range(tLast + 1, 5).FirstOrDefault(k => k < end && article.TokenText(k) == "between", -1) is > 0 and var among)
            {
                actor1 = PartiesAfter(article, actorsIn, among);
                actor2 = [.. actor2.Where(a => !actor1.Contains(a))];
            }
            // "zones agreed at talks sponsored by Turkey and Russia", "talks mediated by Qatar": the sponsors made the deal or held the talks.
            if (trigger.Plover is "AGREE" or "CONSULT" && trigger.Id != "ceasefire" && actor1.Count == 0 && SponsoredBy(article, tLast, end) is >= 0 and var sponsoredBy)
            {
                actor1 = PartiesAfter(article, actorsIn, sponsoredBy);
                actor2 = [.. actor2.Where(a => !actor1.Contains(a))];
            }
            // "resolution 2254, which calls for an end to attacks", "the plan calls for a truce": what a document says, not an appeal made.
            if (trigger.Id is "appeal" or "demand" && DocumentSpeaks(article, tFirst))
                continue;
            // "neighbourhoods covered by a truce", "areas under the ceasefire": a state, not an agreement made.
            if (trigger.Id == "ceasefire" && Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "covered" or "under" or "within" or "outside" or "excluded" or "include" or "includes" or "exempt"))
                continue;
            // "walked out of the Geneva talks", "boycotted the meeting": the talks are what is halted (164), not held.
            if (trigger.Plover == "CONSULT" && triggers.Any(x => x.Trigger.Id == "halt negotiations" && x.Last < tFirst && tFirst - x.Last <= 4))
                continue;
            // "since peace talks broke off", "the talks collapsed": talks ended, not held.
            if (trigger.Plover == "CONSULT" && Enumerable.Range(tLast + 1, 7).Any(k => article.Tokens.Count > k && article.Tokens[k].Span.End <= clauseEnd
                    && article.TokenText(k) is "broke" or "collapsed" or "stalled" or "failed" or "faltered" or "ended"))
                continue;
            // "meeting resistance", "met with stiff resistance", "a revolt met by a crackdown": fighting on, not talks.
            if (trigger.Plover == "CONSULT" && (Enumerable.Range(tLast + 1, 2).Any(k => article.TokenText(k) is "resistance" or "fierce" or "stiff" or "heavy" or "little")
                || article.TokenText(tFirst) is "met" && article.TokenText(tLast + 1) is "by"))
                continue;
            // "killed in rebel fire", "came under regime fire": fire as the noun of an attack. Not a blaze ("caught fire",
            // "set fire to", "a fire broke out"), nor "fire engines", "fire brigade", "friendly fire" or "under fire" for criticism.
            if (trigger.Id == "gunfire and shelling" && (article.TokenText(tFirst - 1).ToLowerInvariant() is "caught" or "catch" or "catches" or "set" or "sets" or "setting" or "a" or "the" or "on" or "friendly" or "open" or "opened" or "opening" or "cease" or "hold" or "no"
                    or "large" or "huge" or "massive" or "big" or "small" or "raging" or "blazing"
                || article.TokenText(tFirst - 1) == "of" && article.TokenText(tFirst - 2).ToLowerInvariant() is "ball" or "balls" or "wall" or "plume" or "column"
                || article.TokenText(tLast + 1).ToLowerInvariant() is "broke" or "breaks" or "brigade" or "brigades" or "engine" or "engines" or "trucks" or "truck" or "fighters" or "department" or "station" or "service" or "services" or "exit" or "alarm" or "safety" or "hazard" or "crews" or "power"
                || article.TokenText(tFirst - 1) == "under" && article.TokenText(tLast + 1) is "from" or "for" or "over" && !Enumerable.Range(tLast + 2, 3).Any(k => article.TokenText(k) is "troops" or "rebels" or "militants" or "jets" or "forces")))
                continue;
            // "troops advanced on the town", "continued to advance in Hama", "stormed the town": a push by armed forces. Not "advanced weapons",
            // "in advance", "advance notice", nor a price or a cause that advances.
            if (trigger.Id == "advance" && !article.TokenText(tFirst).StartsWith("storm", StringComparison.OrdinalIgnoreCase) && (article.TokenText(tFirst - 1) is "in" or "In"
                || article.TokenText(tLast + 1) is not ("on" or "into" or "in" or "toward" or "towards" or "to" or "near" or "against" or "deeper" or "further"
                    or "through" or "from" or "north" or "south" or "east" or "west" or "northwards" or "southwards" or "eastwards" or "westwards"
                    or "." or "," or "" or "and" or "inside" or "along" or "across" or "around" or "closer" or "rapidly" or "slowly" or "quickly")))
                continue;
            // "'It's a terrorist act,' a witness said": a bystander's word for what happened is a reaction, no accusation made.
            if (trigger.Id == "call it a crime" && actor1.Count > 0 && actor1.All(a => a.Role == "CVL"))
                continue;
            // "a truck bomb blamed on IS": the blame names the bomber (coded on the bombing); with no accuser it is no accusation.
            // Someone named earlier was hit ("a soldier was killed in an attack blamed on the PKK"), not the accuser, who
            // stands right before the verb ("the attack that Washington blamed on Assad's forces", "which Ankara has blamed on").
            if (trigger.Id == "accuse" && article.TokenText(tLast + 1) is "on"
                && (actor1.Count == 0 || !actor1.Any(a => TokenAfter(article, a.Span.End) is var next
                    && (next == tFirst || next == tFirst - 1 && article.TokenText(next) is "has" or "have" or "had"))))
                continue;
            // "a committee backing protest against the state": a stance, not a protest.
            if (trigger.Plover == "PROTEST" && article.TokenText(tFirst - 1) is "supports" or "support" or "supporting" or "banned" or "ban" or "against")
                continue;
            // "dispatch humanitarian aid to Houla": sending aid, which the aid trigger codes, not forces.
            if (trigger.Plover == "MOBILIZE" && Enumerable.Range(tLast + 1, 3).Any(k => article.TokenText(k) is "aid" or "humanitarian" or "relief" or "food" or "medicine"))
                continue;
            // "a violation of resolution 2254", "of international law": an accusation, not a ceasefire broken.
            if (trigger.Id == "violate ceasefire" && !Enumerable.Range(first, end - first).Any(k => s_truceWords.Contains(article.TokenText(k))))
                continue;
            bool fell = trigger.Id == "occupy" && article.TokenText(tFirst) is "fallen" or "fell";
            // "fell to the rebels", "fell into the hands of IS", "fell under the control of rebels": who follows took it.
            bool fellTo = fell && (article.TokenText(tLast + 1) is "to" or "back"
                || article.TokenText(tLast + 1) == "into" && Enumerable.Range(tLast + 2, 2).Any(k => article.TokenText(k) == "hands")
                || article.TokenText(tLast + 1) == "under" && Enumerable.Range(tLast + 2, 3).Any(k => article.TokenText(k) == "control"));
            // "came under government control" changes hands as "fell under" does ("came under fire" matches no trigger).
            if (trigger.Id == "come under control")
            {
                if (!Enumerable.Range(tLast + 1, 3).Any(k => k < end && article.TokenText(k) == "control"))
                    continue;
                fellTo = true;
            }
            // "humanitarian aid organisations", "aid workers": aid naming who gives it; "access for aid deliveries": aid wanted.
            if (trigger.Id == "aid" && (article.TokenText(tLast + 1).ToLowerInvariant() is "organisations" or "organizations" or "organisation" or "organization"
                    or "agency" or "agencies" or "worker" or "workers" or "group" or "groups" or "official" or "officials" or "charity" or "charities" or "staff" or "community"
                || article.TokenText(tFirst - 1) is "for" or "to" && article.TokenText(tFirst - 2).ToLowerInvariant() is "access" or "route" or "routes" or "corridor" or "corridors"))
                continue;
            // "refused to comment", "refused to be named", "refused to wear a veil": declining to speak or a person's own
            // conduct, no rejection of a proposal or demand.
            if (trigger.Id == "reject" && article.TokenText(tLast + 1) == "to" && s_refusalNonActs.Contains(article.TokenText(tLast + 2)))
                continue;
            // "ousted the militants from the town", "drove the rebels out of the base": ground changing hands only when
            // ground follows the preposition — not "expelled from the country", "drove from Damascus", "pushed for talks".
            if (trigger.Id is "expel from ground" or "drive out" && !OustedFromGround(article, tLast, end))
                continue;
            // "lost the town to the rebels": the side after "to" took it from the subject.
            ActorMention? gainer = null;
            if (trigger.Id == "lose ground" && (gainer = LostTo(article, tLast, end)) is null)
                continue;
            // "fallen victims", "fell silent": not a capture.
            if (fell && !fellTo && article.TokenText(tLast + 1) is { Length: > 0 } next && char.IsLower(next[0])
                && next is not ("into" or "under" or "after" or "on" or "in" or "at" or "last" or "yesterday" or "early" or "late"))
                continue;
            // "the man fell on the pavement", "shells fell on the town" — but "the town fell on Sunday".
            if (fell && !fellTo && article.TokenText(tLast + 1) is "on" && tLast + 2 < end
                && !article.Dates.Any(d => d.Span.Contains(article.Tokens[tLast + 2].Span)))
                continue;
            // "a shell launched from the hills that fell near a school", "rockets fell on the town": ordnance landing, no capture.
            if (fell && !fellTo && Preceding(first, tFirst, 12).Any(k => article.TokenText(k).ToLowerInvariant() is "round" or "rounds" or "shell" or "shells"
                    or "mortar" or "mortars" or "rocket" or "rockets" or "missile" or "missiles" or "bomb" or "bombs" or "projectile" or "projectiles" or "barrel")
                && !Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "town" or "city" or "village" or "district"))
                continue;
            // "condemned the bombardment as a massacre": a name for an act that is coded on its own.
            if (trigger.Id == "massacre" && article.TokenText(tFirst - 1) is "a" or "an" && article.TokenText(tFirst - 2) is "as")
                continue;
            // "executing the plan", "executed orders": carried out, not put to death.
            if (trigger.Id == "execute" && article.TokenText(tLast + 1).ToLowerInvariant() is "a" or "an" or "the" or "its" or "their" or "his" or "orders" or "plans"
                && (article.TokenText(tLast + 1).ToLowerInvariant() is "orders" or "plans" || article.TokenText(tLast + 2).ToLowerInvariant() is "plan" or "plans" or "order" or "orders"
                    or "agreement" or "deal" or "operation" or "operations" or "strategy" or "mission" or "attack" or "attacks" or "strike" or "strikes" or "project" or "policy"))
                continue;
            // "the strikes were executed to deny Daesh…": carried out, not an execution.
            if (trigger.Id == "execute" && Preceding(first, tFirst, 4)
                .Any(k => EventTriggers.TryMatchAct(article, k, out var act, out _) && act.Plover == "ASSAULT" && act.Id != "execute"))
                continue;
            // "chemical weapons inspectors", "the chemical weapons convention": the weapons named, no attack.
            if (trigger.Id == "chemical" && article.TokenText(tLast + 1) is "inspectors" or "inspector" or "inspections" or "convention" or "stockpile" or "stockpiles"
                or "programme" or "program" or "arsenal" or "watchdog" or "experts" or "team" or "deal" or "agreement" or "treaty" or "facilities" or "production")
                continue;
            // "wheat output hit a record low", "prices hit an all-time high": a measure reaching a level, no blow.
            if (trigger.Id == "fight" && article.TokenText(tFirst).ToLowerInvariant() is "hit" or "hits" or "hitting"
                && (article.TokenText(tLast + 1) is "record" or "highs" or "lows" || article.TokenText(tLast + 1) is "a" or "an" or "its" or "their" or "new"
                    && article.TokenText(tLast + 2) is "record" or "low" or "high" or "all-time" or "peak" or "level" or "new" or "five-year" or "ten-year"))
                continue;
            // "their vehicle hit a roadside bomb", "the convoy struck a landmine": the bomb is the act, the vehicle strikes no one.
            if (trigger.Id == "fight" && article.TokenText(tFirst).ToLowerInvariant() is "hit" or "hits" or "struck" or "strikes"
                && article.TokenText(tLast + 1) is "a" or "an" or "the"
                && Enumerable.Range(tLast + 2, 2).Any(k => article.TokenText(k).ToLowerInvariant() is "bomb" or "mine" or "landmine" or "ied" or "explosive" or "device"))
                continue;
            // "500 Syrian pounds": money, not shelling.
            if (trigger.Id == "fight" && article.TokenText(tFirst) is "pounds" or "pound"
                && (Count(article.TokenText(tFirst - 1)) is not null || article.TokenText(tFirst - 1) is "Syrian" or "Egyptian" or "Lebanese" or "British" or "Turkish" or "million" or "billion"))
                continue;
            // "rebels fighting to topple Assad", "groups battling to overthrow the regime": who they are, not a fight reported.
            if (trigger.Id == "fight" && article.TokenText(tLast + 1) == "to" && article.TokenText(tLast + 2) is "topple" or "overthrow" or "oust" or "unseat" or "remove" or "bring" or "end")
                continue;
            // "crews battled to put out the fires", "doctors fought to save the wounded": a struggle, no combat.
            if (trigger.Id == "fight" && article.TokenText(tLast + 1) == "to" && article.TokenText(tLast + 2) is "put" or "save" or "extinguish" or "contain" or "rescue" or "treat" or "cope" or "survive" or "keep" or "find" or "feed")
                continue;
            // "a girl pulled out of the rubble": a rescue, not a withdrawal.
            if (trigger.Plover == "RETREAT" && Enumerable.Range(tLast + 1, 3).Any(k => k < end && article.TokenText(k) is "rubble" or "debris" or "ruins" or "wreckage"))
                continue;
            // "a forward fighting position", "fighting men": the word describes, it reports no fight.
            if (trigger.Id == "fight" && article.TokenText(tFirst) is "fighting" && article.TokenText(tLast + 1) is "position" or "positions" or "men" or "force" or "forces" or "units" or "age" or "season" or "vehicles")
                continue;
            // "The crew died": a death without a toll or an act is no event of its own.
            if (trigger.Id == "kill" && article.TokenText(tFirst) is "died" or "dead" && toll is null && tollText is null)
                continue;
            // "schools were targeted by Russian aircraft" and "coalition planes targeted wells" are attacks; "the targeted
            // airbase", "blasts targeted a checkpoint" restate one — so an active "targeted" needs an armed agent and no other act.
            if (trigger.Id == "target" && !passive && (hasViolence || actor1.Count == 0 || !actor1.All(a => a.Role is "MIL" or "REB" or "INS" or "UAF")))
                continue;
            // Only armed men named just before the verb push into ground: "no relief trucks entered the town" is no push,
            // whoever besieges it.
            if (trigger.Id == "enter ground" && (passive || !actor1.Any(a => a.Role is "MIL" or "REB" or "INS" or "UAF"
                    && TokenAfter(article, a.Span.End) is var next && next >= tFirst - 2 && next <= tFirst)))
                continue;
            // "a district freed of the jihadists": those driven out yield it; the district's people release no one.
            if (trigger.Id == "release" && article.TokenText(tFirst) == "freed" && article.TokenText(tLast + 1) is "of" or "from"
                && after.FirstOrDefault(a => a.Role is "REB" or "INS" or "MIL" or "UAF") is { } expelled
                && TokenStartingAt(article, expelled.Span.Start) - tLast <= 3)
            {
                (actor1, actor2) = ([expelled], []);
                passive = false;
            }
            // "the retreat of rebels", "the withdrawal of troops": who yields follows "of".
            else if (trigger.Plover == "RETREAT" && article.TokenText(tLast + 1) == "of" && actor1.Count == 0 && actor2.Count > 0)
                (actor1, actor2) = (actor2, []);
            else if (gainer is not null)
                (actor1, actor2) = ([gainer], ReportedSubject(actor1));
            else if ((passive || fellTo) && actor2.Count > 0)
                (actor1, actor2) = (actor2, ReportedSubject(actor1));
            // "a convoy of the Red Crescent was hit by an airstrike": with no actor after "by", the subject is still the patient.
            else if (passive && actor2.Count == 0)
                (actor1, actor2) = ([], ReportedSubject(actor1));
            // Nominal: "the bombing of Azaz by Turkish warplanes".
            // The agent must follow "by" at once ("by the Syrian army"); one far after it is someone else.
            // "Coalition Condemns Massacre by Russian Air Force": a speech act with its subject before it is a verb, and a
            // "by" after its object names who did the object.
            // "called the raids war crimes committed by regime forces": who committed them is the accused.
            else if (trigger.Id == "call it a crime" && ByAgent(article, tFirst, tLast, end, -1) is { } perpetrator)
                actor2 = [.. actor2, .. after.Where(a => a.Span.Start >= perpetrator).Take(1)];
            else if (ByAgent(article, tFirst, tLast, end, trigger.Plover == "ASSAULT" ? clauseEnd : -1,
                         verbal: trigger.Plover != "ASSAULT" && actor1.Count > 0 && !s_nounMarkers.Contains(article.TokenText(tFirst - 1))
                             && article.TokenText(tFirst).EndsWith('s')) is { } agent && after.Count > 0)
            {
                // Who the act was done to keeps its place: "the killing of three soldiers by militants". There the "of"
                // phrase names them, and who stands before the noun is the subject of another verb ("the UN welcomed the release of …").
                var undergoers = actor2.Where(a => a.Span.End <= agent && a.Span.Start > span.End && !actor1.Contains(a)).ToList();
                actor2 = (article.TokenText(tLast + 1) == "of" || article.TokenText(tLast) == "of") && undergoers.Count > 0 ? undergoers : [.. actor1, .. undergoers];
                var agents = after.Where(a => a.Span.Start >= agent).ToList();
                actor1 = agents.Count > 0 && agents[0].Span.Start - agent <= 24 ? Coordinated(article, agents, last: false) : [];
            }
            // "air strikes on rebel positions", "positions of the rebels were shelled", "seized from rebel hideouts":
            // the side whose ground is named is where the act is aimed, whichever way the sentence runs.
            // Not where the fire comes from ("shells fired from rebel positions hit the town").
            bool fire = trigger.Cameo is "190" or "193" or "194" or "195";
            // The "from" right before an actor, past an article ("from the rebel stronghold"), or -1.
            int FromWord(ActorMention a) => TokenStartingAt(article, a.Span.Start) is var a0 && article.TokenText(a0 - 1) == "from" ? a0 - 1
                : article.TokenText(a0 - 2) == "from" && article.TokenText(a0 - 1) is "the" or "a" or "an" ? a0 - 2 : -1;
            // "fell under rebel control": the owner of the control took the place.
            bool Aimed(ActorMention a) => a.Rule == "role-owner" && !(fire && FromWord(a) >= 0) && !(fellTo && actor1.Contains(a));
            if (actor1.Any(Aimed))
                (actor1, actor2) = ([.. actor1.Where(a => !Aimed(a))], [.. actor1.Where(Aimed), .. actor2]);

            // "villages held by IS", "under the control of rebels": the holder follows the trigger's own "by"/"of".
            if (trigger.Id == "hold territory" && article.TokenText(tLast) is "by" or "of" && after.FirstOrDefault() is { } holder
                && TokenStartingAt(article, holder.Span.Start) is var h && (h == tLast + 1 || h == tLast + 2 && article.TokenText(tLast + 1) == "the"))
            {
                var holders = Coordinated(article, after, last: false);
                (actor1, actor2) = (holders, [.. actor1.Where(a => !holders.Contains(a))]);
            }
            // "troops repulsed an attack", "police foiled the attack": who fends an attack off is its target. Its
            // attacker is named inside the phrase ("thwarted an Islamic State attack"), else not at all.
            if (trigger.Plover == "ASSAULT" && DefenceVerb(article, first, tFirst) is >= 0 and var fended && !passive)
            {
                var attackers = actorsIn.Where(a => a.Span.Start >= article.Tokens[fended].Span.End && a.Span.End <= span.Start).ToList();
                var defenders = actorsIn.Where(a => a.Span.End <= article.Tokens[fended].Span.Start && a.Span.Start >= sentence.Start).ToList();
                if (ByAgent(article, tFirst, tLast, end, clauseEnd) is null)
                    (actor1, actor2) = (attackers, Coordinated(article, defenders, last: true));
            }
            if (truceMakers is not null)
                (actor1, actor2) = (truceMakers, []);
            // Rebels, jihadists and gunmen fly no warplanes: an air strike is never theirs ("IS positions hit in air strikes").
            if (trigger.Id == "aerial" && FromTheAir(article.TokenText(tFirst - 1) + " " + article[span]) && actor1.Count > 0 && actor1.All(FliesNoAircraft))
                actor1 = [];
            // "a truck carrying soldiers hit a landmine", "their vehicle struck a roadside bomb": who runs into the bomb is its victim.
            if (trigger.Id == "bomb blast" && RunsInto(article, first, tFirst))
                (actor1, actor2) = ([], [.. actor1, .. actor2]);
            string cameo = trigger.Cameo, plover = trigger.Plover;
            // "rebel bombardment of Aleppo", "militant raids": by those who fly no aircraft, shelling or a ground raid.
            if (trigger.Id == "aerial" && actor1.Count > 0 && actor1.All(FliesNoAircraft))
                cameo = article.TokenText(tFirst).StartsWith("raid", StringComparison.OrdinalIgnoreCase) ? "190" : "194";
            // "declared the ceasefire over": the truce rejected, not agreed.
            if (trigger.Plover == "AGREE" && article.TokenText(tLast + 1) is "over" or "dead" or "void" or "finished")
                (cameo, plover) = ("120", "REJECT");
            // "Russia rejected the accusations", "dismissed reports that its jets hit the town": a denial of
            // responsibility (016), not a rejection of a proposal.
            // "rejected Turkey's accusations": a claimant may stand before the noun.
            if (trigger.Id == "reject" && IsClaimNoun(article.TokenText(PastClaimant(article, sentence,
                    article.TokenText(tLast + 1).ToLowerInvariant() is "the" or "these" or "those" or "such" or "all" or "any" ? tLast + 2 : tLast + 1))))
                (cameo, plover) = ("016", "");
            // "agreed on Thursday to step up efforts": an intent to cooperate, not an agreement signed.
            bool aboutTruce = Enumerable.Range(Math.Max(first, tFirst - 2), Math.Max(0, Math.Min(end, tLast + 8) - Math.Max(first, tFirst - 2)))
                .Any(k => article.TokenText(k) is "ceasefire" or "truce" or "cease-fire");
            if (trigger.Id == "agree" && article.TokenText(tFirst) == "agreed" && AgreedTo(article, tLast, end) && !aboutTruce)
                cameo = "030";
            // "agreed a ceasefire", "agreed to join the truce": an agreement between parties (057), as the gold
            // rules code it. A truce one side declares alone ("the army declared a 48-hour truce") is 0871.
            // "a 48-hour truce announced by Russia": declared in the passive, by one side, is declared all the same.
            if (trigger.Id == "ceasefire" && plover == "AGREE" && (Declared(article, first, tFirst) >= 0
                    || Enumerable.Range(tLast + 1, 5).Any(k => k + 1 < end && article.TokenText(k + 1) == "by" && article.TokenText(k) is "announced" or "declared" or "proclaimed")))
                cameo = "0871";
            // Executing or killing many unarmed people is mass killing (202): "executed 700 members of a
            // tribe", "troops killed 48 civilians". An air strike or shelling keeps its own, finer code.
            // Civilians named before a passive killing are its victims too ("hundreds of civilians have been killed").
            // "Most were executed at gunpoint", "those who were executed": a share of a group the report counted before.
            bool groupExecuted = trigger.Id == "execute" && Preceding(first, tFirst, 4).Any(k => article.TokenText(k).ToLowerInvariant() is "most" or "all" or "many" or "those");
            if (groupExecuted || MassKilling(trigger, auxiliary && !passive ? [.. actor2, .. civiliansBefore] : actor2, toll, tollText))
            {
                // "Warplanes struck a market … Another group said dozens of civilians were killed": with no killer named
                // and no weapon of its own, the deaths are the toll of the strike reported just before, not a massacre.
                if (trigger.Id == "kill" && actor1.Count == 0 && !weaponInSentence
                    && events.LastOrDefault() is { Plover: "ASSAULT" } prior && sentence.Start - prior.Sentence.End <= 400
                    && (prior.Cameo is "195" or "194" || prior.Cameo.StartsWith("18", StringComparison.Ordinal)))
                    continue;
                cameo = "202";
            }
            if (sufferers is not null && actor2.Count == 0)
                actor2 = sufferers;
            // "Two guards were hurt by a roadside bomb": the dead or hurt named before the act are its target.
            if (actor2.Count == 0 && victimsBefore.Count > 0)
                actor2 = Coordinated(article, victimsBefore, last: true);
            // "use the air base to bomb IS positions", "jets will bomb": "bomb" as a verb is bombing from the air.
            // A state's forces are meant; "militants planned to bomb a checkpoint" stays a bombing.
            if (trigger.Id == "bomb blast" && article.TokenText(tFirst) is "bomb" && article.TokenText(tFirst - 1) is "to" or "will" or "would" or "could" or "did"
                && actor1.Count > 0 && actor1.All(a => a.Role is "GOV" or "MIL"))
                cameo = "195";
            // A bombing, pounding, shelling or massacre by warplanes or drones is an air strike: the weapon is the finer code.
            if ((cameo.StartsWith("183", StringComparison.Ordinal) || cameo is "190" or "194" or "202") && actor1.Any(Airborne))
                cameo = "195";
            // "bombs were dropped on a school", "dropped bombs on the town": bombs that fall are an air strike's.
            if (cameo == "183" && Enumerable.Range(Math.Max(first, tFirst - 3), Math.Min(end, tLast + 4) - Math.Max(first, tFirst - 3))
                    .Any(k => article.TokenText(k) is "dropped" or "dropping" or "drop" or "drops"))
                cameo = "195";
            // "regime bombs", "government bombing": a state's armed forces bomb from the air; car and suicide bombs keep their codes.
            if (cameo == "183" && actor1.Count > 0 && actor1.All(a => a.Role is "MIL" or "GOV"))
                cameo = "195";
            // "a halt on air raids near Idlib", "a pause in the bombing": the attacks stopped, a de-escalation (087).
            if (plover == "ASSAULT" && Paused(article, first, tFirst) is var pause and not PauseKind.None)
            {
                if (pause == PauseKind.Lull)
                    continue;
                (cameo, plover) = ("087", "RETREAT");
            }
            // "Assad accused of releasing prisoners": the one named before a bare "accused of" is the accused.
            if (trigger.Id == "accuse" && article.TokenText(tFirst) == "accused" && article.TokenText(tLast + 1) == "of"
                && !s_passiveAuxiliaries.Contains(article.TokenText(tFirst - 1)) && actor1.Count > 0 && !s_saying.Contains(article.TokenText(tFirst - 1)))
            {
                bool bare = TokenAfter(article, actor1[^1].Span.End) == tFirst;
                if (bare && (article.TitleSpan is { } title && title.Contains(span) || article.TokenText(tFirst - 1) is "was" or "were"))
                    (actor1, actor2) = ([], actor1);
            }
            // "prompted outrage from UNICEF", "drew criticism from Ankara": who reacts follows "from".
            if (trigger.Plover is "ACCUSE" or "REJECT" && article.TokenText(tLast + 1) == "from" && after.Count > 0)
                (actor1, actor2) = (Coordinated(article, after, last: false), []);
            // "infighting among the armed groups", "clashes between X and Y", "an agreement between
            // opposition forces and the regime": each side takes part.
            bool reciprocal = trigger.Plover is "AGREE" or "CONSULT" || trigger.Id == "fight" && article.TokenText(tFirst).ToLowerInvariant() is "infighting" or "clashes" or "clashed" or "clash" or "fighting";
            // Not the topic of another act: "met to discuss the fighting, with two states demanding…".
            bool topicOfAnother = trigger.Plover == "ASSAULT" && s_nounMarkers.Contains(article.TokenText(tFirst - 1))
                && triggers.Any(x => x.Last < tFirst && x.First >= first && x.Trigger.Plover != "ASSAULT");
            if (reciprocal && actor1.Count == 0 && after.Count > 0 && !topicOfAnother
                && Enumerable.Range(tLast + 1, 3).Any(k => article.TokenText(k) is "between" or "with" or "among"))
                (actor1, actor2) = (Coordinated(article, after, last: false), []);
            // "Russia held talks with Turkey", "Ankara struck a deal with Tehran": each named participant takes part.
            else if (trigger.Plover is "CONSULT" or "AGREE" && actor1.Count > 0 && (article.TokenText(tLast + 1) == "with" || article.TokenText(tLast) == "with")
                && after.FirstOrDefault() is { } partner && (article.TokenText(tLast) == "with" ? tLast + 1 : tLast + 2) is var at && at + 1 < end
                && (partner.Span.Start == article.Tokens[at].Span.Start || article.TokenText(at) == "the" && partner.Span.Start == article.Tokens[at + 1].Span.Start))
            {
                var partners = Coordinated(article, after, last: false);
                actor1 = [.. actor1, .. partners];
                actor2 = actor2.Where(a => !partners.Contains(a)).ToList();
            }

            // "…an assault on eastern Aleppo, killing hundreds": the participle gives the assault's toll.
            if (tollOnly && (cameo != "202" || weaponInSentence || trailingParticiple))
                continue;
            // "'We ask our neighbours to help,' the sheikh said": inside a quotation "we" and "I" are the speaker.
            if (actor1.Count == 0 && clause != sentence && article.Quotes.FirstOrDefault(q => q.Span == clause)?.Speaker is { } speaker
                && Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "We" or "we" or "I"))
                actor1 = [speaker];
            // "a bomber from the Nusra Front": the bomber's group is the agent. Not "the bombing of a UN convoy": what is bombed follows "of".
            if (trigger.Id is "suicide bombing" or "bomb blast" && article.TokenText(tLast).ToLowerInvariant() is "bomber" or "bombers" && article.TokenText(tLast + 1) is "from" or "of"
                && after.FirstOrDefault(a => a.Group is not null && a.Span.Start - article.Tokens[tLast + 1].Span.End < 6) is { } bomberGroup)
                (actor1, actor2) = ([bomberGroup], actor2.Where(a => a != bomberGroup).ToList());
            // "air strikes from Russia": the state the fire comes from fires it (the actor stage codes it as its military).
            if (trigger.Plover == "ASSAULT" && article.TokenText(tLast + 1) == "from" && after.FirstOrDefault() is { Rule: "country-act" } source
                && TokenStartingAt(article, source.Span.Start) is var s0 && (s0 == tLast + 2 || s0 == tLast + 3 && article.TokenText(tLast + 2) == "the"))
                (actor1, actor2) = ([source], actor2.Where(a => a != source).ToList());
            // "shells fired from rebel positions", "rockets were launched from a jihadist stronghold": whose ground the
            // fire comes from fired it.
            int FireFrom()
            {
                for (int k = tLast + 1; k < Math.Min(end, tLast + 5); k++)
                {
                    string w = article.TokenText(k);
                    if (w == "from")
                        return k;
                    // "mortar shells were fired from": the weapon's noun may follow a trigger naming the weapon.
                    if (w is not ("fired" or "launched" or "were" or "was" or "been" or "being" or "shells" or "rounds" or "rockets" or "bombs"))
                        return -1;
                }
                return -1;
            }
            if (fire && actor1.Count == 0 && FireFrom() is > 0 and var fireFrom
                && after.FirstOrDefault(a => a.Rule == "role-owner" && FromWord(a) == fireFrom) is { } firingSide)
                (actor1, actor2) = ([firingSide], actor2.Where(a => a != firingSide).ToList());
            // An actor is never its own target ("strikes from Russia, which…" named once).
            actor2 = [.. actor2.Where(a => !actor1.Contains(a))];
            // "Turkey sent more troops to Idlib", "Hezbollah dispatched fighters": forces a side sends, named by their
            // role alone, are its own, not the target (their country is only the article's guess).
            if (trigger.Plover == "MOBILIZE" && actor1.Count > 0)
                actor2 = [.. actor2.Where(a => !(a.Rule == "role" && a.Role is "MIL" or "REB" or "UAF" && TokenAfter(article, span.End) is var next && next >= 0
                    && TokenStartingAt(article, a.Span.Start) is var at && at >= next && at - next <= 4))];
            // "Russia said it had wounded a commander with an air strike": an act named as the instrument of a verb is
            // that verb's subject's, the first armed or state actor of the clause.
            if (trigger.Plover == "ASSAULT" && actor1.Count == 0 && tFirst > 1
                && (article.TokenText(tFirst - 1) == "with" || article.TokenText(tFirst - 2) == "with" && article.TokenText(tFirst - 1) is "a" or "an" or "the" or "its" or "their")
                && before.FirstOrDefault() is { Role: "GOV" or "MIL" or "REB" or "INS" or "UAF" } wielder)
                (actor1, actor2) = ([wielder], [.. actor2.Where(a => a != wielder)]);
            // "civilians were kidnapped during a rebel offensive": the campaign's agent did it.
            if (trigger.Plover == "ASSAULT" && actor1.Count == 0 && CampaignAgent(article, after, tLast, clauseEnd) is { } campaigner)
                actor1 = [campaigner];

            // "The ministry condemned the massacre by Russian jets, calling on the world to act": a participle tacked
            // onto a statement is the speaker's, not that of whoever the statement's object names. So is a judgement
            // the participle carries: "…, calling the raids a brutal crime".
            int participle = article.TokenText(tFirst).EndsWith("ing", StringComparison.Ordinal) && char.IsLower(article.TokenText(tFirst)[0]) ? tFirst
                : Preceding(first, tFirst, 10).LastOrDefault(k => article.TokenText(k) is "describing" or "calling" or "terming" or "branding" or "labelling" or "labeling", -1);
            if (trigger.Plover is not "ASSAULT" && participle >= 0
                && !actorsIn.Any(a => TokenAfter(article, a.Span.End) == participle)
                && events.LastOrDefault(x => x.Sentence == sentence && x.Plover != "ASSAULT") is { Plover: "ACCUSE" or "REQUEST" or "REJECT" or "THREATEN" or "PROTEST", Actor1.Count: > 0 } statement
                && statement.Span.End <= span.Start
                && statement.Trigger.EndsWith("ed", StringComparison.Ordinal)
                && !Enumerable.Range(TokenStartingAt(article, statement.Span.Start), Math.Max(0, participle - TokenStartingAt(article, statement.Span.Start)))
                    .Any(k => article.TokenText(k) is "and" or "who" or "which" or "that" or ";"))
                actor1 = [.. statement.Actor1];
            // "gunmen who Damascus says planted bombs": the speaker inside the relative clause only vouches for it;
            // the clause's antecedent acts, by the speaker's claim.
            ActorMention? voucher = null;
            if (ParentheticalSpeaker(article, actorsIn, first, tFirst) is var (antecedent, speakerInside))
            {
                (actor1, voucher) = ([antecedent], speakerInside);
                actor2 = [.. actor2.Where(a => a != antecedent && a != speakerInside)];
            }
            var (modality, claimedBy) = Modality(article, sentence, first, tFirst, tLast, actor1);
            if (voucher is not null)
                (modality, claimedBy) = (Model.Modality.Claimed, [voucher]);
            // "the army announced a pause in the bombing": a state that announces its own halt makes it.
            if (cameo == "087" && actor1.Count == 0 && claimedBy is { Count: > 0 } announcers && announcers.All(a => a.Role is "GOV" or "MIL"))
                actor1 = announcers;
            // "the group said the bombing avenged the crimes committed by US jets": whoever tells of the crimes accuses their authors.
            if (trigger.Id == "crimes committed" && actor1.Count == 0 && claimedBy is { Count: > 0 } tellers)
                actor1 = tellers;
            // "jets bombed an aid convoy", "the attack on a UN aid convoy": the convoy is the attack's target, and its
            // aid is not the attacker's; only a body named inside the phrase ("a UN aid convoy") gives it.
            if (trigger.Id == "aid" && triggers.FirstOrDefault(x => x.Trigger.Plover == "ASSAULT" && x.Last < tFirst && tFirst - x.Last <= 5 && x.First >= first
                    && Enumerable.Range(x.Last + 1, tFirst - x.Last - 1).All(k => article.TokenText(k).ToLowerInvariant() is "on" or "an" or "a" or "the" or "un" or "u.n."
                        or "humanitarian" or "relief" or "red" or "crescent" or "cross")) is { Trigger: not null } hit)
                actor1 = [.. actor1.Where(a => a.Span.Start >= article.Tokens[hit.Last].Span.End && a.Span.End <= span.Start)];
            // "the gas attack … that Washington has blamed on Assad's forces": the accused is the agent, by the accuser's claim.
            if (trigger.Plover == "ASSAULT" && BlamedOn(article, actorsIn, span, tLast, end) is { } blame)
            {
                actor1 = blame.Accused;
                // "condemned Russia over the bombing": a state's forces bomb from the air, as when named on the act.
                if (cameo == "183" && actor1.Count > 0 && actor1.All(a => a.Role is "MIL" or "GOV"))
                    cameo = "195";
                // The accuser and the accused are not the act's targets.
                actor2 = [.. actor2.Where(a => !actor1.Contains(a) && blame.Accuser?.Contains(a) != true)];
                (modality, claimedBy) = (Model.Modality.Claimed, blame.Accuser ?? claimedBy);
            }
            // "called for campaigners to protest", "urged the army to attack", "called for pauses for aid
            // deliveries": asked for, not planned or done by its actor.
            if (triggers.Any(x => x.Last < tFirst && x.Last >= first && x.Trigger.Plover == "REQUEST")
                && (modality == Model.Modality.Planned
                    // "demanded that the army withdraw": the act in the clause a demand governs is asked for.
                    || triggers.Any(x => x.Trigger.Plover == "REQUEST" && x.Last < tFirst && tFirst - x.Last <= 8 && x.Last >= first
                        && (article.TokenText(x.Last) == "that" || article.TokenText(x.Last + 1) == "that"))
                    || trigger.Plover != "ASSAULT" && s_nounMarkers.Contains(article.TokenText(tFirst - 1)) || article.TokenText(tFirst - 1) == "for"
                    // "calls for an urgent Arab League meeting": the act asked for heads the noun phrase after "for".
                    || trigger.Plover != "ASSAULT" && triggers.Any(x => x.Trigger.Plover == "REQUEST" && article.TokenText(x.Last) == "for" && x.Last < tFirst && tFirst - x.Last <= 6
                        && Enumerable.Range(x.Last + 1, tFirst - x.Last - 1).All(k => article.TokenText(k) is not ("," or "and" or "but" or "which" or "that" or "after" or "as"))
                        && Enumerable.Range(x.Last + 1, tFirst - x.Last - 1).All(k => !s_saying.Contains(article.TokenText(k))))))
                (modality, claimedBy) = (Model.Modality.Hypothetical, null);
            // "repeatedly asked the US to make the YPG pull back": an infinitive someone is asked for is not done.
            if (modality == Model.Modality.Planned && Preceding(first, tFirst, 12).Any(k => article.TokenText(k) is "asked" or "asks" or "asking" or "pressed" or "pressing" or "pushed" or "pushing" or "begged"))
                (modality, claimedBy) = (Model.Modality.Hypothetical, null);
            // "the truce brokered in February was meant to help peace talks in Geneva": a place after later talks or a
            // deal is theirs.
            int otherAct = triggers.Where(x => x.First > tLast && x.Trigger.Plover is "CONSULT" or "AGREE" && x.Trigger.Plover != trigger.Plover)
                .Select(x => article.Tokens[x.First].Span.Start).DefaultIfEmpty(int.MaxValue).Min();
            var ownPlace = EventPlace(article, sentence, span, tLast, end, Math.Min(clauseEnd, otherAct), topical: trigger.Plover != "ASSAULT", departure: trigger.Id == "flee", arrival: trigger.Plover == "MOBILIZE",
                furniture: p => InFurniture(article, furniture, p));
            var place = ownPlace ?? article.FocusPlace;
            // "the SDF, an alliance battling IS in northern Syria": the participle describes the war its fighters
            // wage — a campaign across the country unless the phrase names a province.
            if (trigger.Id == "fight" && DescribesFighter(article, first, tFirst) && ownPlace is not { Admin1: not null }
                && (ownPlace ?? article.FocusPlace)?.Country is { } iso2
                && article.Places.FirstOrDefault(p => p.Precision == PlacePrecision.Country && p.Country == iso2) is { } wholeCountry)
                place = ownPlace ?? wholeCountry;
            // The date expression nearest the trigger governs it ("said yesterday that … will be sent next week").
            var date = EventDates(article, sentence).Where(d => !InLaterRelativeClause(article, tLast, d.Span))
                .MinBy(d => Math.Min(Math.Abs(d.Span.Start - span.End), Math.Abs(span.Start - d.Span.End)));
            DateValue? when = date?.Value ?? (modality == Model.Modality.Planned ? null : article.Published?.Value);
            bool violent = trigger.Plover == "ASSAULT";
            // "the conflict, which started when protests were repressed in 2011": history with no place of its own is background, not news.
            // A year after "since" measures the act against history ("the first US strikes since the withdrawal in 2011").
            if (ownPlace is null or { Precision: PlacePrecision.Country } && date is not null && article.Published is { } published
                && date.Value.Last < published.Value.First.AddYears(-1)
                && !Enumerable.Range(Math.Min(tLast, TokenAfter(article, date.Span.Start)), Math.Abs(TokenAfter(article, date.Span.Start) - tLast))
                    .Any(k => article.TokenText(k).Equals("since", StringComparison.OrdinalIgnoreCase)))
                continue;
            if (IsWarTotal(article, first, end, tFirst, ownPlace, agentless: actor1.Count == 0) || violent && IsTopic(article, first, tFirst))
                continue;
            // "the marches turned into an armed uprising after…", "the war broke out after a crackdown on protests": the
            // story of how the war began. Its protests are never news; its other acts only where it places them finely.
            if (IsWarOrigin(article, first, end) && (trigger.Plover == "PROTEST" || ownPlace is null or { Precision: PlacePrecision.Country }))
                continue;
            // "an estimated 170,000 people have been killed": no single event kills tens of thousands.
            if (violent && toll >= 10_000 && cameo is not "2041")
                continue;
            // "the agreement", "the talks" with nobody named: a restatement, not a new act; violence
            // and arrests stay, since an unknown attacker or jailer is still news.
            // People fleeing a place with nobody named are news still: they are the country's own people (UnnamedPeople).
            // Not "forced half the population to flee" (no place: the war's toll) nor a patient "evacuated to a hospital".
            bool unnamedFlight = trigger.Id is "flee" or "evacuate" && ownPlace is not null
                && !Enumerable.Range(tLast + 1, 6).Any(k => k < end && article.TokenText(k) is "hospital" or "hospitals" or "treatment" or "clinic");
            // "Thousands protested in Azaz", "hundreds of people demonstrated": a crowd counted, not named, is news too.
            bool unnamedCrowd = trigger.Plover == "PROTEST" && ownPlace is not null
                && Preceding(first, tFirst, 4).Any(k => article.TokenText(k).ToLowerInvariant() is "thousands" or "hundreds" or "dozens" or "scores" or "crowds" or "people" or "tens");
            if (!violent && trigger.Plover != "COERCE" && !unnamedFlight && !unnamedCrowd && actor1.Count == 0 && actor2.Count == 0)
                continue;
            // "The deal excludes al-Nusra", "the agreement came into effect": a deal is made by its parties; with none
            // named it restates one, whoever else the sentence names.
            if (plover == "AGREE" && actor1.Count == 0)
                continue;
            // "US strikes on the province killed 23, says a monitoring group": who reports the act is not its target, nor is
            // the group a speaking description stands for ("…, the Observatory, a monitoring group, said").
            bool Reports(ActorMention a) => claimedBy!.Any(c => c.Span == a.Span
                || c.Rule == "description" && c.Group == a.Group && a.Span.End <= c.Span.Start && c.Span.Start - a.Span.End < 40);
            if (claimedBy is not null && actor2.Any(Reports))
                actor2 = [.. actor2.Where(a => !Reports(a))];
            var mention = new EventMention(cameo, plover, actor1, actor2, place, when, date?.Text, modality,
                claimedBy, violent ? toll : null, violent ? tollText : null, sentence, span, article[span]);
            events.Add(mention);
            placed.Add(ownPlace is { Precision: not PlacePrecision.Country });
            // "air raids against IS in Syria and Iraq": a campaign placed only in countries happened in each.
            if (ownPlace is { Precision: PlacePrecision.Country })
            {
                foreach (var partner in JoinedCountries(article, sentence, ownPlace))
                {
                    events.Add(mention with { Place = partner });
                    placed.Add(false);
                }
                // "shelling across Syria … in Hama, Daraa and Deir ez-Zor": a campaign in the country and in
                // each province the sentence lists for it.
                if (violent)
                {
                    foreach (var province in ListedProvinces(article, sentence, ownPlace))
                    {
                        events.Add(mention with { Place = province });
                        placed.Add(true);
                    }
                }
            }
            // "rocket attacks on Aleppo, Idlib and Hama": a report of acts in several provinces.
            else if (ownPlace?.Admin1 is not null)
            {
                foreach (var partner in JoinedProvinces(article, sentence, ownPlace))
                {
                    events.Add(mention with { Place = partner });
                    placed.Add(true);
                }
            }
        }
    }

    /// <summary>
    /// A visit (042) is one state's agent going to another: "Mamlouk visited Cairo" is Syria visiting Egypt, whose government
    /// hosts it. A leader touring his own country ("visited a district of Homs", "the governor visited the wounded") is not
    /// diplomacy, and is dropped; so is a visit with no visitor named.
    /// </summary>
    private List<EventMention> ForeignVisits(List<EventMention> events)
    {
        var kept = new List<EventMention>(events.Count);
        foreach (var e in events)
        {
            if (e.Cameo != "042")
            {
                kept.Add(e);
                continue;
            }
            if (e.Place?.Country is not { } iso2 || gazetteer?.Country(iso2) is not { } host
                || e.Actor1.Count == 0 || e.Actor1.Any(a => a.Country == host.Iso3))
                continue;
            kept.Add(e.Actor2.Any(a => a.Country == host.Iso3) ? e
                : e with { Actor2 = [new ActorMention(e.Place.Span, e.Place.Text, host.Iso3 + "GOV", host.Iso3, "GOV", null, null, null, "visit-host")] });
        }
        return kept;
    }

    /// <summary>The article's country as its focus place's ISO2 code and its ISO3 code; null without a focus or gazetteer.</summary>
    private (string Iso2, string Iso3)? HomeCountry(Article article) =>
        article.FocusPlace?.Country is { } iso2 && gazetteer?.Country(iso2)?.Iso3 is { } iso3 ? (iso2, iso3) : null;

    /// <summary>
    /// The "was" of "was a war crime", "is barbaric", "had committed a war crime" or "was nothing short of barbaric"
    /// right before the trigger at <paramref name="tFirst"/>, or -1.
    /// </summary>
    private static int Copula(Article article, int tFirst)
    {
        int k = tFirst - 1;
        if (article.TokenText(k) is "\"" or "'" or "\u201c")
            k--;
        if (article.TokenText(k) is "a" or "an")
            k--;
        if (article.TokenText(k) == "of" && article.TokenText(k - 1) == "short" && article.TokenText(k - 2) == "nothing")
            k -= 3;
        return article.TokenText(k) is "was" or "is" or "were" or "are" or "be" or "been" or "committed" or "commit" or "committing" ? k : -1;
    }

    /// <summary>Whether the bomb at <paramref name="tFirst"/> is what something ran into: "hit a landmine", "struck a roadside bomb".</summary>
    private static bool RunsInto(Article article, int first, int tFirst)
    {
        int det = article.TokenText(tFirst - 1) is "a" or "an" or "the" ? tFirst - 1
            : article.TokenText(tFirst - 2) is "a" or "an" or "the" ? tFirst - 2 : -1;
        return det - 1 >= first && article.TokenText(det - 1).ToLowerInvariant() is "hit" or "hits" or "struck" or "strikes";
    }

    /// <summary>"the plan calls for", "resolution 2254, which calls for": the word before the trigger names a document
    /// that speaks for itself, not one just adopted.</summary>
    private static bool DocumentSpeaks(Article article, int tFirst)
    {
        int k = tFirst - 1;
        if (article.TokenText(k) is "which" or "that")
            k--;
        if (article.TokenText(k) == ",")
            k--;
        if (k > 0 && article.TokenText(k).All(char.IsDigit))
            k--;
        if (k < 0 || !s_documents.Contains(article.TokenText(k)))
            return false;
        // "the council adopted a resolution demanding a truce": passing the text is the demand, made that day by who passed it.
        return !Enumerable.Range(k - 3, 3).Any(j => j >= 0 && article.TokenText(j).ToLowerInvariant() is "adopted" or "adopts" or "adopting"
            or "passed" or "passes" or "passing" or "approved" or "approves" or "approving");
    }

    /// <summary>Documents whose content "calls for" something: their words are no appeal made that day.</summary>
    private static readonly HashSet<string> s_documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "charter", "convention", "conventions", "law", "laws", "plan", "roadmap", "initiative", "proposal", "draft", "text", "communique", "declaration",
    };

    /// <summary>Verbs that handle a bomb without setting it off: "destroyed a car bomb", "workshops making car bombs".</summary>
    private static readonly HashSet<string> s_weaponHandlingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "destroyed", "destroying", "dismantled", "dismantling", "defused", "defusing", "seized", "found", "confiscated", "making", "made",
        "prepare", "preparing", "manufacture", "manufacturing", "rigging",
    };

    private static readonly HashSet<string> s_defenceVerbs = CueWords("defence-verbs.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The verb that fends off the attack named at <paramref name="tFirst"/> ("repulsed an attack", "fought off a
    /// rebel assault"), within three words before it; -1 when there is none.
    /// </summary>
    private static int DefenceVerb(Article article, int first, int tFirst)
    {
        for (int k = tFirst - 1; k >= Math.Max(first, tFirst - 4); k--)
        {
            string w = article.TokenText(k);
            // "fended off", "fought off", "beat back", "warded off": the verb stands before its particle.
            if (w is "off" or "back" && k > first && s_defenceVerbs.Contains(article.TokenText(k - 1)))
                return k - 1;
            if (s_defenceVerbs.Contains(w) && w is not ("fended" or "fought" or "beat" or "beaten" or "warded"))
                return k;
            if (!char.IsUpper(w.FirstOrDefault()) && w is not ("an" or "a" or "the" or "this" or "these" or "their" or "its" or "his" or "large" or "major" or "new" or "fresh" or "massive" or "fierce" or "several" or "two" or "three" or "rebel" or "militant" or "jihadist" or "terrorist" or "suicide" or "car" or "bomb"))
                break;
        }
        return -1;
    }

    /// <summary>
    /// Where an event happened: the first place after the trigger in its clause ("shelled rebels in
    /// Azaz"), else the last one before it ("In Aleppo, troops shelled…"), else null (the caller
    /// falls back on the article's focus). A place that names an actor ("Washington blamed",
    /// "U.S. officials") is not a location, nor is one in the attribution around a verb of saying
    /// ("…, the monitor said from Britain", "the monitor, based in Britain, said clashes…").
    /// </summary>
    private static bool InRange(List<(int First, int Last)> ranges, int t)
    {
        foreach (var (from, to) in ranges)
        {
            if (t >= from && t <= to)
                return true;
        }
        return false;
    }

    private enum PauseKind { None, Halt, Lull }

    /// <summary>"halt on air strikes", "a pause in the bombing", "its moratorium on strikes"; a "lull in the fighting" is nobody's act.</summary>
    private static PauseKind Paused(Article article, int first, int tFirst)
    {
        int k = tFirst - 1;
        if (k > first && article.TokenText(k) is "the" or "its" or "their")
            k--;
        // "Russian and Syrian jets halted airstrikes on Aleppo": the verb form, its subject halting its own strikes.
        if (k >= first && article.TokenText(k).ToLowerInvariant() is "halted" or "halts" or "suspended" or "suspends" or "paused" or "pauses" or "stopped" or "stops" or "ceased"
            && !(k > first && s_passiveAuxiliaries.Contains(article.TokenText(k - 1))))
            return PauseKind.Halt;
        // "would hold off on air raids", "refrained from strikes": the acts withheld.
        if (k - 2 >= first && article.TokenText(k) is "on" or "from" && article.TokenText(k - 1) == "off"
                && article.TokenText(k - 2).ToLowerInvariant() is "hold" or "holds" or "holding" or "held"
            || k - 1 >= first && article.TokenText(k) == "from" && article.TokenText(k - 1).ToLowerInvariant() is "refrain" or "refrains" or "refrained" or "refraining")
            return PauseKind.Halt;
        if (k <= first || article.TokenText(k) is not ("on" or "in" or "to" or "of"))
            return PauseKind.None;
        return article.TokenText(k - 1).ToLowerInvariant() switch
        {
            "halt" or "pause" or "moratorium" or "suspension" or "halting" or "pausing" or "suspending" => PauseKind.Halt,
            "lull" => PauseKind.Lull,
            _ => PauseKind.None,
        };
    }

    private static bool InFurniture(Article article, List<(int First, int Last)> furniture, TextSpan span) =>
        furniture.Any(f => span.Start >= article.Tokens[f.First].Span.Start && span.End <= article.Tokens[f.Last].Span.End);

    /// <summary>
    /// Violence named as a subject of talk, not as something that happened: "issues related to
    /// ceasefire violations", "talks about attacks on convoys".
    /// </summary>
    private static bool IsTopic(Article article, int first, int tFirst)
    {
        for (int k = Math.Max(first, tFirst - 3); k < tFirst; k++)
        {
            if (article.TokenText(k) is "about" or "regarding" or "concerning" or "related")
                return true;
            // "the Observatory, which monitors the fighting": what a monitor watches, not an act.
            if (article.TokenText(k) is "monitors" or "monitoring" or "tracks" or "documents" or "documenting" or "covers"
                && (k + 1 == tFirst || k + 2 == tFirst && article.TokenText(k + 1) is "the" or "all"))
                return true;
            // "calls for a cessation of all attacks", "an end to the bombardment": what is asked to stop.
            if (article.TokenText(k) is "cessation" or "halt" or "end" && article.TokenText(k + 1) is "of" or "to")
                return true;
            // "resolutions that called for stopping attacks", "to end the bombardment".
            if (article.TokenText(k) is "stopping" or "stop" or "halting" or "ending" or "preventing" or "prevent" or "averting" or "avert" or "avoiding" or "avoid" && (k + 1 == tFirst || k + 2 == tFirst && article.TokenText(k + 1) is "the" or "all"))
                return true;
        }
        return false;
    }

    /// <summary>"agreed to step up", "agreed on Thursday to establish": "to" and a verb within a few tokens.</summary>
    private static bool AgreedTo(Article article, int tLast, int end)
    {
        for (int k = tLast + 1; k + 1 < end && k <= tLast + 4; k++)
        {
            if (article.TokenText(k) == "to")
                return article.TokenText(k + 1) is { Length: > 0 } next && char.IsLower(next[0]) && next is not ("a" or "an" or "the" or "it" or "this" or "that");
        }
        return false;
    }

    /// <summary>A quotation opening in lowercase inside a sentence: part of the reporter's clause, not a speech of its own.</summary>
    private static bool Fragment(Article article, TextSpan quote)
    {
        int k = TokenAfter(article, quote.Start);
        while (k >= 0 && k < article.Tokens.Count && article.Tokens[k].Kind != TokenKind.Word)
            k++;
        return k >= 0 && k < article.Tokens.Count && char.IsLower(article.TokenText(k).FirstOrDefault());
    }

    private static int TokenStartingAt(Article article, int position)
    {
        int k = TokenAfter(article, position);
        return k >= 0 && article.Tokens[k].Span.Start == position ? k : -1;
    }

    /// <summary>
    /// "rocket attacks", "car bomb blast", "shelling and airstrikes": violent triggers within two
    /// tokens of each other describe one happening; the most specific code stands for it.
    /// </summary>
    private static List<(int First, int Last, EventTrigger Trigger)> MergeAdjacentViolence(Article article, List<(int First, int Last, EventTrigger Trigger)> triggers)
    {
        var merged = new List<(int First, int Last, EventTrigger Trigger)>();
        int reach = -1; // the last token of the run merged so far ("car bomb attack" … "to hit")
        foreach (var t in triggers)
        {
            // "bomb blasts claimed by IS hit Qamishli", "the explosion, which struck a market": the verb says what the
            // bombing did, a few words on, with no new clause ("and", a comma) between.
            bool bombingStruck = merged.Count > 0 && merged[^1].Trigger.Cameo.StartsWith("18", StringComparison.Ordinal)
                && article.TokenText(t.First).ToLowerInvariant() is "hit" or "hits" or "struck" or "targeted" or "rocked" or "ripped"
                && t.First - reach <= 5 && Enumerable.Range(reach + 1, Math.Max(0, t.First - reach - 1)).All(k => article.TokenText(k) is not ("and" or "," or "as" or "while" or "but"));
            // "hit with missiles and bombs", "attacked the post with car bombs": the weapon after "with" is the act's instrument.
            int with = merged.Count > 0 && t.First - reach <= 7 ? Enumerable.Range(reach + 1, Math.Max(0, t.First - reach - 1)).FirstOrDefault(k => article.TokenText(k) == "with", -1) : -1;
            bool instrument = with > reach && t.First - with <= 4
                && Enumerable.Range(reach + 1, t.First - reach - 1).All(k => article.TokenText(k) is not ("," or "as" or "while" or "but" or "killing" or "who" or "which" or "that")
                    && (k > with || article.TokenText(k) != "and"));
            if (merged.Count > 0 && t.Trigger.Plover == "ASSAULT" && merged[^1].Trigger.Plover == "ASSAULT"
                && t.Trigger.Id != "kill" && merged[^1].Trigger.Id != "kill" && (t.First - reach <= 2 || bombingStruck || instrument))
            {
                var previous = merged[^1];
                // "explosions from rockets hitting Zamalka": the weapon named beside a blast is the act.
                bool blastOfWeapon = previous.Trigger.Id == "bomb blast" && article.TokenText(previous.First).ToLowerInvariant() is "explosion" or "explosions" or "blast" or "blasts"
                    && t.Trigger.Cameo is "194" or "195";
                merged[^1] = blastOfWeapon || Specificity(t.Trigger) > Specificity(previous.Trigger)
                    // "fired on the town with rockets": the weapon named as the instrument says what was fired.
                    || instrument && previous.Trigger.Id == "small arms" && t.Trigger.Cameo is "194" or "195"
                    // The instrument gives the finer code; the verb keeps its place, so its subject is still the agent.
                    ? instrument ? (previous.First, previous.Last, t.Trigger) : t
                    : previous;
                reach = Math.Max(reach, t.Last);
                continue;
            }
            merged.Add(t);
            reach = t.Last;
        }
        return merged;
    }

    /// <summary>
    /// Joins a trigger to the next one of the same code when at most two lower-case words, none of them
    /// "and", "or" or "then", stand between: the first (usually the verb, which carries tense and modality) stays,
    /// its span reaching over the second. Violence, deployments and truces (whose makers are read around
    /// the noun) have their own rules.
    /// </summary>
    private static List<(int First, int Last, EventTrigger Trigger)> MergeVerbAndNoun(Article article, List<(int First, int Last, EventTrigger Trigger)> triggers)
    {
        var merged = new List<(int First, int Last, EventTrigger Trigger)>(triggers.Count);
        foreach (var t in triggers)
        {
            if (merged.Count > 0 && merged[^1] is var previous && previous.Trigger.Cameo == t.Trigger.Cameo
                && t.Trigger.Plover is not ("ASSAULT" or "MOBILIZE") && t.Trigger.Id != "ceasefire" && previous.Trigger.Id != "ceasefire" && t.First - previous.Last is 1 or 2 or 3
                && Enumerable.Range(previous.Last + 1, t.First - previous.Last - 1).All(k => char.IsLower(article.TokenText(k).FirstOrDefault())
                    && article.TokenText(k) is not ("and" or "then" or "or")))
            {
                merged[^1] = (previous.First, t.Last, previous.Trigger);
                continue;
            }
            merged.Add(t);
        }
        return merged;
    }

    /// <summary>
    /// A call or meeting and the discussion it held are one act: "Erdogan phoned Putin to discuss Idlib" is the call
    /// (the discussion its purpose); "In a phone call, Putin and Erdogan discussed Idlib" is the discussion, coded as
    /// the call, since its subject names who called.
    /// </summary>
    private static List<(int First, int Last, EventTrigger Trigger)> MergeCallAndDiscussion(Article article, List<(int First, int Last, EventTrigger Trigger)> triggers)
    {
        for (int i = 0; i < triggers.Count; i++)
        {
            if (triggers[i].Trigger.Id is not ("phone call" or "meet"))
                continue;
            int j = triggers.FindIndex(i + 1, x => x.Trigger.Id == "negotiate" && article.TokenText(x.First).StartsWith("discuss", StringComparison.OrdinalIgnoreCase)
                && x.First - triggers[i].Last <= 12);
            if (j < 0 || Enumerable.Range(triggers[i].Last + 1, triggers[j].First - triggers[i].Last - 1).Any(k => article.TokenText(k) is "." or ";" or "but" or "while"))
                continue;
            var call = triggers[i];
            bool adjunct = call.First >= 2 && article.TokenText(call.First - 1) is "a" or "the" && article.TokenText(call.First - 2) is "In" or "in" or "During" or "during";
            if (adjunct)
            {
                triggers[j] = (triggers[j].First, triggers[j].Last, call.Trigger);
                triggers.RemoveAt(i);
                i--;
            }
            else
                triggers.RemoveAt(j);
        }
        return triggers;
    }

    /// <summary>
    /// Whether the act at <paramref name="t"/> is only plotted or planned: "plotting attacks", "planning terrorist
    /// attacks", "a planned offensive" — a plotting word within three words before it, with only lower-case words between.
    /// </summary>
    private static bool Plotted(Article article, int first, int t)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 3); k--)
        {
            var word = article.TokenText(k);
            if (word.ToLowerInvariant() is "plotting" or "plotted" or "plot" or "plots" or "planning" or "planned" or "plans" or "preparing" or "prepared" or "intending")
                return true;
            if (word.Length == 0 || !char.IsLower(word[0]) || word is "and" or "or" or "," or "after" or "before" or "in")
                return false;
        }
        return false;
    }

    /// <summary>Generic fighting (190) is the least specific; otherwise longer codes are finer.</summary>
    private static int Specificity(EventTrigger trigger) => trigger.Cameo == "190" ? 0 : trigger.Cameo.Length;

    /// <summary>Where the clause after a trigger ends: at "but", "while", "whereas", "where", ";" or "according", else the sentence end.</summary>
    private static int ClauseEnd(Article article, int tLast, int end)
    {
        for (int k = tLast + 1; k < end; k++)
        {
            // "… have intensified, according to the Observatory": the source is no target.
            if (article.TokenText(k) is "but" or "while" or "whereas" or "where" or ";" or "according")
                return article.Tokens[k].Span.Start;
        }
        return int.MaxValue;
    }

    /// <summary>The token of a verb declaring a truce a few words before it ("declared a 48-hour truce"), or -1.</summary>
    private static int Declared(Article article, int first, int tFirst) =>
        Preceding(first, tFirst, 4).LastOrDefault(k => article.TokenText(k).ToLowerInvariant() is "declared" or "declares" or "declare" or "announced"
            or "announces" or "announce" or "unilateral" or "proclaimed", -1);

    /// <summary>A model designation ("Su-34", "Tu-22M3", "B-52") or a class of aircraft ("strategic", "long-range") before "bomber".</summary>
    private static bool AircraftBefore(string word) =>
        word.ToLowerInvariant() is "strategic" or "long-range" or "heavy" or "stealth" or "fighter" or "jet" or "russian-made"
        || word.IndexOf('-') is > 0 and var dash && dash + 1 < word.Length && char.IsUpper(word[0]) && char.IsDigit(word[dash + 1]);

    /// <summary>
    /// Whether the deal noun at <paramref name="t"/> is the object of a verb taking a stand on it: the verb a few
    /// words before, with only lower-case words between ("rejected the new deal"). A capitalised word between names
    /// the deal's parties ("welcomed the Russian-Turkish deal"), who made it, so the deal stays an agreement of theirs.
    /// </summary>
    private static bool StandOnDeal(Article article, int first, int t)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 4); k--)
        {
            var word = article.TokenText(k);
            if (s_dealStanceVerbs.Contains(word))
                return true;
            if (word is "and" or "or" or "," or "to" || word.Length == 0 || !char.IsLower(word[0]))
                return false;
        }
        return false;
    }

    private static readonly HashSet<string> s_dealStanceVerbs = CueWords("deal-stance-verbs.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>The token indices of the <paramref name="n"/> tokens before <paramref name="t"/> within its sentence (from <paramref name="first"/>).</summary>
    private static IEnumerable<int> Preceding(int first, int t, int n)
    {
        int from = Math.Max(first, t - n);
        return Enumerable.Range(from, Math.Max(0, t - from));
    }

    private static bool Campaign(Article article, int k) =>
        k >= 0 && k < article.Tokens.Count && (article.TokenText(k).ToLowerInvariant() is "operations" or "operation" or "campaign" or "offensive" or "raids" or "attacks" or "airstrikes" or "strikes" or "shelling" or "bombardment" or "assault");

    /// <summary>The first token starting at or after a character position, or -1.</summary>
    private static int TokenAfter(Article article, int position) => article.TokenAfter(position);

    /// <summary>
    /// The "by" of a passive a few words after its participle, past only a time or a place ("shelled on Monday by",
    /// "hit overnight in Azaz by"), or -1. Anything else between — a comma, a conjunction, another act — ends the search.
    /// </summary>
    private static int DelayedBy(Article article, int tLast, int end)
    {
        for (int k = tLast + 1; k < end && k <= tLast + 7; k++)
        {
            string word = article.TokenText(k);
            if (word == "by")
                return k > tLast + 1 ? k : -1;
            if (EventTriggers.TryMatchAct(article, k, out _, out _))
                return -1;
            // A name or a number: "on Monday", "in Azaz", "in 2016".
            bool name = word.Length > 1 && char.IsUpper(word[0]) && k > tLast + 1 || word.Length > 0 && word.All(char.IsAsciiDigit);
            if (!name && word is not ("on" or "in" or "near" or "at" or "the" or "of" or "overnight" or "yesterday" or "today" or "late" or "early"
                    or "last" or "night" or "week" or "province" or "city" or "town" or "village" or "countryside" or "outskirts" or "reportedly" or "again"
                    // "was expelled from Azaz by the army", "were pushed out of their positions by troops".
                    or "from" or "out" or "their" or "its" or "positions" or "base"))
                return -1;
        }
        return -1;
    }

    /// <summary>Nouns for what someone says happened, which others may reject ("rejected claims that…").</summary>
    private static readonly HashSet<string> s_claimNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claims", "reports", "allegations", "accusations", "charges", "suggestions",
    };

    /// <summary>The "that" of "claims that", "reports by X that" right after a trigger, or -1.</summary>
    private static int ClaimThat(Article article, int tLast, int clauseEnd)
    {
        int k = article.TokenText(tLast + 1) == "the" ? tLast + 2 : tLast + 1;
        if (!s_claimNouns.Contains(article.TokenText(k)))
            return -1;
        for (int j = k + 1; j <= k + 6 && j < article.Tokens.Count && article.Tokens[j].Span.End <= clauseEnd; j++)
        {
            if (article.TokenText(j) == "that")
                return j;
        }
        return -1;
    }

    private static bool Speaks(Article article, TextSpan sentence, ActorMention actor)
    {
        int next = TokenAfter(article, actor.Span.End);
        // "… killed 23 civilians says a monitoring group": the actor after the verb speaks, not the one before it.
        int a0 = TokenAfter(article, actor.Span.Start);
        for (int k = a0 - 1; a0 > 0 && k >= Math.Max(0, a0 - 4); k--)
        {
            if (IsSpeechVerb(article.TokenText(k)) && InvertedSpeaker(article, sentence, k) == actor)
                return true;
            if (article.Tokens[k].Kind != TokenKind.Word)
                break;
        }
        // "warplanes, according to the Observatory": "according" names the next actor as the source, not this one.
        return next >= 0 && article.TokenText(next) != "according" && IsSpeechVerb(article.TokenText(next))
            && InvertedSpeaker(article, sentence, next) is not { } other;
    }

    private static bool IsSpeechVerb(string word) => s_saying.Contains(word) || word is "confirmed";

    /// <summary>Words that name an attack from the air itself ("airstrikes", "air raid", "barrel bombs") — not a bare "strike".</summary>
    // "strikes" alone is air power too in war copy ("killed in the strikes" after "airstrikes"); raids and bombardment may be by guns.
    private static bool FromTheAir(string trigger) =>
        trigger.Contains("air", StringComparison.OrdinalIgnoreCase) || trigger.Contains("aerial", StringComparison.OrdinalIgnoreCase)
        || trigger.Equals("strikes", StringComparison.OrdinalIgnoreCase) || trigger.Equals("strike", StringComparison.OrdinalIgnoreCase)
        || trigger.Contains("barrel", StringComparison.OrdinalIgnoreCase) || trigger.Contains("warplanes", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rebels, jihadists, gunmen, the unarmed opposition and civilians: no air strike is theirs.</summary>
    private static bool FliesNoAircraft(ActorMention actor) => actor.Role is "REB" or "INS" or "UAF" or "OPP" or "CVL";

    private static bool Airborne(ActorMention actor) =>
        actor.Text.Contains("warplane", StringComparison.OrdinalIgnoreCase) || actor.Text.Contains("jets", StringComparison.Ordinal)
        || actor.Text.Contains("aircraft", StringComparison.OrdinalIgnoreCase) || actor.Text.Contains("helicopter", StringComparison.OrdinalIgnoreCase)
        || actor.Text.Contains("air force", StringComparison.OrdinalIgnoreCase) || actor.Text.Contains("planes", StringComparison.OrdinalIgnoreCase)
        || actor.Text.Contains("drone", StringComparison.OrdinalIgnoreCase);

    private static bool MassKilling(EventTrigger trigger, IReadOnlyList<ActorMention> victims, int? toll, string? tollText)
    {
        bool many = toll >= 10 || tollText is not null && tollText.ToLowerInvariant() is "dozens" or "scores" or "hundreds";
        // Eight or more put to death together is a mass execution.
        return trigger.Id == "execute" && (many || toll >= 8)
            // "30 gunmen and a few villagers died in the clashes": a toll that counts fighters is no massacre.
            || trigger.Id == "kill" && victims.Any(a => a.Role == "CVL") && !victims.Any(a => a.Role is "REB" or "INS" or "MIL" or "UAF")
               && (toll >= 20 || tollText is not null && tollText.ToLowerInvariant() is "dozens" or "scores" or "hundreds");
    }

    /// <summary>A death toll in the sentence: "killed 16", "at least 70 people were killed", "Seventy-six dead"; "dozens" gives no number.</summary>
    private static (int?, string?) Fatalities(Article article, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            string w = article.TokenText(t);
            if (!(w.StartsWith("kill", StringComparison.OrdinalIgnoreCase) || w.StartsWith("execut", StringComparison.OrdinalIgnoreCase) || w is "dead" or "died" or "deaths"))
                continue;
            // The number is near: before ("70 people were killed", "hundreds of Alawite civilians have been killed") or just after ("killed 16").
            // After a passive the next number counts someone else ("a soldier was killed and two others were wounded"),
            // and a passive in the singular is one death ("a child was killed by a sniper").
            string auxiliary = article.TokenText(t - 1);
            bool passive = t - 1 >= first && auxiliary is "was" or "were" or "been" or "being" or "be";
            for (int k = Math.Max(first, t - 7); k < Math.Min(end, passive ? t : t + 4); k++)
            {
                // "24 December 2016 … executions": a number inside a date is no toll.
                if (k == t || article.Dates.Any(d => d.Span.Contains(article.Tokens[k].Span)))
                    continue;
                if (Count(article.TokenText(k)) is { } n)
                    return (n, article.TokenText(k));
                if (article.TokenText(k) is "dozens" or "scores" or "hundreds" or "Dozens" or "Scores" or "Hundreds")
                    return (null, article.TokenText(k));
            }
            // Not "was killed along with other fighters": more died, how many is untold.
            if (auxiliary == "was" && w.StartsWith("kill", StringComparison.OrdinalIgnoreCase)
                && article.TokenText(t + 1) is not ("along" or "together" or "with" or "alongside"))
                return (1, null);
        }
        return (null, null);
    }

    private static int? Count(string word)
    {
        if (int.TryParse(word.Replace(",", ""), out int n) && n is > 0 and < 100_000 && !(n >= 1900 && n <= 2100 && word.Length == 4))
            return n;
        // Number words from data/dates/calendar-words.tsv, hyphenated tens included ("Seventy-six").
        int total = 0;
        foreach (string part in word.ToLowerInvariant().Split('-'))
        {
            if (part is "a" or "an" || !CalendarWords.Default.TryCount(part, out int v))
                return null;
            total += v;
        }
        return total > 0 ? total : null;
    }
}
