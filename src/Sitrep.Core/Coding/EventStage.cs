using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
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
public sealed class EventStage(Gazetteer? gazetteer = null) : IArticleStage
{
    // Case matters: "IS seized the oilfields" names the Islamic State, not a passive.
    private static readonly HashSet<string> s_passiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "been", "being", "be", "is", "are", "Was", "Were", "Is", "Are", "Been", "Being" };
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
        article.Events = CondemnedActPlaces(RefineCountryPlaces(article, UnnamedLeavers(article, InheritAgents(UnnamedBombers(Restatements(article, events)), article.TitleSpan))));
        article.FocusDate = FocusDate(article, events);
    }

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

    private static void CodeSentence(Article article, TextSpan sentence, int first, int end, List<EventMention> events, List<bool> placed, List<(int First, int Last)> furniture)
    {
        var triggers = new List<(int First, int Last, EventTrigger Trigger)>();
        for (int t = first; t < end; t++)
        {
            if (furniture.Count > 0 && InRange(furniture, t))
                continue;
            if (EventTriggers.Default.TryMatch(article, t, out var trigger, out int last) && last < end)
            {
                // "the Organisation for the Prohibition of Chemical Weapons": words inside a name report no act.
                if (article.Actors.Any(a => a.Group is not null && a.Span.Contains(article.Tokens[t].Span)))
                    continue;
                // "destroyed a car bomb", "defused the explosives", "workshops making car bombs": the weapon seized or made, no bombing.
                if (trigger.Id is "car bomb" or "bomb blast" && Preceding(first, t, 3).Any(k => article.TokenText(k).ToLowerInvariant() is "destroyed" or "destroying"
                        or "dismantled" or "dismantling" or "defused" or "defusing" or "seized" or "found" or "confiscated" or "making" or "made" or "prepare" or "preparing" or "manufacture" or "manufacturing" or "rigging"))
                {
                    t = last;
                    continue;
                }
                // "the camp hosted many refugees": a place or state that shelters people holds no meeting.
                if (trigger.Id == "meet" && article.TokenText(t).ToLowerInvariant() is "hosted" or "hosts" or "hosting"
                    && Enumerable.Range(t + 1, 4).Any(k => k < end && article.TokenText(k).ToLowerInvariant() is "refugees" or "displaced" or "people" or "families"
                        or "civilians" or "migrants" or "children" or "wounded" or "evacuees" or "survivors"))
                    continue;
                // "a Su-24 bomber hit the depot", "strategic bombers": the aircraft, not a bomb going off.
                if (trigger.Id == "bomb blast" && article.TokenText(t).ToLowerInvariant() is "bomber" or "bombers" && t > first && AircraftBefore(article.TokenText(t - 1)))
                    continue;
                triggers.Add((t, last, trigger));
                t = last;
            }
        }
        triggers = MergeAdjacentViolence(article, triggers);
        // "victims of an attack … point to exposure to sarin": the attack the sentence names is the chemical one.
        if (triggers.Any(x => x.Trigger.Id == "chemical"))
            triggers = triggers.Where(x => !(x.Trigger.Id == "fight" && article.TokenText(x.First).ToLowerInvariant() is "attack" or "attacks")).ToList();
        // Kidnapping or a mere "targeted" does not account for deaths in the sentence: those stay a killing of their own.
        bool hasViolence = triggers.Any(x => x.Trigger.Id is not ("kill" or "target" or "abduct") && x.Trigger.Plover == "ASSAULT");
        // A weapon (not a campaign of fighting) in the sentence: deaths beside it are its toll.
        bool weaponInSentence = triggers.Any(x => x.Trigger.Plover == "ASSAULT" && x.Trigger.Id is not ("kill" or "target" or "abduct")
            && !(x.Trigger.Id == "fight" && s_campaignWords.Contains(article.TokenText(x.First))));
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
            // Actors inside an apposition ("Al-Nusra – the Syria arm of Al-Qaeda – could…") are not the subject.
            var (subjectFrom, mainSubject) = SubjectFrom(article, clause == sentence ? first : TokenStartingAt(article, clause.Start) is var q && q >= 0 ? q : first, tFirst,
                noun: trigger.Id == "chemical", material: trigger.Plover is "ASSAULT" or "COERCE" or "MOBILIZE" or "RETREAT" or "AID");
            // An actor the trigger begins inside ("regime warplanes struck", trigger "warplanes struck") stands before it.
            var before = actorsIn.Where(a => (a.Span.End <= span.Start || a.Span.Start < span.Start && a.Span.End <= span.End) && a.Span.Start >= subjectFrom
                && !InApposition(article, Math.Min(a.Span.End, span.Start), span.Start)).ToList();
            // The object stays in the trigger's clause: "... taken back the town, but government forces say ...".
            int clauseEnd = ClauseEnd(article, tLast, end);
            // "… halted aid to the camp, the Observatory said": who speaks after the act is not its target.
            var after = actorsIn.Where(a => a.Span.Start >= span.End && a.Span.End <= clauseEnd && !Speaks(article, a)).ToList();
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
            // "Johnson called for protests outside the embassy over the bombing": a violent act named as a
            // noun after another act is that act's topic; its agent is not the other act's subject.
            if (trigger.Plover == "ASSAULT" && s_nounMarkers.Contains(article.TokenText(tFirst - 1))
                && triggers.LastOrDefault(x => x.Last < tFirst && x.Trigger.Plover is not "ASSAULT") is { Trigger: not null } earlier && earlier.Last >= first)
            {
                int from = article.Tokens[earlier.Last].Span.End;
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
            // "Troops killed 48 civilians before withdrawing": the participle's subject is the main clause's, its first actor.
            // "The troops stormed IS positions west of the city killing 13 militants": a trailing participle's
            // subject is the clause's first actor, not the nearest (its object).
            string previous = article.TokenText(tFirst - 1);
            bool trailingParticiple = trigger.Id == "kill" && article.TokenText(tFirst) is "killing" or "Killing" && tFirst > first + 2
                && !s_nounMarkers.Contains(previous) && !s_passiveAuxiliaries.Contains(previous) && previous is not ("and" or "or" or "for" or "of");
            // "An opposition minister was among 12 dead in a car bomb": who is among the dead is a victim.
            if (trigger.Plover == "ASSAULT")
                before = before.Where(a => !AmongTheDead(article, a, tFirst)).ToList();
            var actor1 = Coordinated(article, before, last: !(mainSubject || trailingParticiple));
            var actor2 = Coordinated(article, after, last: false);
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
            bool passive = auxiliary && article.TokenText(tLast + 1).Equals("by", StringComparison.OrdinalIgnoreCase);
            // Who stands before a participle without an object or agent suffered the act: "fighters were
            // killed in clashes", "50 militants killed near Palmyra", "among the dead". Yielding (08) and
            // mobilising (15) are the exceptions: those "evacuated from" a town yield it, and forces
            // "dispatched to" a front are the mobilising side's own.
            if (!passive && Suffered(article, trigger, tFirst, tLast, auxiliary))
            {
                actor2 = actor1;
                actor1 = [];
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
            // "dispatched an envoy", "sent a letter": only forces mobilise — an armed sender or armed men sent.
            if (trigger.Id == "mobilize" && !actor1.Any(a => a.Role is "MIL" or "REB" or "INS" or "UAF")
                && !Enumerable.Range(tFirst, Math.Min(end, tLast + 8) - tFirst).Any(k => s_armedWords.Contains(article.TokenText(k))))
                continue;
            // "the besieged district", "entering besieged Moadamieh": a standing state named in passing; the
            // siege itself ("the siege of Madaya", "troops have besieged the town", "besieged by the army") is coded.
            if (trigger.Id == "siege" && article.TokenText(tFirst).ToLowerInvariant() is "besieged" && article.TokenText(tLast + 1) != "by"
                && article.TokenText(tFirst - 1) is not ("has" or "have" or "had" or "was" or "were" or "been" or "is" or "are"))
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
                int cue = accused is null ? -1 : Preceding(first, TokenStartingAt(article, accused.Span.Start), 3)
                    .FirstOrDefault(k => s_believing.Contains(article.TokenText(k)) || article.TokenText(k) is "said" or "says" or "say"
                        or "held" or "hold" or "holds" or "holding" or "consider" or "considers" or "considered", -1);
                var accuser = cue < 0 ? [] : Coordinated(article, actorsIn.Where(a => a.Span.End <= article.Tokens[cue].Span.Start).ToList(), last: true);
                if (accused is null || accuser.Count == 0)
                    continue;
                (actor1, actor2) = (accuser, [accused]);
            }
            // "air strikes killed 14 people, among them children fleeing across the river": those who flee are
            // the victims of the act between, not its agent.
            if (trigger.Id == "flee" && actor1.Count > 0 && triggers.Any(x => x.Trigger.Plover == "ASSAULT" && x.Last < tFirst
                    && actor1.All(a => a.Span.End <= article.Tokens[x.First].Span.Start)))
                actor1 = [];
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
            if (trigger.Id == "appeal" && DocumentSpeaks(article, tFirst))
                continue;
            // "neighbourhoods covered by a truce", "areas under the ceasefire": a state, not an agreement made.
            if (trigger.Id == "ceasefire" && Preceding(first, tFirst, 3).Any(k => article.TokenText(k) is "covered" or "under" or "within" or "outside" or "excluded" or "include" or "includes" or "exempt"))
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
            // "a truck bomb blamed on IS": the blame names the bomber (coded on the bombing); with no accuser it is no accusation.
            if (trigger.Id == "accuse" && actor1.Count == 0 && article.TokenText(tLast + 1) is "on")
                continue;
            // "a committee backing protest against the state": a stance, not a protest.
            if (trigger.Plover == "PROTEST" && article.TokenText(tFirst - 1) is "supports" or "support" or "supporting" or "banned" or "ban" or "against")
                continue;
            // "dispatch humanitarian aid to Houla": sending aid, which the aid trigger codes, not forces.
            if (trigger.Id == "mobilize" && Enumerable.Range(tLast + 1, 3).Any(k => article.TokenText(k) is "aid" or "humanitarian" or "relief" or "food" or "medicine"))
                continue;
            // "a violation of resolution 2254", "of international law": an accusation, not a ceasefire broken.
            if (trigger.Id == "violate ceasefire" && !Enumerable.Range(first, end - first).Any(k => s_truceWords.Contains(article.TokenText(k))))
                continue;
            bool fell = trigger.Id == "occupy" && article.TokenText(tFirst) is "fallen" or "fell";
            bool fellTo = fell && article.TokenText(tLast + 1) is "to" or "back";
            // "fallen victims", "fell silent": not a capture.
            if (fell && !fellTo && article.TokenText(tLast + 1) is { Length: > 0 } next && char.IsLower(next[0])
                && next is not ("into" or "under" or "after" or "on" or "in" or "at" or "last" or "yesterday" or "early" or "late"))
                continue;
            // "the man fell on the pavement", "shells fell on the town" — but "the town fell on Sunday".
            if (fell && !fellTo && article.TokenText(tLast + 1) is "on" && tLast + 2 < end
                && !article.Dates.Any(d => d.Span.Contains(article.Tokens[tLast + 2].Span)))
                continue;
            // "condemned the bombardment as a massacre": a name for an act that is coded on its own.
            if (trigger.Id == "massacre" && article.TokenText(tFirst - 1) is "a" or "an" && article.TokenText(tFirst - 2) is "as")
                continue;
            // "the strikes were executed to deny Daesh…": carried out, not an execution.
            if (trigger.Id == "execute" && Preceding(first, tFirst, 4)
                .Any(k => EventTriggers.Default.TryMatch(article, k, out var act, out _) && act.Plover == "ASSAULT" && act.Id != "execute"))
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
            else if ((passive || fellTo) && actor2.Count > 0)
                (actor1, actor2) = (actor2, actor1);
            // "a convoy of the Red Crescent was hit by an airstrike": with no actor after "by", the subject is still the patient.
            else if (passive && actor2.Count == 0)
                (actor1, actor2) = ([], actor1);
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
                actor2 = actor1;
                var agents = after.Where(a => a.Span.Start >= agent).ToList();
                actor1 = agents.Count > 0 && agents[0].Span.Start - agent <= 24 ? Coordinated(article, agents, last: false) : [];
            }

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
            string cameo = trigger.Cameo, plover = trigger.Plover;
            // "rebel bombardment of Aleppo", "militant raids": by those who fly no aircraft, shelling or a ground raid.
            if (trigger.Id == "aerial" && actor1.Count > 0 && actor1.All(FliesNoAircraft))
                cameo = article.TokenText(tFirst).StartsWith("raid", StringComparison.OrdinalIgnoreCase) ? "190" : "194";
            // "declared the ceasefire over": the truce rejected, not agreed.
            if (trigger.Plover == "AGREE" && article.TokenText(tLast + 1) is "over" or "dead" or "void" or "finished")
                (cameo, plover) = ("120", "REJECT");
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
            // "a bomber sent by the Nusra Front": the bomber's group is the agent.
            if (trigger.Id is "suicide bombing" or "bomb blast" && article.TokenText(tLast + 1) is "from" or "of"
                && after.FirstOrDefault(a => a.Group is not null && a.Span.Start - article.Tokens[tLast + 1].Span.End < 6) is { } bomberGroup)
                (actor1, actor2) = ([bomberGroup], actor2.Where(a => a != bomberGroup).ToList());
            // "air strikes from Russia": the state the fire comes from fires it (the actor stage codes it as its military).
            if (trigger.Plover == "ASSAULT" && article.TokenText(tLast + 1) == "from" && after.FirstOrDefault() is { Rule: "country-act" } source
                && TokenStartingAt(article, source.Span.Start) is var s0 && (s0 == tLast + 2 || s0 == tLast + 3 && article.TokenText(tLast + 2) == "the"))
                (actor1, actor2) = ([source], actor2.Where(a => a != source).ToList());
            // An actor is never its own target ("strikes from Russia, which…" named once).
            actor2 = [.. actor2.Where(a => !actor1.Contains(a))];
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
            // "the gas attack … that Washington has blamed on Assad's forces": the accused is the agent, by the accuser's claim.
            if (trigger.Plover == "ASSAULT" && BlamedOn(article, actorsIn, span, tLast, end) is { } blame)
            {
                actor1 = blame.Accused;
                // The accuser and the accused are not the act's targets.
                actor2 = [.. actor2.Where(a => !actor1.Contains(a) && blame.Accuser?.Contains(a) != true)];
                (modality, claimedBy) = (Model.Modality.Claimed, blame.Accuser ?? claimedBy);
            }
            // "called for campaigners to protest", "urged the army to attack", "called for pauses for aid
            // deliveries": asked for, not planned or done by its actor.
            if (triggers.Any(x => x.Last < tFirst && x.Last >= first && x.Trigger.Plover == "REQUEST")
                && (modality == Model.Modality.Planned || trigger.Plover != "ASSAULT" && s_nounMarkers.Contains(article.TokenText(tFirst - 1)) || article.TokenText(tFirst - 1) == "for"
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
            // People fleeing a place with nobody named are news still: they are the country's own people (UnnamedLeavers).
            // Not "forced half the population to flee" (no place: the war's toll) nor a patient "evacuated to a hospital".
            bool unnamedFlight = trigger.Id is "flee" or "evacuate" && ownPlace is not null
                && !Enumerable.Range(tLast + 1, 6).Any(k => k < end && article.TokenText(k) is "hospital" or "hospitals" or "treatment" or "clinic");
            if (!violent && trigger.Plover != "COERCE" && !unnamedFlight && actor1.Count == 0 && actor2.Count == 0)
                continue;
            // "The deal excludes al-Nusra", "the agreement came into effect": a deal is made by its parties; with none
            // named it restates one, whoever else the sentence names.
            if (plover == "AGREE" && actor1.Count == 0)
                continue;
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
    /// for a condemnation or accusation, of the last three sentences.
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
                int here = SentenceOf(e), reach = e.Plover == "ACCUSE" ? 3 : 1;
                for (int j = i - 1; j >= 0 && source < 0 && SentenceOf(events[j]) >= here - reach; j--)
                {
                    if (Fits(j, sameRoot: false))
                        source = j;
                }
            }
            if (source >= 0)
                events[i] = e with { Place = events[source].Place };
        }
    }

    /// <summary>The article's country as its focus place's ISO2 code and its ISO3 code; null without a focus or gazetteer.</summary>
    private (string Iso2, string Iso3)? HomeCountry(Article article) =>
        article.FocusPlace?.Country is { } iso2 && gazetteer?.Country(iso2)?.Iso3 is { } iso3 ? (iso2, iso3) : null;

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
    /// "A bomber hit a funeral … two mourners died in the attack": a definite
    /// "the attack" or "the blast" restates the last act named a few sentences before, so it takes that
    /// act's finer code (a bombing, an air strike) rather than a generic fight of its own. "The assault"
    /// is a ground offensive ("the assault against IS in Manbij"), never a bombing restated.
    /// </summary>
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

    /// <summary>"the plan calls for", "resolution 2254, which calls for": the word before the trigger names a document.</summary>
    private static bool DocumentSpeaks(Article article, int tFirst)
    {
        int k = tFirst - 1;
        if (article.TokenText(k) is "which" or "that")
            k--;
        if (article.TokenText(k) == ",")
            k--;
        if (k > 0 && article.TokenText(k).All(char.IsDigit))
            k--;
        return k >= 0 && s_documents.Contains(article.TokenText(k));
    }

    /// <summary>Documents whose content "calls for" something: their words are no appeal made that day.</summary>
    private static readonly HashSet<string> s_documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "resolutions", "charter", "convention", "conventions", "law", "laws", "plan", "roadmap", "initiative", "proposal", "draft", "text", "communique", "declaration",
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
    /// "The fleeing increased after the siege", "Homs evacuation": people who flee or are evacuated from a place
    /// in the report's country with nobody named are its own people — coded as the country, with no role,
    /// since the text does not say whether they are civilians or fighters.
    /// </summary>
    private List<EventMention> UnnamedLeavers(Article article, List<EventMention> events)
    {
        if (HomeCountry(article) is not (string iso2, string home))
            return events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover != "RETREAT" || e.Actor1.Count > 0 || e.Place?.Country != iso2
                || e.Trigger.ToLowerInvariant() is not ("fled" or "flee" or "flees" or "fleeing" or "escaped from" or "escape from" or "escaping from" or "evacuated" or "evacuation"))
                continue;
            var people = new ActorMention(e.Span, e.Trigger, home, home, null, null, null, null, "unnamed-leavers");
            events[i] = e with { Actor1 = [people] };
        }
        return events;
    }

    /// <summary>
    /// "A terrorist car bomb hit the market": state media call every armed opponent a terrorist. Shelling from
    /// rebel-held districts is the rebels', but a bombing, an abduction or an execution that the report pins
    /// on nobody but "terrorists" names no side — the Islamic State and al-Qaeda's branches, which are
    /// nobody's rebels, claim most of them — so its agent keeps the label and loses the home country.
    /// </summary>
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
            // Or the agent comes later: "airstrikes hit a school… The strikes were carried out by Russian jets".
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
            if (source is not null)
                events[i] = e with { Actor1 = source.Actor1, Actor1Inherited = true };
        }
        return events;
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
            && !EnteredCountry(article, p, trigger) && !SeatOfGovernment(article, p) && !InstitutionOfState(article, p)
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
        if (after.Count > 0 && after[0].Precision is PlacePrecision.Country
            && after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country) is { } finer
            && TokenAfter(article, finer.Span.Start) - TokenAfter(article, after[0].Span.End) > 3)
            after = [after[0]];
        // "flies from a base in Turkey to bomb IS in Syria": an infinitive's place follows it; the
        // places before belong to the clause it serves.
        if (after.Count > 0 && tFirst > 0 && article.TokenText(tFirst - 1) == "to")
            return after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country) ?? after[0];
        return after.FirstOrDefault(p => p.Precision is not PlacePrecision.Country)
            ?? before.LastOrDefault(p => p.Precision is not PlacePrecision.Country)
            ?? after.FirstOrDefault() ?? before.LastOrDefault();
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
    /// A trigger whose subject is its patient: "dead"/"died", or a past participle after "was/were"
    /// or one that reads as a reduced relative ("militants killed in army operations") because a
    /// preposition, not an object, follows it.
    /// </summary>
    private static bool Suffered(Article article, EventTrigger trigger, int tFirst, int tLast, bool auxiliary)
    {
        if (trigger.Cameo.StartsWith("08", StringComparison.Ordinal) || trigger.Cameo.StartsWith("15", StringComparison.Ordinal) || tFirst != tLast)
            return false;
        string word = article.TokenText(tFirst).ToLowerInvariant();
        if (word is "dead" or "died")
            return true;
        // "depots were hit overnight": irregular participles are passive only after "was/were/been".
        if (!(word.EndsWith("ed", StringComparison.Ordinal) || word is "taken" || auxiliary && word is "hit" or "struck" or "shot" or "overrun"))
            return false;
        string next = article.TokenText(tLast + 1);
        if (next.Equals("by", StringComparison.OrdinalIgnoreCase))
            return false;
        // "killed at least 12 fighters": a toll is the object, so the verb is active.
        if (!auxiliary && next is "at" && article.TokenText(tLast + 2) is "least" or "most")
            return false;
        return auxiliary || next is "in" or "at" or "near" or "during" or "while" or "when" or "." or "";
    }

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

    /// <summary>"… that Washington blamed on Assad's forces" within a few tokens after a violent act: who is accused, by whom.</summary>
    private static (List<ActorMention> Accused, List<ActorMention>? Accuser)? BlamedOn(Article article, List<ActorMention> actors, TextSpan trigger, int tLast, int end)
    {
        // "US officials blamed Moscow for the strike", "accused the regime of bombing the town".
        int tFirst = TokenStartingAt(article, trigger.Start);
        for (int k = tFirst - 1; k >= 0 && k >= tFirst - 4; k--)
        {
            if (article.TokenText(k) is not ("for" or "of" or "behind"))
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
            var accused = actors.LastOrDefault(a => a.Span.End <= article.Tokens[k].Span.Start && TokenAfter(article, a.Span.End) == k);
            int verb = accused is null ? -1 : TokenStartingAt(article, accused.Span.Start) - 1;
            if (verb >= 0 && article.TokenText(verb) is "blamed" or "blames" or "blame" or "blaming" or "accused" or "accuses" or "accuse" or "accusing")
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

    /// <summary>A country's possessive before a noun: "in America's national interest", "Syrias war" — whose, not where.</summary>
    private static bool CountryAsModifier(Article article, PlaceMention place)
    {
        // "Ankaras offensive", "Moscows role": a foreign capital's possessive is its government's, like a country's.
        bool foreignCapital = place.FeatureCode == "PPLC" && place.Country != article.FocusPlace?.Country;
        // "al-Qaeda's former Syria affiliate", "the UN Syria envoy", "Syria peace talks": a country naming what a noun is about.
        if (place.Precision is PlacePrecision.Country && article.TokenAfter(place.Span.End) is var n && n >= 0 && n < article.Tokens.Count
            && article.TokenText(n) is "affiliate" or "affiliates" or "branch" or "arm" or "wing" or "offshoot" or "franchise" or "envoy" or "envoys"
                or "war" or "conflict" or "crisis" or "talks" or "peace" or "policy" or "file" or "strategy" or "mission" or "expert" or "experts" or "analyst" or "analysts" or "director")
            return true;
        if (place.Precision is not PlacePrecision.Country && !foreignCapital || !(place.Text.EndsWith('s') || place.Text.EndsWith("'s", StringComparison.Ordinal)))
            return false;
        int t = TokenStartingAt(article, place.Span.Start);
        string next = t < 0 ? "" : article.TokenText(t + 1);
        // A headline capitalises the noun: "Halt Russias Bombing of Hospitals" — unless a place follows ("Syrias Idlib").
        bool headlineNoun = next.Length > 0 && char.IsUpper(next[0]) && !article.Places.Any(p => p.Span.Start == article.Tokens[t + 1].Span.Start)
            && article.Sentences.FirstOrDefault(x => x.Contains(place.Span)) is var sentence && HeadlineCase(article, sentence);
        return next.Length > 0 && (char.IsLower(next[0]) || next[0] is '"' or '“' || headlineNoun);
    }

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
            || EventTriggers.Default.TryMatch(article, t - 1, out var verb, out _) && verb.Plover is "ACCUSE" or "REJECT" or "THREATEN");
    }

    /// <summary>A country named as a backer, not a location: "backed by Russia", "its ally Russia".</summary>
    private static bool NamesBacker(Article article, PlaceMention place)
    {
        if (place.Precision is not PlacePrecision.Country)
            return false;
        int t = TokenStartingAt(article, place.Span.Start);
        return t > 0 && article.TokenText(t - 1) is "by" or "ally" or "allies" or "Ally";
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
        // "the first U.S. air strikes in Iraq since the withdrawal of 2011" is news, measured against history.
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
                // "since 2012", "since the start of the war", "since the regime cracked down … in March 2011"
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

    /// <summary>Generic fighting (190) is the least specific; otherwise longer codes are finer.</summary>
    private static int Specificity(EventTrigger trigger) => trigger.Cameo == "190" ? 0 : trigger.Cameo.Length;

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
        for (int i = 1; i < ordered.Count; i++)
        {
            var (a, b) = last ? (ordered[i], group[^1]) : (group[^1], ordered[i]);
            if (a.Span == b.Span || Joined(article.Text.AsSpan(a.Span.End, Math.Max(0, b.Span.Start - a.Span.End))))
                group.Add(ordered[i]);
            else
                break;
        }
        return group.DistinctBy(a => (a.Span, a.Code)).OrderBy(a => a.Span.Start).ToList();
    }

    private static bool Joined(ReadOnlySpan<char> between)
    {
        string raw = between.ToString().Trim();
        // "Vladimir Putin and Turkish counterpart Recep Tayyip Erdogan"
        if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"^(and|,)( (his|her|the|its))?( [A-Z][a-z]+)? counterparts?$"))
            return true;
        // "Iraq and Jordan and their backer Britain": a partner introduced by what it is to the others.
        if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"^and( (the|its|their))?( [a-z]+)? (backer|backers|supporter|supporters|ally|allies|sponsor|sponsors|patron|partner|partners)$"))
            return true;
        string gap = raw.ToLowerInvariant();
        // An empty gap is a list whose commas the copy lost ("Hezbollah Syrian Army kill two commanders").
        return gap is "" or "and" or "," or "(" or "and the" or "with" or "with the" or "as well as" or "as well as the"
            or "and pro-government" or "and pro-regime" or "and allied" or "and their allied" or "and its allied" or "alongside" or "alongside the" or "and units of" or "and units of the" or "together with" or "together with the";
    }

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

    /// <summary>The start of the agent in "… of X by Y" within a few tokens after a nominal trigger, or after "carried out by" in its clause; else null.</summary>
    private static int? ByAgent(Article article, int tFirst, int tLast, int end, int clauseEnd, bool verbal = false)
    {
        // A verb's "by" must follow it at once ("attacked by jets"); later it belongs to its object ("rejected a plea by Kerry").
        // "called for action by the UN": the verb may end in a particle; its "by" belongs to the object too.
        int reach = verbal || article.TokenText(tLast).EndsWith("ed", StringComparison.Ordinal) || article.TokenText(tFirst).EndsWith("ed", StringComparison.Ordinal) ? 1 : 5;
        for (int k = tLast + 1; k < end && k <= tLast + reach; k++)
        {
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

    /// <summary>The token of a verb declaring a truce a few words before it ("declared a 48-hour truce"), or -1.</summary>
    private static int Declared(Article article, int first, int tFirst) =>
        Preceding(first, tFirst, 4).LastOrDefault(k => article.TokenText(k).ToLowerInvariant() is "declared" or "declares" or "declare" or "announced"
            or "announces" or "announce" or "unilateral" or "proclaimed", -1);

    private static readonly System.Text.RegularExpressions.Regex s_ofNameColon = new(@"\G\s+of\s+\p{Lu}[\w-]*(\s+\p{Lu}[\w-]*){0,2}\s*:", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"Syrian rebels: …", "Interim Minister of Health: …": an actor naming the source of a headline's claim.</summary>
    private static bool BeforeColon(Article article, ActorMention actor) =>
        article.Text.AsSpan(actor.Span.End).TrimStart(' ').StartsWith(":") || s_ofNameColon.IsMatch(article.Text, actor.Span.End);

    /// <summary>The resolved speaker of the quotation holding <paramref name="span"/>, if any.</summary>
    private static ActorMention? QuotedSpeaker(Article article, TextSpan span) =>
        article.Quotes.FirstOrDefault(q => q.Span.Contains(span))?.Speaker;

    private static bool AmongTheDead(Article article, ActorMention actor, int tFirst)
    {
        int k = article.TokenAfter(actor.Span.End);
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

    /// <summary>A model designation ("Su-34", "Tu-22M3", "B-52") or a class of aircraft ("strategic", "long-range") before "bomber".</summary>
    private static bool AircraftBefore(string word) =>
        word.ToLowerInvariant() is "strategic" or "long-range" or "heavy" or "stealth" or "fighter" or "jet" or "russian-made"
        || word.IndexOf('-') is > 0 and var dash && dash + 1 < word.Length && char.IsUpper(word[0]) && char.IsDigit(word[dash + 1]);

    /// <summary>
    /// Whether the trigger stands in a question opened by an auxiliary ("Does…", "Or is it…") and closed by "?"
    /// before the sentence or quotation ends; the clause starts after the last quotation mark before the trigger.
    /// </summary>
    private static bool YesNoQuestion(Article article, TextSpan sentence, int first, int tFirst, int tLast)
    {
        int start = first;
        for (int k = first; k < tFirst; k++)
            if (article.TokenText(k) is "“" or "\"")
                start = k + 1;
        if (article.TokenText(start) is "Or" or "And" or "But" or "So")
            start++;
        if (article.TokenText(start).ToLowerInvariant() is not ("does" or "do" or "did" or "is" or "are" or "was" or "were" or "will" or "would" or "can" or "could"
                or "should" or "shall" or "has" or "have" or "had" or "isn't" or "doesn't" or "won't" or "wouldn't"))
            return false;
        for (int k = tLast + 1; k < article.Tokens.Count && article.Tokens[k].Span.End <= sentence.End; k++)
        {
            if (article.TokenText(k) == "?")
                return true;
            if (article.TokenText(k) is "." or "“" or "\"" or "”")
                return false;
        }
        return false;
    }

    private static (Modality, List<ActorMention>?) Modality(Article article, TextSpan sentence, int first, int tFirst, int tLast, List<ActorMention> actor1)
    {
        string Word(int i) => article.TokenText(i);
        for (int t = Math.Max(first, tFirst - 3); t < tFirst; t++)
        {
            if (s_negations.Contains(Word(t)))
                return (Model.Modality.Negated, null);
        }
        // "its jets were not responsible for the raid", "had no role in the attack": a denial of the act.
        for (int t = Math.Max(first, tFirst - 6); t < tFirst - 1; t++)
        {
            if (Word(t) is "not" or "no" && Word(t + 1) is "responsible" or "role" or "involvement" or "part" or "behind")
                return (Model.Modality.Denied, actor1.Count > 0 ? actor1 : null);
        }
        // "the failure to condemn", "failed to reach a deal": what did not happen (adverbs may come between).
        // "the failure of the UN to condemn" too: a failure word shortly before the infinitive's "to".
        int to = Preceding(first, tFirst, 5).LastOrDefault(k => Word(k) == "to", -1);
        for (int t = Math.Max(first, to - 7); to > 0 && t < to; t++)
        {
            if (Word(t) is "failure" or "failed" or "fails" or "fail" or "failing" or "refusal" or "refused" or "refuses" or "unwilling" or "unable")
                return (Model.Modality.Negated, null);
        }
        for (int t = first; t < tFirst; t++)
        {
            string w = Word(t);
            if (w.StartsWith("claim", StringComparison.OrdinalIgnoreCase))
                return (Model.Modality.Claimed, actor1.Count > 0 ? actor1 : null);
            // "denies using gas and has since blamed the rebels": a new clause after "and"/"but" is not denied.
            if ((w.StartsWith("denie", StringComparison.OrdinalIgnoreCase) || w.StartsWith("deny", StringComparison.OrdinalIgnoreCase))
                && !Enumerable.Range(t + 1, Math.Max(0, tFirst - t - 1)).Any(k => Word(k) is "but" or "while" || Word(k) == "and" && Word(k + 1) is "has" or "have" or "had" or "in" or "then" or "later" or "also"))
            {
                // "the rebels denied that the town had fallen": who denies is the verb's subject, not the act's agent.
                if (Word(t + 1) == "that")
                {
                    var deniers = Coordinated(article, article.ActorsWithin(sentence).Where(a => a.Span.End <= article.Tokens[t].Span.Start).ToList(), last: true);
                    return (Model.Modality.Denied, deniers.Count > 0 ? deniers : null);
                }
                return (Model.Modality.Denied, actor1.Count > 0 ? actor1 : null);
            }
        }
        // "will be sent", "to launch a large-scale attack" — but "their move to occupy the town" is the act itself.
        // "would respond to any strikes", "possible attacks": acts that may never come.
        // "any air force strikes": the qualifier may stand before a modifier or two.
        for (int t = tFirst - 1; t >= Math.Max(first, tFirst - 3); t--)
        {
            if (Word(t) is "any" or "possible" or "potential" or "future" or "further")
                return (Model.Modality.Hypothetical, null);
            // "prospects for a deal", "hopes of a truce", "chances of talks".
            if (Word(t) is "of" or "for" && Word(t - 1).ToLowerInvariant() is "prospects" or "prospect" or "hopes" or "hope" or "chances" or "chance" or "possibility")
                return (Model.Modality.Hypothetical, null);
            if (Word(t) is not ("air" or "force" or "new" or "more" or "military" or "aerial" or "ground" or "a" or "an" or "the"))
                break;
        }
        // "the rebel-held zone braces for renewed bombardment", "residents fear an assault": dreaded, not done.
        if (Preceding(first, tFirst, 5).Any(k => article.TokenText(k).ToLowerInvariant() is "brace" or "braces" or "bracing" or "braced" or "fear" or "fears" or "feared" or "fearing" or "dread" or "dreading")
            && !Enumerable.Range(Math.Max(first, tFirst - 5), Math.Max(0, tFirst - Math.Max(first, tFirst - 5))).Any(k => article.TokenText(k) is "after" or "since" or "as" or "when"))
            return (Model.Modality.Hypothetical, null);
        // "the defenders say they are ready for any raid", "prepared for attacks": readiness for an act that has not come.
        if (Preceding(first, tFirst, 4).Any(k => Word(k) == "for" && Word(k - 1).ToLowerInvariant() is "prepared" or "well-prepared" or "unprepared" or "ready"))
            return (Model.Modality.Hypothetical, null);
        // "did not say whether any fighters were also killed": an open question, not a report. Not "unclear whether
        // the strike was carried out by Syrian or Russian jets", where only the agent is in doubt.
        // "the monitor tells whose jets fly the raids from their flight paths": an indirect question, a method, no raid.
        if (Preceding(first, tFirst, 4).Any(k => Word(k) is "whose" or "which" && Word(k - 1).ToLowerInvariant() is "determines" or "determine" or "identifies" or "identify"
                or "tell" or "tells" or "know" or "knows" or "establish" or "establishes" or "distinguish" or "distinguishes"))
            return (Model.Modality.Hypothetical, null);
        if (Preceding(first, tFirst, 6).Any(k => Word(k) == "whether")
            && !Enumerable.Range(tLast + 1, 5).Any(k => Word(k) is "by" or "carried" or "conducted"))
            return (Model.Modality.Hypothetical, null);
        // "Does the shift mean a wish to slow the offensive?", "Or is it a way to free the city?": a yes-no
        // question asks whether an act will be, it reports none. A wh-question ("Who shelled the town?") presumes its act.
        if (YesNoQuestion(article, sentence, first, tFirst, tLast))
            return (Model.Modality.Hypothetical, null);
        // "the coalition reserves the right to strike them": an entitlement, not a plan.
        if (Word(tFirst - 1) == "to" && Word(tFirst - 2) is "right" or "rights")
            return (Model.Modality.Hypothetical, null);
        // "Its capture would be a big prize": an act valued before it happens. Not "the attack would
        // continue" (a plan in reported speech), nor "gunfire could still be heard" (a report).
        if (Word(tLast + 1) is "would" or "could" or "might" && Word(tLast + 2) == "be" && Word(tLast + 3) is "a" or "an")
            return (Model.Modality.Hypothetical, null);
        // "managed to dispatch aid", "was able to deliver", "continued to pound": done, not planned.
        // "points to sarin", "exposure to gas", "in response to the attack": a preposition, no infinitive.
        bool toInfinitive = Word(tFirst - 1) is "to" && Word(tFirst - 2) is not ("move" or "moves" or "managed" or "able" or "succeeded" or "continued" or "continue" or "continues" or "continuing"
            or "began" or "begins" or "begin" or "started" or "starts" or "point" or "points" or "pointed" or "pointing" or "led" or "lead" or "leads" or "exposure" or "exposed"
            or "due" or "response" or "reaction" or "linked" or "related" or "subjected" or "according" or "prior" or "contributed" or "return" or "returned"
            or "amounted" or "amount" or "amounts" or "tantamount")
            // "the latest bomb attack to strike the town": an act described, not planned.
            && !(tFirst >= 2 && EventTriggers.Default.TryMatch(article, tFirst - 2, out var described, out int describedLast) && describedLast == tFirst - 2 && described.Plover == "ASSAULT");
        // "pledged to keep fighting", "vowed to continue the offensive".
        if (Word(tFirst - 1) is "keep" or "continue" && Word(tFirst - 2) == "to" && Word(tFirst - 3) is not ("continued" or "managed" or "able"))
            toInfinitive = true;
        // "preparing to mount a new attack", "to launch a wide offensive".
        for (int t = Math.Max(first, tFirst - 5); t + 1 < tFirst && !toInfinitive; t++)
        {
            if (Word(t) == "to" && Word(t + 1) is "launch" or "mount" or "stage" or "conduct" or "carry" or "wage" or "start" or "begin" or "resume"
                && Enumerable.Range(t + 2, tFirst - t - 2).All(k => char.IsLower(Word(k).FirstOrDefault()) && !s_saying.Contains(Word(k))))
                toInfinitive = Word(t - 1) is not ("managed" or "continued" or "able");
        }
        // "gases believed to be sarin": what something is said to be, not a plan.
        bool toBeSaid = Word(tFirst - 1) == "be" && Word(tFirst - 2) == "to" && Word(tFirst - 3) is "believed" or "thought" or "said" or "reported" or "appeared" or "seemed" or "likely" or "understood" or "known" or "suspected";
        if (tFirst - 1 >= first && !toBeSaid && (toInfinitive || Word(tFirst - 1) is "will" or "would" || Word(tFirst - 2) is "will" or "to" && Word(tFirst - 1) is "be" or "also"))
            return (Model.Modality.Planned, null);

        // Reported speech: inside a quotation, or after "X said (that)", or a headline's "X: …".
        var trigger = article.Tokens[tFirst].Span;
        if (article.ActorsWithin(sentence).LastOrDefault(a => a.Span.End <= trigger.Start && BeforeColon(article, a)) is { } source)
            return (Model.Modality.Claimed, [source]);
        if (article.Quotes.FirstOrDefault(q => q.Span.Contains(trigger)) is { } quote)
            return (Model.Modality.Claimed, quote.Speaker is { } s ? [s] : null);
        for (int t = first; t < tFirst; t++)
        {
            if (s_saying.Contains(Word(t)))
            {
                var speaker = article.ActorsWithin(sentence).LastOrDefault(a => a.Span.End <= article.Tokens[t].Span.Start);
                return (Model.Modality.Claimed, speaker is null ? null : [speaker]);
            }
        }
        // "…, the army said" after the event.
        for (int t = tLast + 1; t < article.Tokens.Count && article.Tokens[t].Span.End <= sentence.End; t++)
        {
            if (s_saying.Contains(Word(t)))
            {
                // The speaker stands at the verb: "…, the army said", "…, said the army" — not an actor of the clause before the comma.
                var speaker = article.ActorsWithin(sentence).FirstOrDefault(a => Math.Abs(a.Span.Start - article.Tokens[t].Span.Start) < 40 && a.Span.Start > trigger.End
                    && (a.Span.Start > article.Tokens[t].Span.Start || !article.Text.AsSpan(a.Span.End, Math.Max(0, article.Tokens[t].Span.Start - a.Span.End)).ContainsAny(",;")));
                return (Model.Modality.Claimed, speaker is null ? null : [speaker]);
            }
        }
        return (Model.Modality.Asserted, null);
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

    private static bool Speaks(Article article, ActorMention actor)
    {
        int next = TokenAfter(article, actor.Span.End);
        // "warplanes, according to the Observatory": "according" names the next actor as the source, not this one.
        return next >= 0 && article.TokenText(next) != "according" && (s_saying.Contains(article.TokenText(next)) || article.TokenText(next) is "added" or "announced" or "reported" or "confirmed");
    }

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
            for (int k = Math.Max(first, t - 7); k < Math.Min(end, t + 4); k++)
            {
                // "24 December 2016 … executions": a number inside a date is no toll.
                if (k == t || article.Dates.Any(d => d.Span.Contains(article.Tokens[k].Span)))
                    continue;
                if (Count(article.TokenText(k)) is { } n)
                    return (n, article.TokenText(k));
                if (article.TokenText(k) is "dozens" or "scores" or "hundreds" or "Dozens" or "Scores" or "Hundreds")
                    return (null, article.TokenText(k));
            }
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
            if (part is "a" or "an" || !Recognition.Dates.CalendarWords.Default.TryCount(part, out int v))
                return null;
            total += v;
        }
        return total > 0 ? total : null;
    }
}
