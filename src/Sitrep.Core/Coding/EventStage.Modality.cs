using Sitrep.Model;
using Sitrep.Recognition.Actors;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// How the text holds an event: asserted, claimed (and by whom), denied, planned, negated or hypothetical.
/// </summary>
public sealed partial class EventStage
{
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

    private static readonly HashSet<string> s_claimNounsOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "report", "allegation", "accusation", "charge",
    };

    private static bool IsClaimNoun(string word) => s_claimNouns.Contains(word) || s_claimNounsOne.Contains(word);

    /// <summary>
    /// "The army said it had taken the town. The rebels denied the claim.": a denial of a claim told before is
    /// that act again, denied by whoever denies it, kept beside the claim (contested claims side by side) with the
    /// denial's sentence as its evidence. The claim is the nearest act someone else claimed, earlier in the
    /// sentence or in the two before; statements and accusations are skipped for the act they are about.
    /// </summary>
    private static List<EventMention> DeniedClaims(Article article, List<EventMention> events)
    {
        List<EventMention>? denials = null;
        int token = 0;
        for (int si = 0; si < article.Sentences.Count; si++)
        {
            var sentence = article.Sentences[si];
            for (; token < article.Tokens.Count && article.Tokens[token].Span.End <= sentence.End; token++)
            {
                if (!ClaimWords.DenyingVerbs.Contains(article.TokenText(token)))
                    continue;
                int noun = token + 1;
                if (article.TokenText(noun).ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "such" or "any" or "all")
                    noun++;
                // "denied Turkish claims that it had shelled the town", "rejected Ankara's accusations that…": the claim
                // told here is its claimant's, kept beside the denial of it.
                if (ClaimantBefore(article, sentence, noun) is var (claimant, claimNoun) && article.TokenText(claimNoun + 1) == "that")
                {
                    foreach (var denied in events.Where(e => e.Modality == Model.Modality.Denied && e.Span.Start > article.Tokens[claimNoun].Span.End && sentence.Contains(e.Span)
                        && e.Root is not ("01" or "11")))
                        (denials ??= []).Add(denied with { Modality = Model.Modality.Claimed, ClaimedBy = [claimant] });
                    continue;
                }
                string word = article.TokenText(noun);
                // "denied reports that jets hit the town", "rejected claims of a massacre": the claim is told here, not before.
                if (!IsClaimNoun(word) || article.TokenText(noun + 1) is "that" or "of" or "about" or "by" or "from")
                    continue;
                var start = article.Tokens[token].Span.Start;
                var deniers = Coordinated(article, article.ActorsWithin(sentence).Where(a => a.Span.End <= start).ToList(), last: true).DistinctBy(a => a.Code).ToList();
                if (deniers.Count == 0)
                    continue;
                int from = article.Sentences[Math.Max(0, si - 2)].Start;
                var claim = events.LastOrDefault(e => e.Modality == Model.Modality.Claimed && e.Span.End <= start && e.Sentence.Start >= from
                    && e.Root is not ("01" or "11") && !(e.ClaimedBy ?? []).Any(c => deniers.Any(d => d.Code == c.Code)));
                if (claim is null)
                    continue;
                var span = new TextSpan(start, article.Tokens[noun].Span.End);
                (denials ??= []).Add(claim with { Modality = Model.Modality.Denied, ClaimedBy = deniers, Sentence = sentence, Span = span, Trigger = article.Text[span.Start..span.End] });
            }
        }
        return denials is null ? events : [.. events.Concat(denials).OrderBy(e => e.Span.Start)];
    }

    /// <summary>"Turkish claims", "Ankara's accusations": an actor at <paramref name="k"/> followed (past a possessive) by a claim noun, and that noun.</summary>
    private static (ActorMention Claimant, int Noun)? ClaimantBefore(Article article, TextSpan sentence, int k)
    {
        if (k < 0 || k >= article.Tokens.Count)
            return null;
        var claimant = article.ActorsWithin(sentence).FirstOrDefault(a => a.Span.Start == article.Tokens[k].Span.Start);
        if (claimant is null)
            return null;
        int noun = article.TokenAfter(claimant.Span.End);
        if (noun > 0 && article.TokenText(noun) is "'s" or "’s")
            noun++;
        return noun > 0 && IsClaimNoun(article.TokenText(noun)) ? (claimant, noun) : null;
    }

    /// <summary>Token <paramref name="k"/>, or past a claimant standing there ("Turkish claims", "Turkey's accusations") the claim noun.</summary>
    private static int PastClaimant(Article article, TextSpan sentence, int k) =>
        ClaimantBefore(article, sentence, k) is var (_, noun) ? noun : k;

    /// <summary>
    /// A saying verb after <paramref name="said"/> and before the act that a contrast ("while", "whereas", "but", ";")
    /// opens, with the actor between them as its speaker (null when the one who speaks there is no actor).
    /// </summary>
    private static (int Verb, ActorMention? Speaker)? LaterSpeaker(Article article, TextSpan sentence, int said, int tFirst)
    {
        (int, ActorMention?)? found = null;
        int opener = -1;
        for (int k = said + 1; k < tFirst; k++)
        {
            string w = article.TokenText(k);
            if (w is "while" or "whereas" or "but" or ";")
                opener = k;
            else if (opener >= 0 && s_saying.Contains(w))
            {
                int from = article.Tokens[opener].Span.End, to = article.Tokens[k].Span.Start;
                found = (k, article.ActorsWithin(sentence).LastOrDefault(a => a.Span.Start >= from && a.Span.End <= to));
                opener = -1;
            }
        }
        return found;
    }

    /// <summary>
    /// "… shells killed nine people says a London-based rights monitor.": an actor just after a trailing verb of saying that
    /// ends the clause (the sentence, a comma, a date or "on"/"in" follows) is the speaker, even where the copy lost the
    /// comma that would part it from the actor before the verb. Null when none.
    /// </summary>
    private static ActorMention? InvertedSpeaker(Article article, TextSpan sentence, int verb)
    {
        // "… a source told SANA": who is told listens.
        if (article.TokenText(verb) == "told")
            return null;
        var next = article.ActorsWithin(sentence).FirstOrDefault(a => a.Span.Start > article.Tokens[verb].Span.Start);
        if (next is null)
            return null;
        int a0 = TokenAfter(article, next.Span.Start);
        if (a0 <= verb || a0 - verb > 4 || Enumerable.Range(verb + 1, a0 - verb - 1).Any(k => article.Tokens[k].Kind != TokenKind.Word))
            return null;
        int after = TokenAfter(article, next.Span.End);
        return after < 0 || article.Tokens[after].Span.Start >= sentence.End || article.Tokens[after].Kind != TokenKind.Word
            || article.TokenText(after) is "on" or "in" or "late" or "earlier" or "today" or "yesterday"
            || article.Dates.Any(d => d.Span.Contains(article.Tokens[after].Span)) ? next : null;
    }

    /// <summary>Whether "while", "whereas" or "but" (then perhaps "the") stands just before the speaker.</summary>
    private static bool ContrastOpens(Article article, ActorMention speaker)
    {
        int k = article.TokenAfter(speaker.Span.Start) - 1;
        if (k > 0 && article.TokenText(k) is "the" or "The")
            k--;
        return k >= 0 && article.TokenText(k) is "while" or "whereas" or "but";
    }

    private static (Modality, List<ActorMention>?) Modality(Article article, TextSpan sentence, int first, int tFirst, int tLast, List<ActorMention> actor1)
    {
        string Word(int i) => article.TokenText(i);
        // "unclear whether the strike on the town was carried out by Syrian or Russian jets", "could not tell if the
        // strike was Turkish": only the agent is in doubt.
        bool AgentInDoubt(int last) => Enumerable.Range(last + 1, 15)
            .TakeWhile(k => k < article.Tokens.Count && article.Tokens[k].Span.End <= sentence.End)
            .Any(k => Word(k) is "by" or "carried" or "conducted" || Word(k) is "was" or "were" && char.IsUpper(Word(k + 1).FirstOrDefault()));
        // "did not deny that airstrikes hit the town": a denial withheld negates nothing.
        bool Withheld(int denial) => denial > first && (s_negations.Contains(Word(denial - 1)) || denial > first + 1 && s_negations.Contains(Word(denial - 2)) && Word(denial - 1).EndsWith("ly", StringComparison.Ordinal));
        bool IsDenial(string w) => w.StartsWith("denie", StringComparison.OrdinalIgnoreCase) || w.StartsWith("deny", StringComparison.OrdinalIgnoreCase);
        // "if the townsfolk were able to get away, few would remain": a condition, not a report.
        bool Conditional() => Preceding(first, tFirst, 5).LastOrDefault(k => Word(k) is "if" or "If" or "unless" or "Unless", -1) is >= 0 and var condition
            && Word(condition - 1) is not ("as" or "even" or "As" or "Even")
            && !Enumerable.Range(condition + 1, tFirst - condition - 1).Any(k => Word(k) is "," or ";") && !AgentInDoubt(tLast);
        for (int t = Math.Max(first, tFirst - 3); t < tFirst; t++)
        {
            // "it would strike if they did not withdraw": a condition, negated or not, reports nothing done or undone.
            if (s_negations.Contains(Word(t)) && !(t + 1 < tFirst && IsDenial(Word(t + 1))))
                return (Conditional() ? Model.Modality.Hypothetical : Model.Modality.Negated, null);
        }
        // "vetoed a resolution condemning the attack", "failed to agree on a draft condemning it": what the document
        // would have said was never said.
        if (Word(tFirst).EndsWith("ing", StringComparison.Ordinal) && tFirst - 1 > first && s_documents.Contains(Word(tFirst - 1))
            && Preceding(first, tFirst - 1, 6).Any(k => Word(k).ToLowerInvariant() is "vetoed" or "veto" or "vetoes" or "vetoing" or "failed" or "fail" or "fails"
                or "blocked" or "blocks" or "block" or "rejected" or "rejects"))
            return (Model.Modality.Negated, null);
        // "abstaining from releasing the detainees", "refrained from striking": held back, not done.
        if (tFirst - 2 >= first && Word(tFirst - 1) == "from" && Word(tFirst - 2).ToLowerInvariant() is "abstaining" or "abstained" or "abstain" or "abstains"
                or "refraining" or "refrained" or "refrain" or "refrains")
            return (Model.Modality.Negated, null);
        // "its jets were not responsible for the raid", "had no role in the attack": a denial of the act.
        for (int t = Math.Max(first, tFirst - 6); t < tFirst - 1; t++)
        {
            // "had not been responsible", "was never behind": the perfect or "never" deny as well.
            int held = Word(t + 1) == "been" ? t + 2 : t + 1;
            if (Word(t) is "not" or "no" or "never" && held < tFirst && Word(held) is "responsible" or "role" or "involvement" or "part" or "behind")
                return (Model.Modality.Denied, actor1.Count > 0 ? actor1 : null);
        }
        // "the failure to condemn", "failed to reach a deal": what did not happen (adverbs may come between).
        // "the failure of the UN to condemn" too: a failure word shortly before the infinitive's "to".
        int to = Preceding(first, tFirst, 5).LastOrDefault(k => Word(k) == "to", -1);
        // Not an act named after a preposition in the infinitive's phrase: "failing to act against the raids on clinics".
        bool topicOfInfinitive = to > 0 && Enumerable.Range(to + 1, Math.Max(0, tFirst - to - 1)).Any(k => Word(k) is "over" or "on" or "against" or "about" or "after" or "for" or "of" or "into");
        for (int t = Math.Max(first, to - 7); to > 0 && !topicOfInfinitive && t < to; t++)
        {
            if (Word(t) is "failure" or "failed" or "fails" or "fail" or "failing" or "refusal" or "refused" or "refuses" or "unwilling" or "unable")
                return (Model.Modality.Negated, null);
        }
        for (int t = first; t < tFirst; t++)
        {
            string w = Word(t);
            // "Russia rejected claims that its jets bombed the town", "dismissed reports that…": the act is denied, by
            // the one who rejects the claim, not claimed.
            // "rejected Turkish claims that…": a claimant may stand before the noun.
            int rejected = PastClaimant(article, sentence, Word(t + 1) == "the" ? t + 2 : t + 1);
            if (w.ToLowerInvariant() is "rejected" or "rejects" or "rejecting" or "dismissed" or "dismisses" or "dismissing" or "refuted" or "refutes" or "denounced"
                && s_claimNouns.Contains(Word(rejected))
                && !Enumerable.Range(t + 1, Math.Max(0, tFirst - t - 1)).Any(k => Word(k) is "but" or "while" or ";"))
            {
                var rejecters = Coordinated(article, article.ActorsWithin(sentence).Where(a => a.Span.End <= article.Tokens[t].Span.Start).ToList(), last: true);
                return (Model.Modality.Denied, rejecters.Count > 0 ? rejecters : null);
            }
            if (w.StartsWith("claim", StringComparison.OrdinalIgnoreCase))
                return (Model.Modality.Claimed, actor1.Count > 0 ? actor1 : null);
            // "denies using gas and has since blamed the rebels": a new clause after "and"/"but" is not denied.
            if (IsDenial(w) && !Withheld(t)
                && !Enumerable.Range(t + 1, Math.Max(0, tFirst - t - 1)).Any(k => Word(k) is "but" or "while" || Word(k) == "and" && Word(k + 1) is "has" or "have" or "had" or "in" or "then" or "later" or "also"))
            {
                // "the rebels denied that the town had fallen", "Russia denied reports that its jets…": who denies is the
                // verb's subject, not the act's agent.
                int claimNoun = PastClaimant(article, sentence, Word(t + 1) is "the" or "these" or "those" ? t + 2 : t + 1);
                if (Word(t + 1) == "that" || IsClaimNoun(Word(claimNoun)) && Word(claimNoun + 1) == "that")
                {
                    var deniers = Coordinated(article, article.ActorsWithin(sentence).Where(a => a.Span.End <= article.Tokens[t].Span.Start).ToList(), last: true).DistinctBy(a => a.Code).ToList();
                    return (Model.Modality.Denied, deniers.Count > 0 ? deniers : null);
                }
                return (Model.Modality.Denied, actor1.Count > 0 ? actor1 : null);
            }
        }
        // "will be sent", "to mount a broad assault" — but "their move to occupy the town" is the act itself.
        // "would respond to any strikes", "possible attacks": acts that may never come.
        // "any air force strikes": the qualifier may stand before a modifier or two.
        for (int t = tFirst - 1; t >= Math.Max(first, tFirst - 3); t--)
        {
            if (Word(t) is "any" or "possible" or "potential" or "future" or "further")
                return (Model.Modality.Hypothetical, null);
            // "prospects for a deal", "hopes of a truce", "chances of talks".
            if (Word(t) is "of" or "for" && Word(t - 1).ToLowerInvariant() is "prospects" or "prospect" or "hopes" or "hope" or "chances" or "chance" or "possibility")
                return (Model.Modality.Hypothetical, null);
            // "any Israeli strike", "future US raids": a demonym or name may stand between too.
            if (Word(t) is not ("air" or "force" or "new" or "more" or "military" or "aerial" or "ground" or "a" or "an" or "the") && !(t > first && char.IsUpper(Word(t).FirstOrDefault())))
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
        if (Conditional())
            return (Model.Modality.Hypothetical, null);
        if (Preceding(first, tFirst, 6).Any(k => Word(k) == "whether")
            && !AgentInDoubt(tLast))
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
        // "in addition to killing 27": after "to", a word in -ing is a gerund, never an infinitive.
        // "aid to besieged Azaz": after "to", a past participle is an adjective; no infinitive ends in -ed.
        bool toInfinitive = Word(tFirst - 1) is "to" && !Word(tFirst).EndsWith("ing", StringComparison.Ordinal)
            && !(Word(tFirst).Length > 4 && Word(tFirst).EndsWith("ed", StringComparison.Ordinal)) && Word(tFirst - 2) is not ("move" or "moves" or "managed" or "able" or "succeeded" or "continued" or "continue" or "continues" or "continuing"
            or "began" or "begins" or "begin" or "started" or "starts" or "point" or "points" or "pointed" or "pointing" or "led" or "lead" or "leads" or "exposure" or "exposed"
            or "due" or "response" or "reaction" or "linked" or "related" or "subjected" or "according" or "prior" or "contributed" or "return" or "returned"
            or "amounted" or "amount" or "amounts" or "tantamount")
            // "the latest bomb attack to strike the town": an act described, not planned.
            && !(tFirst >= 2 && EventTriggers.TryMatchAct(article, tFirst - 2, out var described, out int describedLast) && describedLast == tFirst - 2 && described.Plover == "ASSAULT");
        // "pledged to keep fighting", "vowed to continue the offensive".
        if (Word(tFirst - 1) is "keep" or "continue" && Word(tFirst - 2) == "to" && Word(tFirst - 3) is not ("continued" or "managed" or "able"))
            toInfinitive = true;
        // "operatives plotting attacks", "a planned offensive".
        if (Plotted(article, first, tFirst))
            toInfinitive = true;
        // "preparing to mount a new attack", "to launch a wide offensive", "will launch an offensive next week".
        for (int t = Math.Max(first, tFirst - 5); t + 1 < tFirst && !toInfinitive; t++)
        {
            if (Word(t) is "to" or "will" or "would" or "shall" && Word(t + 1) is "launch" or "mount" or "stage" or "conduct" or "carry" or "wage" or "start" or "begin" or "resume"
                && Enumerable.Range(t + 2, tFirst - t - 2).All(k => char.IsLower(Word(k).FirstOrDefault()) && !s_saying.Contains(Word(k))))
                toInfinitive = Word(t - 1) is not ("managed" or "continued" or "able");
        }
        // "to make the militia pull back", "to force the rebels to withdraw": an act caused after an infinitive is as
        // unrealised as the infinitive.
        for (int t = Math.Max(first, tFirst - 6); t + 2 < tFirst && !toInfinitive; t++)
        {
            if (Word(t) == "to" && Word(t + 1) is "make" or "let" or "have" or "get" or "help"
                && Enumerable.Range(t + 2, tFirst - t - 2).All(k => Word(k) is not ("," or "and" or "but" or "which" or "that" or "who") && !s_saying.Contains(Word(k)))
                && article.ActorsWithin(sentence).Any(a => a.Span.Start >= article.Tokens[t + 2].Span.Start && a.Span.End <= article.Tokens[tFirst].Span.Start))
                toInfinitive = Word(t - 1) is not ("managed" or "continued" or "able");
        }
        // "agreed to allow aid convoys into the town", "to permit the evacuation": what is to be allowed has not happened yet.
        for (int t = Math.Max(first, tFirst - 4); t + 1 < tFirst && !toInfinitive; t++)
        {
            if (Word(t) == "to" && Word(t + 1) is "allow" or "permit" or "enable" or "authorise" or "authorize" or "facilitate"
                && Enumerable.Range(t + 2, tFirst - t - 2).All(k => char.IsLower(Word(k).FirstOrDefault()) && !s_saying.Contains(Word(k))))
                toInfinitive = Word(t - 1) is not ("managed" or "continued" or "able");
        }
        // "parliament approved sending troops", "authorised the deployment of": an act approved is yet to be done.
        // Approving a deal is making it.
        if (!toInfinitive && Word(tFirst).ToLowerInvariant() is not ("deal" or "deals" or "agreement" or "agreements" or "accord" or "truce" or "ceasefire"))
            toInfinitive = Enumerable.Range(Math.Max(first, tFirst - 3), Math.Min(3, tFirst - first)).Any(t =>
                Word(t).ToLowerInvariant() is "approved" or "approves" or "approve" or "authorised" or "authorized" or "authorises" or "authorizes" or "sanctioned" or "endorsed"
                && Enumerable.Range(t + 1, tFirst - t - 1).All(k => Word(k) is "the" or "a" or "an"));
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
                // "soldiers are said to have been killed": a claim with no speaker named, not the soldiers' own.
                if (t > first && s_passiveAuxiliaries.Contains(Word(t - 1)))
                    return (Model.Modality.Claimed, null);
                var speaker = article.ActorsWithin(sentence).LastOrDefault(a => a.Span.End <= article.Tokens[t].Span.Start);
                // "the rebels say they hold the town, while the army says it has taken it": a later speaker set against
                // the first reports what follows its own verb. One that is no actor ("but a reporter there says") is no one's.
                if (LaterSpeaker(article, sentence, t, tFirst) is var (_, later))
                    speaker = later;
                return (Model.Modality.Claimed, speaker is null ? null : [speaker]);
            }
        }
        // "…, the army said" after the event.
        for (int t = tLast + 1; t < article.Tokens.Count && article.Tokens[t].Span.End <= sentence.End; t++)
        {
            if (s_saying.Contains(Word(t)))
            {
                // "The capture of the town by rebels was announced on Monday": a passive report names no speaker.
                if (s_passiveAuxiliaries.Contains(Word(t - 1)) && Word(t + 1) != "by")
                    return (Model.Modality.Claimed, null);
                // The speaker stands at the verb: "…, the army said", "…, said the army" — not an actor of the clause before the comma.
                // Before the verb, the actor nearest it: "… struck the rebels in Azaz the army said" is the army's word.
                int verbAt = article.Tokens[t].Span.Start;
                bool Near(ActorMention a) => Math.Abs(a.Span.Start - verbAt) < 40 && a.Span.Start > trigger.End;
                // "… according to a statement by the brigade": the source follows "according", never precedes it.
                var speaker = InvertedSpeaker(article, sentence, t)
                    // "…, Amnesty, a London-based rights monitor, said": the comma that closes an apposition parts nothing.
                    ?? (Word(t) == "according" ? null : article.ActorsWithin(sentence).LastOrDefault(a => Near(a) && a.Span.End <= verbAt
                        && (article.Text.AsSpan(a.Span.End, verbAt - a.Span.End) is var between && !between.ContainsAny(",;") || between.Trim() is ",")))
                    ?? article.ActorsWithin(sentence).FirstOrDefault(a => Near(a) && a.Span.Start > verbAt);
                // "… struck the rebels in Azaz he added": a "he" no one was found for speaks; the actor before it does not.
                if (Word(t - 1) is "he" or "she" or "He" or "She" && !article.ActorsWithin(sentence).Any(a => a.Span.Contains(article.Tokens[t - 1].Span)))
                    speaker = null;
                // "Rebels shelled the town, while the army says it has taken it": a speaker set against the clause
                // before opens a claim of its own, about what follows the verb.
                if (speaker is not null && speaker.Span.End <= article.Tokens[t].Span.Start && ContrastOpens(article, speaker))
                    break;
                return (Model.Modality.Claimed, speaker is null ? null : [speaker]);
            }
        }
        return (Model.Modality.Asserted, null);
    }
}
