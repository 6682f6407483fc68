using Sitrep.Coding;
using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// Finds actors and the labels sources give them. Named groups and people come from the
/// dictionaries; "Syrian army", "Syrian and Russian warplanes" and "Iranian Deputy Foreign Minister"
/// compose a country (demonym) with a role head; a bare role ("the army", "government forces",
/// "the terrorists") takes the article's country; capitals used as metonyms ("Tehran and Moscow")
/// are their governments. Loaded terms ("Takfiri terrorists", "wrongly referred to as moderate")
/// become labels on the actor they describe, without changing its coding.
/// </summary>
public sealed class ActorStage(ActorDictionary dictionary, Gazetteer? gazetteer) : IArticleStage
{
    /// <summary>Words that may stand between a demonym and its role head: "Syrian Arab army", "Iranian Deputy Foreign Minister".</summary>
    private const int MaxModifiers = 3;

    /// <summary>A named group's own officers after its possessive (data/actors/officers.tsv).</summary>
    private static readonly HashSet<string> s_officers =
        new(Sitrep.Dictionaries.DataFiles.LoadTsv("actors/officers.tsv").Column("id"), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_officerLookup = s_officers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Sitrep.Dictionaries.TsvTable s_holdingsTable = Sitrep.Dictionaries.DataFiles.LoadTsv("actors/holdings.tsv");

    /// <summary>Ground and gear after which a role adjective names its owner ("rebel positions"; data/actors/holdings.tsv).</summary>
    private static readonly HashSet<string> s_holdings = Holdings("yes", "no");

    /// <summary>The ground and gear of a state's forces when a demonym names the owner ("Iranian positions", "Iranian targets").</summary>
    private static readonly HashSet<string> s_forcesHoldings = Holdings("yes", "only");

    private static HashSet<string> Holdings(params string[] forces) =>
        new(s_holdingsTable.Rows.Where(r => forces.Contains(s_holdingsTable.Get(r, "forces"))).Select(r => s_holdingsTable.Get(r, "id")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a capital or country name that make it its government (data/actors/metonym-verbs.tsv).</summary>
    private static readonly HashSet<string> s_metonymVerbs =
        new(Sitrep.Dictionaries.DataFiles.LoadTsv("actors/metonym-verbs.tsv").Column("id"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose object, when a country or capital, is a government: "accused Damascus of…".</summary>
    private static readonly HashSet<string> s_addressingVerbs = new(StringComparer.Ordinal)
    {
        "blamed", "blames", "blaming", "accused", "accuses", "accusing", "urged", "urges", "urging", "warned", "warns",
        "condemned", "condemns", "criticised", "criticized", "pressed", "pressing", "asked", "told", "thanked", "demanding", "demanded", "demands",
    };

    public ActorStage(Gazetteer? gazetteer) : this(ActorDictionary.Default, gazetteer) { }

    public string Name => "actors";

    public IReadOnlyList<string> Requires => gazetteer is null ? [Layers.Tokens, Layers.Sentences] : [Layers.Tokens, Layers.Sentences, Layers.Focus];

    public IReadOnlyList<string> Assigns => [Layers.Actors, Layers.Labels];

    public void Process(Article article, AnalysisOptions options)
    {
        string? home = article.FocusPlace?.Country is { } iso2 ? gazetteer?.Country(iso2)?.Iso3 : null;
        var actors = new List<ActorMention>();
        // People the dictionaries lack, introduced by their office ("UNICEF Director Alan Lane"), by surname.
        var introduced = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
        for (int i = 0; i < article.Tokens.Count; i++)
        {
            // "… Lane said": a surname introduced earlier stands for that person.
            // The article's own introduction beats a known person's bare surname ("Ibrahim al-Jaafari … Al-Jaafari said").
            if (introduced.TryGetValue(SurnameKey(Word(article, i)), out var known)
                && (!dictionary.Named.TryMatch(article, i, out var named, out int namedLast) || named.Kind == ActorEntryKind.Person && namedLast == i))
            {
                actors.Add(Mention(article, i, i, known.Code, known.Country, known.Role, known.Group, known.Person, "surname"));
                continue;
            }
            int count = actors.Count;
            int last = Match(article, i, home, actors);
            if (last >= i && actors.Count == count + 1 && actors[^1].Person is null && IntroducedPerson(article, i, last) is var (nameFirst, nameLast) && nameLast > last)
            {
                var office = actors[^1];
                string person = article[new TextSpan(article.Tokens[nameFirst].Span.Start, article.Tokens[nameLast].Span.End)];
                actors[^1] = Mention(article, i, nameLast, office.Code, office.Country, office.Role, office.Group, person, "office-person");
                introduced.TryAdd(SurnameKey(Word(article, nameLast)), actors[^1]);
                last = nameLast;
            }
            // "the army's spokesman", "the ministry's officials": one who speaks for an institution is coded as it.
            if (last >= i && actors.Count == count + 1 && actors[^1].Person is null && last + 2 < article.Tokens.Count
                && Word(article, last + 1) is "'s" or "’s" && article.SameLine(last, last + 2)
                && dictionary.Roles.TryMatch(article, last + 2, out var voice, out int voiceLast) && voice.IsSpeaker)
            {
                var owner = actors[^1];
                actors[^1] = Mention(article, i, voiceLast, owner.Code, owner.Country, owner.Role, owner.Group, null, "owner-speaker");
                last = voiceLast;
            }
            if (last >= i)
                i = last;
        }
        actors = HeadlineSurnames(article, actors, introduced);
        article.Labels = Label(article, actors);
        article.Actors = actors;
    }

    /// <summary>
    /// "Alhassan Calls for UN Action" over a story that introduces "… committee secretary Riyad Alhassan" below:
    /// a headline (or the lede that repeats it) may name a person by surname before the body introduces them.
    /// </summary>
    private List<ActorMention> HeadlineSurnames(Article article, List<ActorMention> actors, Dictionary<string, ActorMention> introduced)
    {
        if (introduced.Count == 0)
            return actors;
        var lede = article.Sentences.FirstOrDefault(x => x.Start >= article.BodyStart);
        bool InHeadline(TextSpan span) => article.TitleSpan is { } t && t.Contains(span) || lede.Length > 0 && lede.Contains(span);
        int end = Math.Max(article.TitleSpan?.End ?? 0, lede.End);
        var added = new List<ActorMention>();
        for (int i = 0; i < article.Tokens.Count && article.Tokens[i].Span.Start < end; i++)
        {
            var span = article.Tokens[i].Span;
            if (!InHeadline(span) || !introduced.TryGetValue(SurnameKey(Word(article, i)), out var known) || known.Span.Start < span.End
                || actors.Any(a => a.Span.Overlaps(span)) || dictionary.Named.TryMatch(article, i, out _, out _))
                continue;
            added.Add(Mention(article, i, i, known.Code, known.Country, known.Role, known.Group, known.Person, "surname"));
        }
        return added.Count == 0 ? actors : [.. actors.Concat(added).OrderBy(a => a.Span.Start)];
    }

    /// <returns>The last token consumed, or -1.</returns>
    private int Match(Article article, int i, string? home, List<ActorMention> actors)
    {
        // "MSF's international president", "UNICEFs director", "the head of QRCS's programme": a group's own officer speaks for it.
        if (GroupOfficer(article, i) is var (officerGroup, officerLast))
        {
            actors.Add(Mention(article, i, officerLast, officerGroup.Code ?? officerGroup.Role ?? "UNK", officerGroup.Country, officerGroup.Role, officerGroup.Name, null, "group-officer"));
            return officerLast;
        }

        // A named group or person: "Al-Nusra Front", "FSA", "Hossein Amir Abdollahian".
        if (dictionary.Named.TryMatch(article, i, out var named, out int namedLast))
        {
            // "the rights monitor Amnesty International said": an unnamed monitor (bare code "NGO")
            // described just before a named group is that group, which is read next.
            if (named.Code == "NGO" && namedLast + 1 < article.Tokens.Count
                && (Word(article, namedLast + 1) is "," or "the" or "The" ? namedLast + 2 : namedLast + 1) is var next && next < article.Tokens.Count
                && dictionary.Named.TryMatch(article, next, out var described, out _) && described.Kind == ActorEntryKind.Group)
                return namedLast;
            // "Amnesty International, a London-based rights monitor, said": after a group that monitors
            // or reports, it is that group.
            if (named.Code == "NGO" && actors.LastOrDefault() is { Group: not null, Role: "NGO" or "OPP" or "MED" } group
                && article.TokenAfter(group.Span.End) is var g && g > 0 && i - g <= 3
                && Enumerable.Range(g, i - g).All(k => article.Tokens[k].Kind == TokenKind.Word || Word(article, k) == ","))
            {
                actors.Add(Mention(article, i, namedLast, group.Code, group.Country, group.Role, group.Group, null, "description"));
                return namedLast;
            }
            // "the Al-Qaeda terrorist group", "Nusra militants": a role head after a name belongs to it.
            if (named.Kind == ActorEntryKind.Group && namedLast + 1 < article.Tokens.Count && article.SameLine(namedLast, namedLast + 1))
            {
                int k = namedLast + 1;
                if (!dictionary.Roles.TryMatch(article, k, out _, out _) && dictionary.Labels.TryMatch(article, k, out _, out int labelLast) && labelLast + 1 < article.Tokens.Count)
                    k = labelLast + 1;
                if (dictionary.Roles.TryMatch(article, k, out _, out int roleLast))
                    namedLast = roleLast;
            }
            actors.Add(Mention(article, i, namedLast, named.Code ?? named.Role ?? "UNK", named.Country, named.Role,
                named.Kind == ActorEntryKind.Group ? named.Name : null, named.Kind == ActorEntryKind.Person ? named.Name : null, named.Kind.ToString().ToLowerInvariant()));
            return namedLast;
        }

        // "a Nusra-led offensive", "rebel-led forces": the group or side that leads, on the hyphenated word itself.
        // (A country that leads, "US-led strikes", is read with the demonyms.)
        if (Word(article, i) is { Length: > 4 } led && led.EndsWith("-led", StringComparison.OrdinalIgnoreCase))
        {
            string leader = led[..^4];
            if (dictionary.Named.TryMatchWord(leader, out var leadingGroup) && leadingGroup.Kind == ActorEntryKind.Group)
            {
                actors.Add(Mention(article, i, i, leadingGroup.Code ?? leadingGroup.Role ?? "UNK", leadingGroup.Country, leadingGroup.Role, leadingGroup.Name, null, "led-by"));
                return i;
            }
            if (dictionary.Roles.TryMatchWord(leader, out var leadingRole) && leadingRole.Role is "REB" or "INS" or "MIL" or "GOV" or "OPP")
            {
                actors.Add(Mention(article, i, i, (home ?? "") + leadingRole.Role, home, leadingRole.Role, null, null, "led-by"));
                return i;
            }
        }

        // "The Russians accused…", "the Americans struck…": a people named by its plural demonym, acting, is its state —
        // its forces when the act is violence. Not the article's own people ("the Syrians fled" are civilians).
        if (i > 0 && Word(article, i - 1) is "the" or "The" && PluralDemonym(Word(article, i)) is { } people && people.Iso3 != home
            && i + 1 < article.Tokens.Count && ActAfter(article, i + 1) is var peopleAct && (peopleAct is not null || s_metonymVerbs.Contains(Word(article, i + 1))))
        {
            bool violent = peopleAct is { Plover: "ASSAULT" };
            actors.Add(Mention(article, i, i, people.Iso3 + (violent ? "MIL" : "GOV"), people.Iso3, violent ? "MIL" : "GOV", null, null, "people"));
            return i;
        }

        // "the coalition", "coalition warplanes": a coalition the report named before, else in a Syrian or
        // Iraqi story, before an armed word or an act, the US-led one — the only coalition flying there.
        if (Word(article, i) is "coalition" or "Coalition" && CoalitionMeant(article, i, home, actors) is { } coalition)
        {
            int last = dictionary.Roles.TryMatch(article, i + 1, out var armed, out int armedLast) && armed.Role == "MIL" ? armedLast : i;
            actors.Add(Mention(article, i, last, coalition.Code ?? "", coalition.Country, coalition.Role, coalition.Name, null, "coalition"));
            return last;
        }

        // Demonyms, coordinated, then a role head: "Syrian and Russian warplanes".
        if (Demonyms(article, i, out var countries, out int afterDemonyms))
        {
            // "Russian and government strikes": a partner named by its role adjective is the home country's.
            if (home is not null && Word(article, afterDemonyms) == "and" && Word(article, afterDemonyms + 1) is "government" or "regime" or "Syrian-government")
            {
                countries.Add(home);
                afterDemonyms += 2;
            }
            // "Russian and Assad regime airstrikes": the ruler's name stands for the home government's side.
            else if (home is "SYR" && Word(article, afterDemonyms) == "and" && Word(article, afterDemonyms + 1) is "Assad" or "Assads" or "Assad's"
                && Word(article, afterDemonyms + 2) is "regime" or "government" or "forces" or "troops")
            {
                countries.Add(home);
                afterDemonyms += 2;
            }
            // "denied Turkish claims that…", "Russian allegations": a state's claims are its government's.
            if (Word(article, afterDemonyms).ToLowerInvariant() is "claims" or "claim" or "allegations" or "accusations" or "charges" && article.SameLine(i, afterDemonyms))
            {
                foreach (string country in countries)
                    actors.Add(Mention(article, i, afterDemonyms - 1, country + "GOV", country, "GOV", null, null, "demonym-claim"));
                return afterDemonyms - 1;
            }
            // The role head stands on the demonym's line: "in Syria's Hama" ending a headline does not join the lede's "Militants".
            // Whether every word since the demonym is lowercase (or a number), and — asked once — whether the country is a possessive.
            bool lowercaseSince = true;
            bool? possessive = null;
            for (int k = afterDemonyms; k < article.Tokens.Count && k <= afterDemonyms + MaxModifiers && article.SameLine(i, k); k++)
            {
                if (dictionary.Roles.TryMatch(article, k, out var role, out int roleLast))
                {
                    (role, roleLast) = Head(article, role, roleLast);
                    // "Iranian Deputy Foreign Minister Hossein Amir Abdollahian": the person is the actor.
                    if (dictionary.Named.TryMatch(article, roleLast + 1, out var person, out int personLast) && person.Kind == ActorEntryKind.Person)
                    {
                        actors.Add(Mention(article, i, personLast, person.Code!, person.Country, person.Role, null, person.Name, "title-person"));
                        return personLast;
                    }
                    foreach (string country in countries)
                        actors.Add(Mention(article, i, roleLast, country + role.Role, country, role.Role, null, null, "demonym-role"));
                    return roleLast;
                }
                // "Russian airstrikes", "U.S. missile strike": the country named on the act is its agent.
                // Only right after the demonym: "Syrian children killed" names victims, not agents. A possessive says
                // whose across lowercase modifiers: "Turkey's long-promised ground offensive".
                // "struck Iranian positions", "a Turkish convoy": the state's forces own the ground or gear the act is aimed at.
                if (k == afterDemonyms && s_forcesHoldings.Contains(Word(article, k)) && article.SameLine(i, k))
                {
                    foreach (string country in countries)
                        actors.Add(Mention(article, i, afterDemonyms - 1, country + "MIL", country, "MIL", null, null, "role-owner"));
                    return afterDemonyms - 1;
                }
                bool whose = k > afterDemonyms && lowercaseSince && (possessive ??= Possessive(article, i));
                if ((k == afterDemonyms || whose) && EventTriggers.TryMatchAct(article, k, out var act, out _))
                {
                    string agentRole = act.Plover == "ASSAULT" ? "MIL" : "GOV";
                    foreach (string country in countries)
                        actors.Add(Mention(article, i, afterDemonyms - 1, country + agentRole, country, agentRole, null, null, "demonym-act"));
                    return afterDemonyms - 1;
                }
                if (!IsModifier(article, k))
                    break;
                lowercaseSince &= char.IsLower(Word(article, k)[0]) || char.IsDigit(Word(article, k)[0]);
            }
            // No role follows: "Turkey Iran and Russia have asked" may still name governments (below).
            if (Metonym(article, i) is null)
                return -1;
        }

        // A role on its own: "the army", "government forces", "the terrorists" — the article's country.
        // An adjective role stands alone only before a verb, another role or an act: "government
        // shelling", "rebel rocket fire" — not "government-held" or "government officials' house".
        // Capitalised after "the" it is still the institution ("the Air Force shelled"), unless a name follows ("the Army of Conquest").
        if (dictionary.Roles.TryMatch(article, i, out var bare, out int bareLast) && bare.StandsAlone
            && (IsLowercaseOrSentenceStart(article, i) || Word(article, i - 1) is "the" or "The" && (Word(article, bareLast + 1) is not ("of" or "Of") || StateAfterOf(article, bareLast) is not null
                    // "accused the government of using gas": "of" before a gerund is the charge, not the state's name.
                    || ChargeAfter(article, bareLast))
                // "Aleppo Police Command", "Homs Health Directorate": a home town's institution, capitalised.
                || i > 0 && home is not null && !bare.IsAdjective && article.Places.Any(p => p.Span.End == article.Tokens[i - 1].Span.End && p.Precision is not PlacePrecision.Country
                    && p.Country is { } c && gazetteer?.Country(c)?.Iso3 == home)))
        {
            bool beforeAct = bare.IsAdjective && bareLast == i && ActAfter(article, i + 1) is not null;
            // "bombed rebel positions", "a jihadist convoy": the adjective names whose ground it is.
            bool ownsGround = bare.IsAdjective && bareLast == i && s_holdings.Contains(Word(article, i + 1)) && article.SameLine(i, i + 1);
            // "the rebel Free Syrian Army", "the opposition Syrian National Coalition": the adjective describes the named group that follows.
            bool describesGroup = bare.IsAdjective && bareLast == i && char.IsUpper(Word(article, i + 1).FirstOrDefault()) && article.SameLine(i, i + 1)
                && dictionary.Named.TryMatch(article, i + 1, out var described, out _) && described.Kind == ActorEntryKind.Group;
            if (!describesGroup && !(bare.IsAdjective && bareLast == i && char.IsLower(Word(article, i + 1).FirstOrDefault()) && StateAfterOf(article, bareLast) is null
                  && !s_metonymVerbs.Contains(Word(article, i + 1)) && !dictionary.Roles.TryMatch(article, i + 1, out _, out _) && !beforeAct && !ownsGround
                  // "between the regime and the rebels": after "the", a coordinated adjective role is a noun.
                  && !(Word(article, i - 1) is "the" or "The" && (Word(article, i + 1) is "and" or "or" or ","
                      // "crimes committed by the regime against civilians": no adjective stands before a preposition or an auxiliary.
                      || s_nounFollowers.Contains(Word(article, i + 1))
                      || ChargeAfter(article, i)
                      // "the regime carried out", "the government launched": a past verb after "the X" makes X its subject.
                      || Word(article, i + 1).Length > 3 && Word(article, i + 1).EndsWith("ed", StringComparison.Ordinal)))))
            {
                (bare, bareLast) = Head(article, bare, bareLast);
                // "Foreign Minister Mevlut Cavusoglu said": a singular title right before a known person is the person's
                // office, whatever the article's country.
                if (!Word(article, bareLast).EndsWith('s') && bareLast + 1 < article.Tokens.Count && article.SameLine(bareLast, bareLast + 1)
                    && dictionary.Named.TryMatch(article, bareLast + 1, out var titled, out int titledLast) && titled.Kind == ActorEntryKind.Person)
                {
                    actors.Add(Mention(article, i, titledLast, titled.Code!, titled.Country, titled.Role, null, titled.Name, "title-person"));
                    return titledLast;
                }
                string role = beforeAct && bare.Role == "GOV" && ActAfter(article, i + 1)!.Plover == "ASSAULT" ? "MIL" : bare.Role!;
                // "pro-government gunmen", "pro-regime militias": armed men on the government's side.
                if (Word(article, i - 1).ToLowerInvariant() is "pro-government" or "pro-regime" or "pro-assad" && role is "UAF" or "REB" or "MIL")
                    role = "MIL";
                // "the militants", "the jihadists": a short form for the armed group just named.
                // "Hezbollah said its fighters shelled …": a named group's own men, when the group is the sentence's subject.
                if ((ShortFormOf(article, i, bareLast, actors) ?? PossessingGroup(article, i, role, actors)) is { } group)
                {
                    actors.Add(Mention(article, i, bareLast, group.Code, group.Country, group.Role, group.Group, null, "short-form"));
                    return bareLast;
                }
                // "Turkish officials said the military shelled…": a state's own forces or government, as its officials report them.
                // "Turkey sent more troops to Idlib": the forces a state sends are its own.
                string? country = role is "MIL" or "GOV" or "LEG" && SpeakerCountry(article, i, actors) is { } spoken ? spoken
                    : role is "MIL" && SenderCountry(article, i, actors) is { } sender ? sender : home;
                // "the Russian Defence Ministry said … the ministry added": a definite role whose head repeats a
                // recent actor's head is that actor again, whoever the article's country is.
                if (role is "MIL" or "GOV" or "LEG" && Word(article, i - 1) is "the" or "The" && SameHeadBefore(article, bareLast, actors) is { } repeated)
                    country = repeated;
                // "Moscow said its jets…", "Ankara and its forces": the possessor is the state last named in the sentence.
                // "Russia rejected Turkish claims that its jets…": the claimant's words are about the one who denies them.
                if (role is "MIL" or "GOV" or "LEG" && Word(article, i - 1) is "its" or "their"
                    && actors.LastOrDefault() is { } last && (DenierOf(article, last, actors) ?? last) is { Country: { } owner } previous
                    && article.Sentences.Any(x => x.Contains(previous.Span) && x.Contains(article.Tokens[i].Span)))
                    country = owner;
                // "the defence ministry in Moscow", "the army of Iraq": the state named right after the role.
                if (role is "MIL" or "GOV" or "LEG" && Word(article, bareLast + 1) is "in" or "of" && GovernmentOf(Word(article, bareLast + 2)) is { } namedState)
                    country = namedState;
                // "the President of Turkey", "the army of the United States": the state is part of the office's name, no place.
                if (role is "MIL" or "GOV" or "LEG" && StateAfterOf(article, bareLast) is var (ofState, stateLast))
                {
                    // "the foreign ministers of Turkey and Iraq": a plural office of two states is one mention per state.
                    var states = new List<string> { ofState };
                    while (Word(article, bareLast).EndsWith('s') && Word(article, stateLast + 1) is "and" or ","
                           && StateAfterOf(article, stateLast, joiner: true) is var (nextState, nextLast))
                        (states, stateLast) = ([.. states, nextState], nextLast);
                    foreach (string officeState in states.Distinct())
                        actors.Add(Mention(article, i, stateLast, officeState + role, officeState, role, null, null, "role-of-state"));
                    return stateLast;
                }
                // "troops loyal to Damascus", "militias allied with Tehran": armed men of that state's side, the words one mention.
                if (role is "MIL" or "REB" or "UAF" && Word(article, bareLast + 1).ToLowerInvariant() is "loyal" or "allied" or "aligned"
                    && Word(article, bareLast + 2) is "to" or "with" && bareLast + 3 < article.Tokens.Count && GovernmentOf(Word(article, bareLast + 3)) is { } patron)
                {
                    // "Rebels allied with Turkey" are still the rebels of their own country: a patron is not their state.
                    actors.Add(role == "REB"
                        ? Mention(article, i, bareLast + 3, (country ?? "") + role, country, role, null, null, "role-loyal-to")
                        : Mention(article, i, bareLast + 3, patron + "MIL", patron, "MIL", null, null, "role-loyal-to"));
                    return bareLast + 3;
                }
                // "the warplanes of the US-led coalition", "fighters of the Nusra Front": the group's own forces.
                if (role is "MIL" or "REB" or "UAF" && GroupAfterOf(article, bareLast) is var (ownGroup, ownerLast))
                {
                    actors.Add(Mention(article, i, ownerLast, ownGroup.Code ?? ownGroup.Role ?? "UNK", ownGroup.Country, ownGroup.Role, ownGroup.Name, null, "role-of-group"));
                    return ownerLast;
                }
                actors.Add(Mention(article, i, bareLast, (country ?? "") + role, country, role, null, null, beforeAct ? "role-act" : ownsGround ? "role-owner" : "role"));
                return bareLast;
            }
        }

        // "He", "she": a person of the last sentence that named one, whom the dictionary refers to that way ("she" is never Assad).
        if (Word(article, i).ToLowerInvariant() is "he" or "she" && Antecedent(article, actors, Word(article, i).ToLowerInvariant(), i) is { } antecedent)
        {
            actors.Add(Mention(article, i, i, antecedent.Code, antecedent.Country, antecedent.Role, null, antecedent.Person, "pronoun"));
            return i;
        }

        // "Russia strikes kill 120", "Turkey shelling hits Afrin": a foreign country's name on an act of war is its
        // military. The report's own country is left alone: "Syria air strikes" says where, not who.
        if (ForeignCountryOnAct(article, i, home) is var (military, militaryLast))
        {
            actors.Add(Mention(article, i, militaryLast, military + "MIL", military, "MIL", null, null, "country-act"));
            return militaryLast;
        }

        // "Fighting between the army and the rebels resumed. Both sides blamed each other": "both sides" are the parties
        // named in the last few hundred characters when there are exactly two, one mention per party over the same words.
        // Not "both sides of the border".
        if (Word(article, i) is "both" or "Both" or "two" or "Two" && Word(article, i + 1) is "sides" or "parties" && Word(article, i + 2) != "of")
        {
            var sides = Enumerable.Reverse(actors).TakeWhile(a => article.Tokens[i].Span.Start - a.Span.End < 400)
                .Where(a => a.Rule != "role-owner" && a.Person is null && a.Role is "GOV" or "MIL" or "REB" or "INS" or "OPP" or "UAF")
                .DistinctBy(a => a.Code).Take(3).ToList();
            if (sides.Count == 2)
            {
                foreach (var side in Enumerable.Reverse(sides))
                    actors.Add(Mention(article, i, i + 1, side.Code, side.Country, side.Role, side.Group, null, "both-sides"));
                return i + 1;
            }
        }

        // "… FSA members after they rejected": "they" is the group or body last named in this sentence or the one before.
        // Not the owner in "rebel positions": who holds ground is not who "they" acting are; nor an "it".
        if (Word(article, i) is "they" or "They" && actors.LastOrDefault(a => a.Rule != "role-owner" && !(a.Rule == "pronoun" && a.Text is "it" or "It")) is { Person: null } nearest
            && (DenierOf(article, nearest, actors) ?? nearest) is var referent
            && article.Tokens[i].Span.Start - referent.Span.End < 300 && referent.Role is not ("CVL" or "MED"))
        {
            actors.Add(Mention(article, i, i, referent.Code, referent.Country, referent.Role, referent.Group, null, "pronoun"));
            return i;
        }

        // "Ankara stepped up its aid when it launched strikes": "it" acting is the state, army or group last
        // named in the same sentence. Not "it is", "it was" (often no one), nor a person or a place.
        if (Word(article, i) is "it" or "It" && ItsReferent(article, i, actors) is { } state)
        {
            actors.Add(Mention(article, i, i, state.Code, state.Country, state.Role, state.Group, null, "pronoun"));
            return i;
        }

        // A capital or country standing for its government: "Tehran and Moscow", "Iran condemns".
        if (Metonym(article, i) is var (government, governmentLast))
        {
            actors.Add(Mention(article, i, governmentLast, government + "GOV", government, "GOV", null, null, "metonym"));
            return governmentLast;
        }
        return -1;
    }

    private static ActorMention? ItsReferent(Article article, int i, List<ActorMention> actors)
    {
        string next = Word(article, i + 1);
        // "it is waging an air campaign": a progressive tense acts; "it is unclear" does not.
        int verb = Word(article, i + 2).EndsWith("ly", StringComparison.Ordinal) ? i + 3 : i + 2;
        bool progressive = next is "is" or "was" && Word(article, verb) is { Length: > 4 } ing && ing.EndsWith("ing", StringComparison.Ordinal);
        if (!progressive && (next is "is" or "was" or "are" or "were" or "'s" or "’s" || !s_metonymVerbs.Contains(next) && ActAfter(article, i + 1) is not { Plover: "ASSAULT" }))
            return null;
        // "it" is never a person nor a plural ("the rebels", "Russian jets"): those are passed over.
        var sentence = article.Sentences.FirstOrDefault(x => x.Contains(article.Tokens[i].Span));
        // Nor the backer in "troops backed by Iran shelled the town as it readied an assault".
        bool Fits(ActorMention a) => a.Person is null && a.Rule != "pronoun" && !Backer(article, a)
            && !(a.Group is null && a.Rule is not ("metonym" or "country-act") && a.Text.EndsWith('s') && !a.Text.EndsWith("ss", StringComparison.Ordinal));
        var referent = actors.LastOrDefault(a => sentence.Contains(a.Span) && Fits(a));
        // "Turkey warned the militia it would strike": after telling someone, "it" is the teller, not whom it told.
        if (referent is not null && ToldBefore(article, referent) is int told && told < i
            && actors.LastOrDefault(a => sentence.Contains(a.Span) && a.Span.End <= article.Tokens[told].Span.Start && Fits(a)) is { } teller
            && Enumerable.Range(article.TokenAfter(referent.Span.End), Math.Max(0, i - article.TokenAfter(referent.Span.End))).All(k => Word(article, k) is "that" or ","))
            referent = teller;
        // "The militia denied Turkish claims that it shelled the town": "it" is who denies, not who claims.
        if (referent is not null && DenierOf(article, referent, actors) is { } denier && Fits(denier))
            referent = denier;
        // "The coalition denied it … It is also carrying out raids": a sentence that opens with "It"
        // goes on about the named state, army or group the sentence before ended on.
        if (referent is null && Word(article, i) == "It" && sentence.Start == article.Tokens[i].Span.Start
            && article.Sentences.LastOrDefault(x => x.End <= sentence.Start) is { } previous && sentence.Start - previous.End <= 3)
            referent = actors.LastOrDefault(a => previous.Contains(a.Span) && Fits(a) && (a.Group is not null || a.Rule == "metonym"));
        return referent is { Role: "GOV" or "LEG" or "MIL" or "REB" or "INS" } ? referent : null;
    }

    /// <summary>
    /// "The militia denied Turkish claims that…", "Moscow rejected Ankara's accusations that…": for a claimant standing
    /// between a verb of denial and "claims that", the one who denies — the last actor before the verb in the sentence — or null.
    /// </summary>
    private static ActorMention? DenierOf(Article article, ActorMention claimant, List<ActorMention> actors)
    {
        int noun = article.TokenAfter(claimant.Span.End);
        if (noun > 0 && Word(article, noun) is "'s" or "’s")
            noun++;
        if (noun <= 0 || Word(article, noun).ToLowerInvariant() is not ("claims" or "claim" or "allegations" or "accusations" or "charges" or "reports")
            || Word(article, noun + 1) != "that")
            return null;
        int verb = article.TokenAfter(claimant.Span.Start) - 1;
        if (verb > 0 && Word(article, verb) is "the")
            verb--;
        if (verb < 0 || !ClaimWords.DenyingVerbs.Contains(Word(article, verb)))
            return null;
        var sentence = article.Sentences.FirstOrDefault(x => x.Contains(claimant.Span));
        return actors.LastOrDefault(a => sentence.Contains(a.Span) && a.Span.End <= article.Tokens[verb].Span.Start);
    }

    /// <summary>The verb of telling right before the actor ("warned the militia", "told Ankara"), or null.</summary>
    private static int? ToldBefore(Article article, ActorMention actor)
    {
        int k = article.TokenAfter(actor.Span.Start) - 1;
        if (k > 0 && Word(article, k) is "the" or "its" or "their")
            k--;
        return k >= 0 && Word(article, k).ToLowerInvariant() is "warned" or "warns" or "told" or "tells" or "assured" or "assures" or "informed" or "informs"
            or "notified" or "reminded" or "promised" or "promises" ? k : null;
    }

    /// <summary>An actor introduced as someone's support: "backed by Hezbollah", "supported by its Russian ally".</summary>
    internal static bool Backer(Article article, ActorMention actor)
    {
        int t = article.TokenAfter(actor.Span.Start);
        // "supported by their Iranian allies": an ally's title and nationality stand before the name
        if (t > 0 && Word(article, t - 1) is "ally" or "allies")
        {
            t--;
            if (t > 0 && char.IsUpper(Word(article, t - 1).FirstOrDefault()))
                t--;
        }
        if (t > 0 && Word(article, t - 1) is "the" or "its" or "their")
            t--;
        return t >= 2 && Word(article, t - 1) == "by" && Word(article, t - 2) is "backed" or "supported" or "aided" or "assisted" or "accompanied";
    }

    /// <summary>
    /// Whom "he" or "she" refers to: of the persons named in the sentence of the last one named, the first
    /// the pronoun fits, since a sentence names its subject before whom the subject met or spoke to
    /// ("Lavrov met the UN envoy in Moscow. He said …" is Lavrov).
    /// </summary>
    private ActorMention? Antecedent(Article article, List<ActorMention> actors, string pronoun, int at)
    {
        // Sentences are in order: the one holding a position by binary search (pronouns are many in long reports).
        int Sentence(int position)
        {
            int lo = 0, hi = article.Sentences.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (article.Sentences[mid].End > position)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            return lo;
        }
        int here = Sentence(article.Tokens[at].Span.Start);
        // A named person anywhere before; one named by a role word for one person ("a rebel commander") or a "he"/"she"
        // already resolved only in this sentence or the one before, since such words are soon out of mind.
        bool Recent(ActorMention a) => Sentence(a.Span.Start) >= here - 1
            && (a.Rule == "pronoun" ? a.Text.Equals(pronoun, StringComparison.OrdinalIgnoreCase)
                : a.Text.AsSpan(a.Text.LastIndexOf(' ') + 1) is var head && s_personRoles.Contains(head.ToString()));
        bool Candidate(ActorMention a) => a.Person is not null || Recent(a);
        bool Fits(ActorMention a) => a.Person is not { } person || dictionary.PronounOf(person) == pronoun;
        int last = actors.FindLastIndex(Candidate);
        if (last < 0)
            return null;
        // Of the candidates in that sentence, the first the pronoun fits.
        var sentence = article.Sentences[Sentence(actors[last].Span.Start)];
        ActorMention? first = null;
        for (int k = last; k >= 0 && actors[k].Span.End > sentence.Start; k--)
            if (sentence.Contains(actors[k].Span) && Candidate(actors[k]) && Fits(actors[k]))
                first = actors[k];
        return first;
    }

    private static readonly HashSet<string> s_personRoles =
        new(Sitrep.Dictionaries.DataFiles.LoadTsv("actors/person-roles.tsv").Column("id"), StringComparer.OrdinalIgnoreCase);

    private ActorEntry? CoalitionMeant(Article article, int i, string? home, List<ActorMention> actors)
    {
        // "the opposition coalition", "the ruling coalition": political alliances, not the armed one.
        // "an Arab-Kurdish coalition", "a coalition of rebel groups", "rebel coalition": a description of some other alliance.
        string before = Word(article, i - 1);
        if (before.ToLowerInvariant() is "opposition" or "ruling" or "governing" or "national" or "electoral" or "a" or "an" or "new" or "broad"
            || before.Contains('-') || dictionary.Roles.TryMatch(article, i - 1, out _, out _) || CountryModifier(before) is not null
            || before.Length > 0 && char.IsUpper(before[0]) && before is not "The" && !IsLowercaseOrSentenceStart(article, i - 1))
            return null;
        if (actors.LastOrDefault(a => a.Group?.Contains("coalition", StringComparison.OrdinalIgnoreCase) == true) is { } named)
            return dictionary.Group(named.Group!);
        bool armedAfter = dictionary.Roles.TryMatch(article, i + 1, out var role, out _) && role.Role == "MIL"
            || ActAfter(article, i + 1) is { Plover: "ASSAULT" } || Word(article, i + 1) is "air" or "aerial" or "bombing" or "bombardment";
        return armedAfter && home is "SYR" or "IRQ" ? dictionary.Group("US-led coalition") : null;
    }

    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "official", "commander", "leader",
        "governor", "president", "minister", "secretary", "representative", "coordinator", "chairman", "general", "colonel", "brigadier", "MP", "deputy",
    };

    /// <summary>A surname as looked up: "Al-Jaafari" opening a sentence is "al-Jaafari".</summary>
    private static string SurnameKey(string word) => word.StartsWith("Al-", StringComparison.Ordinal) ? "al-" + word[3..] : word;

    /// <summary>
    /// A name of two to four capitalised words after an office ("UNICEF Director Alan Lane", "Homs Governor
    /// Talal Barazi", "Turkish Foreign Minister Ahmet Davutoglu"): the tokens of the name, the office ending at
    /// <paramref name="last"/> or one title word after it.
    /// </summary>
    private (int First, int Last)? IntroducedPerson(Article article, int start, int last)
    {
        int k = last + 1;
        // "the head of the Syrian Coalition Anas Abdah": the office stands before the body it heads.
        bool officeBefore = start >= 2 && Word(article, start - 1) is "of" or "for" && s_titles.Contains(Word(article, start - 2))
            || start >= 3 && Word(article, start - 1) == "the" && Word(article, start - 2) is "of" or "for" && s_titles.Contains(Word(article, start - 3));
        if (!s_titles.Contains(Word(article, last)) && k < article.Tokens.Count && s_titles.Contains(Word(article, k)) && article.SameLine(last, k))
            k++;
        else if (!s_titles.Contains(Word(article, last)) && !officeBefore)
            return null;
        // "Secretary of the Coalition's political committee Riyad X": the body's organ may come between.
        int organ = k;
        while (officeBefore && organ < article.Tokens.Count && organ - k < 3 && article.Tokens[organ].Kind == TokenKind.Word && char.IsLower(Word(article, organ)[0])
               && Word(article, organ) is "political" or "media" or "military" or "legal" or "executive" or "general" or "foreign" or "relations" or "committee"
                   or "office" or "council" or "bureau" or "board" or "department" or "wing" or "body" or "assembly" or "secretariat")
            organ++;
        k = organ;
        // Headlines capitalise every word: "Syrian Trade Minister Says Exports Fell…" names no one.
        if (article.TitleSpan is { } title && title.Contains(article.Tokens[last].Span))
            return null;
        // "spokesman Maj. Gen. Igor K.", "Lt. Col. Thomas G.": ranks come before the name.
        while (k < article.Tokens.Count && (s_ranks.Contains(Word(article, k)) || Word(article, k) == "." && k > last + 1 && s_ranks.Contains(Word(article, k - 1))))
            k++;
        int first = k, end = k;
        // A given name that spells a capital ("Riyad X") is a name when a surname follows.
        bool GivenName(int at) => at == first && at + 1 < article.Tokens.Count && article.Tokens[at + 1].Kind == TokenKind.Word && char.IsUpper(Word(article, at + 1)[0])
            && GovernmentOf(Word(article, at + 1)) is null && CountryModifier(Word(article, at + 1)) is null && !s_titles.Contains(Word(article, at + 1));
        while (end < article.Tokens.Count && end - first < 4 && CountryModifier(Word(article, end)) is null && (GovernmentOf(Word(article, end)) is null || GivenName(end)) && article.SameLine(end - 1, end) && article.Tokens[end].Kind == TokenKind.Word
               && (char.IsUpper(Word(article, end)[0]) || end > first && Word(article, end).StartsWith("al-", StringComparison.Ordinal))
               && !s_titles.Contains(Word(article, end)) && !dictionary.Roles.TryMatch(article, end, out _, out _)
               // "Iraqi Foreign Minister Ibrahim al-Jaafari": a known person's surname after another given name is this person's.
               && (!dictionary.Named.TryMatch(article, end, out var named, out _) || end > first && named.Kind == ActorEntryKind.Person)
               && !article.Places.Any(p => p.Span.Start == article.Tokens[end].Span.Start) && !CalendarWords.Default.TryMonth(Word(article, end), out _) && !CalendarWords.Default.TryWeekday(Word(article, end), out _))
            end++;
        return end - first >= 2 ? (first, end - 1) : null;
    }

    private static readonly HashSet<string> s_ranks = new(StringComparer.Ordinal)
    {
        "Maj", "Gen", "Lt", "Col", "Brig", "Capt", "Sgt", "Dr", "Major", "General", "Colonel", "Lieutenant", "Brigadier", "Captain", "Rear", "Vice", "Admiral", "Sheikh",
    };

    /// <summary>
    /// The country of a government or military speaker whose verb of saying stands right before token
    /// i ("Turkish officials said the army…", "… said that the military…"), in the same sentence.
    /// </summary>
    /// <summary>The country of the last actor within a few sentences whose final word is the word at <paramref name="head"/>.</summary>
    private static string? SameHeadBefore(Article article, int head, List<ActorMention> actors)
    {
        string word = Word(article, head);
        int start = article.Tokens[head].Span.Start;
        var previous = actors.LastOrDefault(a => start - a.Span.End < 600
            && article[a.Span].EndsWith(word, StringComparison.OrdinalIgnoreCase)
            && (article[a.Span].Length == word.Length || article[a.Span][^(word.Length + 1)] == ' '));
        return previous?.Country;
    }

    private static string? SpeakerCountry(Article article, int i, List<ActorMention> actors)
    {
        int k = i - 1;
        if (Word(article, k) is "the" or "The")
            k--;
        if (Word(article, k) == "that")
            k--;
        if (Word(article, k) is not ("said" or "says" or "told" or "announced" or "stated"))
            return null;
        return LastActorBefore(article, i, k, actors) is { Country: { } c, Role: "GOV" or "MIL" } ? c : null;
    }

    /// <summary>The last actor that ends before token <paramref name="k"/> in the sentence of token <paramref name="i"/>.</summary>
    private static ActorMention? LastActorBefore(Article article, int i, int k, List<ActorMention> actors)
    {
        var sentence = article.Sentences.FirstOrDefault(s => s.Contains(article.Tokens[i].Span));
        return actors.LastOrDefault(a => a.Span.End <= article.Tokens[k].Span.Start && sentence.Contains(a.Span));
    }

    /// <summary>
    /// The country of the state that sends forces named by role alone: "Turkey sent more troops", "Russia has deployed
    /// thousands of soldiers". The sender is the last state actor before the verb in the sentence.
    /// </summary>
    private static string? SenderCountry(Article article, int i, List<ActorMention> actors)
    {
        int k = i - 1;
        while (k > 0 && i - k <= 4 && (Word(article, k) is "more" or "additional" or "extra" or "fresh" or "new" or "its" or "their" or "of" or "thousands" or "hundreds" or "dozens" or "several" or "ground"
                   || Word(article, k).Length > 0 && char.IsDigit(Word(article, k)[0])))
            k--;
        if (Word(article, k).ToLowerInvariant() is not ("sent" or "send" or "sends" or "sending" or "dispatched" or "dispatch" or "dispatches" or "dispatching"
                or "deployed" or "deploy" or "deploys" or "deploying"))
            return null;
        return LastActorBefore(article, i, k, actors) is { Country: { } c, Role: "GOV" or "MIL", Group: null } ? c : null;
    }

    private static readonly HashSet<string> s_clauseOpeners = new(StringComparer.OrdinalIgnoreCase)
        { ",", ";", "after", "before", "when", "while", "as", "because", "since", "until", "but", "which", "who", "that", "where" };

    private static readonly HashSet<string> s_shortForms = new(StringComparer.OrdinalIgnoreCase) { "militants", "jihadists", "terrorists", "extremists", "militant group", "jihadist group", "group" };

    /// <summary>
    /// The named armed group "the militants" stands for: the last actor named within a few sentences,
    /// when that is a named insurgent or rebel group ("Islamic State … the militants took two oil
    /// fields"). A bare plural after any other actor stays a generic role.
    /// </summary>
    private static ActorMention? ShortFormOf(Article article, int first, int last, List<ActorMention> actors)
    {
        if (Word(article, first - 1) is not ("the" or "The") || !s_shortForms.Contains(article[new TextSpan(article.Tokens[first].Span.Start, article.Tokens[last].Span.End)]))
            return null;
        var antecedent = actors.LastOrDefault(a => a.Role is not ("CVL" or "NGO" or "IGO" or "MED"));
        if (antecedent is not { Group: not null, Role: "INS" or "REB" } || article.Tokens[first].Span.Start - antecedent.Span.End >= 800)
            return null;
        // "The ISIL positions … were pounded by the terrorists": within one clause the short form names someone
        // else; "Islamic State … flared after the militants took" crosses into a new clause and may refer back.
        var sentence = article.Sentences.FirstOrDefault(s => s.Contains(article.Tokens[first].Span));
        if (!sentence.Contains(antecedent.Span))
            return antecedent;
        for (int k = first - 1; k >= 0 && article.Tokens[k].Span.Start >= antecedent.Span.End; k--)
            if (s_clauseOpeners.Contains(Word(article, k)))
                return antecedent;
        return null;
    }

    /// <summary>
    /// The named armed group whose own men "its fighters" or "their militants" at token <paramref name="first"/> are: the
    /// group must open the sentence and be the last actor before the possessive ("Hezbollah said its fighters …");
    /// in "the army said IS attacked its soldiers" the possessor is the army, so no group is taken.
    /// </summary>
    private static ActorMention? PossessingGroup(Article article, int first, string role, List<ActorMention> actors)
    {
        if (Word(article, first - 1) is not ("its" or "their") || role is not ("REB" or "UAF" or "MIL"))
            return null;
        var sentence = article.Sentences.FirstOrDefault(s => s.Contains(article.Tokens[first].Span));
        var inSentence = actors.Where(a => sentence.Contains(a.Span) && a.Span.End <= article.Tokens[first].Span.Start).ToList();
        // "The Nusra Front (Nusra) jihadist group warned …": a name restated in brackets, or a role noun right after it, is the same owner.
        if (inSentence.Count == 0 || inSentence[0] is not { Group: not null, Role: "INS" or "REB" or "MIL" } owner)
            return null;
        for (int k = 1; k < inSentence.Count; k++)
        {
            var a = inSentence[k];
            if (a.Group != owner.Group && !(a.Group is null && article.Text.AsSpan(inSentence[k - 1].Span.End, a.Span.Start - inSentence[k - 1].Span.End).Trim(" )").IsEmpty))
                return null;
        }
        return owner;
    }

    /// <summary>The act (event trigger) starting at token <paramref name="k"/>, if any: "shelling", "rocket attacks".</summary>
    private static EventTrigger? ActAfter(Article article, int k) =>
        k < article.Tokens.Count && EventTriggers.TryMatchAct(article, k, out var act, out int last)
            && !(act.Id == "occupy" && last == k && EventTriggers.TakesNoGround(article, k)) ? act : null;

    /// <summary>
    /// Adjacent role words form one head, the last one deciding ("Syrian government troops" → MIL),
    /// except a speaker, who takes the institution's role ("army spokesman" → MIL), and a side
    /// before a generic armed noun ("rebel forces", "opposition fighters" → REB).
    /// </summary>
    private (ActorEntry Role, int Last) Head(Article article, ActorEntry role, int last)
    {
        while (last + 1 < article.Tokens.Count && article.SameLine(last, last + 1) && dictionary.Roles.TryMatch(article, last + 1, out var next, out int nextLast))
        {
            // "rebel forces", "opposition fighters": the side decides, the generic armed noun does not.
            // "opposition minister", "rebel government": the opposition's own office.
            bool side = role.Role is "REB" or "INS" or "OPP" && next.Role is "MIL" or "REB" or "GOV";
            // "Syrian government fighters", "regime gunmen": the state's side names the armed men, not the rebels' noun.
            bool state = role.Role is "GOV" or "MIL" && next.Role is "REB" or "UAF";
            role = next.IsSpeaker || side ? role : state ? next with { Role = "MIL" } : next;
            last = nextLast;
        }
        return (role, last);
    }

    private bool Demonyms(Article article, int i, out List<string> countries, out int after)
    {
        countries = [];
        after = i;
        int k = i;
        // "US-led strikes", "Saudi-led forces": the leading country ("US-backed fighters" are not the backer's).
        if (Word(article, k) is { Length: > 4 } led && led.EndsWith("-led", StringComparison.OrdinalIgnoreCase)
            && CountryModifier(led[..^4]) is { } leader)
        {
            countries.Add(leader.Iso3);
            after = k + 1;
            return true;
        }
        // "a Russian-brokered truce", "Turkish-sponsored talks": the broker is a party to what it brokered.
        foreach (string suffix in (ReadOnlySpan<string>)["-brokered", "-sponsored", "-mediated"])
        {
            if (Word(article, k) is { } brokered && brokered.Length > suffix.Length + 1 && brokered.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && CountryModifier(brokered[..^suffix.Length]) is { } broker)
            {
                countries.Add(broker.Iso3);
                after = k + 1;
                return true;
            }
        }
        // "a US-Russian deal", "Turkish-Russian talks": both countries.
        if (HyphenatedDemonyms(Word(article, k)) is { } pair)
        {
            countries.AddRange(pair);
            after = k + 1;
            return true;
        }
        // "Saudi Arabia supports rebels": a demonym that opens a country's name of several words is the country, no modifier.
        while (k < article.Tokens.Count && CountryNameLast(article, k) == k && (CountryModifier(Word(article, k)) ?? PossessiveCountry(article, k)) is { } country)
        {
            countries.Add(country.Iso3);
            k += Word(article, k + 1) is "'s" or "’s" ? 2 : 1;
            if (k + 1 < article.Tokens.Count && Word(article, k) is "and" or "," && CountryModifier(Word(article, k + 1)) is not null)
                k++;
            // "Syrian Russian jets" in copy stripped of its "and": two demonyms side by side are partners.
            else if (k < article.Tokens.Count && gazetteer!.CountryByDemonym(Word(article, k)) is not null && gazetteer.CountryByDemonym(Word(article, k - 1)) is not null)
                continue;
            else
            {
                // Alternatives ("Russian or Syrian warplanes"): the first named is coded, as in the gold set's rules.
                if (k + 1 < article.Tokens.Count && Word(article, k) == "or" && CountryModifier(Word(article, k + 1)) is not null)
                    k += 2;
                break;
            }
        }
        after = k;
        return countries.Count > 0;
    }

    private List<string>? HyphenatedDemonyms(string word)
    {
        int dash = word.IndexOf('-');
        if (dash <= 0 || dash == word.Length - 1 || word.IndexOf('-', dash + 1) >= 0)
            return null;
        string first = word.Substring(0, dash), second = word.Substring(dash + 1);
        var a = CountryModifier(first);
        var b = CountryModifier(second);
        // The second part must be a demonym ("US-Russian"), so "Lebanon-Syria" (a border) is not read as two actors.
        return a is not null && b is not null && gazetteer!.CountryByDemonym(second) is not null ? [a.Iso3, b.Iso3] : null;
    }

    /// <summary>The country whose people a plural demonym names ("Russians", "Americans", "Iraqis"), or null.</summary>
    private CountryInfo? PluralDemonym(string word) =>
        gazetteer is not null && word.Length > 4 && char.IsUpper(word[0]) && word.EndsWith('s') ? gazetteer.CountryByDemonym(word.AsSpan(0, word.Length - 1)) : null;

    /// <summary>A demonym ("Russian") or a country's capitalised abbreviation used as one ("U.S. officials", "UK forces").</summary>
    private CountryInfo? CountryModifier(string word)
    {
        if (gazetteer is null || word.Length == 0 || !char.IsUpper(word[0]))
            return null;
        if (gazetteer.CountryByDemonym(word) is { } country)
            return country;
        // A possessive country: "Russia's warplanes", and "Russias massacres" in copy stripped of apostrophes.
        foreach (string suffix in (ReadOnlySpan<string>)["'s", "’s", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && gazetteer.CountryByName(word.AsSpan(0, word.Length - suffix.Length)) is { } owner
                && gazetteer.CountryByName(word) is null)
                return owner;
            // "Ankara's foreign ministry", "Moscow's envoy": a capital's possessive, with its apostrophe, is its state's.
            if (suffix != "s" && word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && CapitalOf(word[..^suffix.Length]) is { } seat)
                return seat;
        }
        bool abbreviation = word.Length is >= 2 and <= 5 && word.All(c => char.IsUpper(c) || c == '.');
        return abbreviation ? gazetteer.CountryByName(word) : null;
    }

    /// <summary>Whether the country at token <paramref name="i"/> is named in the possessive: "Russia's", "Russias" (apostrophe lost), "Russia 's".</summary>
    private bool Possessive(Article article, int i) =>
        gazetteer is not null && (PossessiveCountry(article, i) is not null
            || gazetteer.CountryByDemonym(Word(article, i)) is null && Word(article, i) is { Length: > 4 } w && w.EndsWith('s') && !w.All(char.IsUpper) && gazetteer.CountryByName(w) is null);

    /// <summary>"Turkey 's shelling", "Ankara 's envoy": a country or capital name followed by a possessive token.</summary>
    private CountryInfo? PossessiveCountry(Article article, int k) =>
        gazetteer is not null && Word(article, k + 1) is "'s" or "’s" && char.IsUpper(Word(article, k).FirstOrDefault())
            ? gazetteer.CountryByName(Word(article, k)) ?? CapitalOf(Word(article, k)) : null;

    /// <summary>The country whose capital (PPLC) is named so, or null.</summary>
    private CountryInfo? CapitalOf(string name) =>
        gazetteer?.Find(name).FirstOrDefault(p => p.FeatureCode == "PPLC") is { } capital ? gazetteer.Country(capital.CountryCode) : null;

    /// <summary>
    /// A capital (PPLC) or a country name — one token or several ("the United States") — followed by
    /// "and" another, or by a verb of saying or acting. Returns the government and the name's last token.
    /// </summary>
    private (string Iso3, int Last)? Metonym(Article article, int i)
    {
        if (gazetteer is null || !char.IsUpper(Word(article, i)[0]) || i + 1 >= article.Tokens.Count)
            return null;
        int last = CountryNameLast(article, i);
        string name = last == i ? Word(article, i) : article[new TextSpan(article.Tokens[i].Span.Start, article.Tokens[last].Span.End)];
        if (last + 1 >= article.Tokens.Count)
            return null;
        int n = last + 1;
        // "France also called", "Ankara again warned", "Moscow yesterday hit out", "Damascus on Monday denied": an adverb
        // or a day stands between the name and its verb.
        if (Word(article, n) is "also" or "again" or "later" or "then" or "quickly" or "yesterday" or "today" or "meanwhile" or "now" or "swiftly")
            n++;
        else if (Word(article, n) == "on" && Word(article, n + 1) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday")
            n += 2;
        string next = n < article.Tokens.Count ? Word(article, n) : "";
        // "Yemen has been in turmoil", "Iraq has been at war": the country, not its government.
        if (next is "has" or "have" or "had" && Word(article, n + 1) == "been" && Word(article, n + 2) is "in" or "at" or "through" or "under")
            return null;
        if (next == "hit" && Word(article, n + 1) == "out")
            next = "hit out";
        // "drew criticism from Moscow", "outrage from Ankara": who reacts, not where.
        // "condemnation from the United States": past the article of a country's name.
        int from = Word(article, i - 1) == "the" ? i - 2 : i - 1;
        if (from > 0 && Word(article, from) == "from" && Word(article, from - 1).ToLowerInvariant() is "criticism" or "outrage" or "condemnation" or "condemnations"
                or "protest" or "protests" or "anger" or "objections" or "rebuke" or "warning" or "warnings" or "reaction" or "reactions" or "response"
            && GovernmentOf(name) is { } critic)
            return (critic, last);
        // "cooperates with Damascus", "in coordination with Moscow": the partner is a government, not a place.
        if (i > 1 && Word(article, i - 1) == "with" && Word(article, i - 2).ToLowerInvariant() is "cooperates" or "cooperate" or "cooperated" or "cooperating"
                or "cooperation" or "coordination" or "coordinating" or "coordinates" or "ties" or "relations" or "alliance" or "allied" or "sided" or "siding"
            && GovernmentOf(name) is { } partner)
            return (partner, last);
        // "Saudi Arabia, which supports the rebels": a state in a relative clause that acts.
        if ((next is "which" or "who" || next == "," && Word(article, n + 1) is "which" or "who") && s_metonymVerbs.Contains(Word(article, next == "," ? n + 2 : n + 1))
            && Word(article, next == "," ? n + 2 : n + 1) is not ("is" or "was" or "has" or "had" or "have" or "are" or "were")
            && !AfterPreposition(article, i) && GovernmentOf(name) is { } relative)
            return (relative, last);
        // "troops loyal to Damascus", "militias allied with Tehran": whose side, not where.
        if (i > 1 && Word(article, i - 1) is "to" or "with" && Word(article, i - 2).ToLowerInvariant() is "loyal" or "allied" or "aligned" or "beholden" or "subservient"
            && GovernmentOf(name) is { } patron)
            return (patron, last);
        // "called on Tehran to…", "calling on Washington": the government addressed, though "on" precedes it.
        if (i > 1 && Word(article, i - 1) == "on" && Word(article, i - 2).ToLowerInvariant() is "called" or "calls" or "call" or "calling"
            && GovernmentOf(name) is { } addressed)
            return (addressed, last);
        // After a preposition it is a place or a topic: "the UN panel on Syria urged…", "in both Iraq and Syria".
        if (AfterPreposition(article, i))
            return null;
        // "Tehran and Moscow", "Russia and the Syrian regime", "the United States and its partners".
        // "held talks with Turkey", "a deal with Iran": the other party of talks or an agreement.
        if (i > 2 && Word(article, i - 1) == "with" && (ActAfter(article, i - 2) ?? ActAfter(article, i - 3)) is { Plover: "CONSULT" or "AGREE" }
            && GovernmentOf(name) is { } counterpart)
            return (counterpart, last);
        // "a deal between Russia, Iran and Turkey": the parties of an agreement, talks or truce.
        // "a deal signed earlier this year between …": a few words may stand between the noun and "between".
        bool parties = i > 1 && Word(article, i - 1) == "between" && Enumerable.Range(Math.Max(0, i - 6), Math.Min(5, i - 1)).Any(k => Word(article, k).ToLowerInvariant() is "deal" or "agreement" or "talks" or "truce"
            or "ceasefire" or "meeting" or "accord" or "negotiations" or "tensions" or "dispute" or "rift" or "summit");
        if (parties && GovernmentOf(name) is { } party)
            return (party, last);
        // "Russia, Iran and Turkey agreed": the first of a list whose commas remain.
        bool listed = next == "," && last + 2 < article.Tokens.Count && GovernmentOf(Word(article, last + 2)) is not null
            && Enumerable.Range(last + 2, 6).Any(k => k + 1 < article.Tokens.Count && Word(article, k) == "and" && GovernmentOf(Word(article, k + 1)) is not null);
        bool andAnother = listed || next == "and" && last + 2 < article.Tokens.Count
            && (GovernmentOf(Word(article, last + 2)) is not null || CountryModifier(Word(article, Word(article, last + 2) == "the" ? last + 3 : last + 2)) is not null
                || Word(article, last + 2) == "its" && Word(article, last + 3) is "allies" or "partners" or "coalition"
                || Word(article, last + 2) is "allies" or "partners"
                // "Damascus and militant groups have traded accusations": a subject coordinated with an armed side or a government.
                || IsLowercaseOrSentenceStart(article, i) && dictionary.Roles.TryMatch(article, Word(article, last + 2) == "the" ? last + 3 : last + 2, out var partnerRole, out _)
                    && partnerRole.Role is "REB" or "MIL" or "GOV" or "INS" or "UAF" or "OPP"
                // "Iran and Hezbollah have sent fighters": a state coordinated with a named armed group or body that acts.
                || dictionary.Named.TryMatch(article, Word(article, last + 2) == "the" ? last + 3 : last + 2, out var partnerGroup, out int partnerLast)
                    && partnerGroup.Kind == ActorEntryKind.Group && partnerLast + 1 < article.Tokens.Count
                    && (s_metonymVerbs.Contains(Word(article, partnerLast + 1)) || ActAfter(article, partnerLast + 1) is not null)
                // "Russia and the United States": a country of several words after "the".
                || Word(article, last + 2) is "the" && last + 3 < article.Tokens.Count
                    && CountryPlaceAt(article, last + 3) is not null);
        // "in Syria, Iraq and Yemen": every name of a list after a preposition is a place.
        int run = i - 1;
        while (run > 0 && (Word(article, run) is "," or "and" || GovernmentOf(Word(article, run)) is not null && char.IsUpper(Word(article, run)[0])))
            run--;
        if (run < i - 1 && Word(article, i - 1) is "," or "and" && s_placePrepositions.Contains(Word(article, run)) && Metonym(article, run + 1) is null)
            return null;
        // "in Syria and Iraq": the second of two places after a preposition is a place too.
        // Unless the first is a government itself: "objections from Iran and Russia".
        if (i >= 3 && Word(article, i - 1) == "and" && char.IsUpper(Word(article, i - 2).FirstOrDefault())
            && AfterPreposition(article, i - 2) && Metonym(article, i - 2) is null)
            return null;
        // "Moscow and Washington", "the United States and Russia": after "and", a government named before it.
        // The word before the name, past a "the": "Russia and the United States", "its ally the United States".
        int prior = Word(article, i - 1) == "the" ? i - 2 : i - 1;
        bool andPrevious = prior >= 1 && Word(article, prior) == "and" && (GovernmentOf(Word(article, prior - 1)) is not null
                && (prior == i - 1 || !AfterPreposition(article, prior - 1) || Metonym(article, prior - 1) is not null)
            || article.Places.Any(p => p.Precision == PlacePrecision.Country && p.Span.End == article.Tokens[prior - 1].Span.End && !AfterPreposition(article, article.TokenAfter(p.Span.Start))));
        bool verb = s_metonymVerbs.Contains(next)
            // "blamed Moscow for…", "urged Ankara to…", "called on Tehran": the government addressed.
            || i > 0 && s_addressingVerbs.Contains(Word(article, i - 1))
            // "the government and allies including Russia": one of the allies listed.
            || i > 1 && Word(article, i - 1) == "including" && Word(article, i - 2).ToLowerInvariant() is "allies" or "partners" or "backers" or "powers" or "states" or "governments"
            // "to back its ally Damascus": a capital named as someone's ally is its government.
            || i > 0 && Word(article, prior) is "ally" or "allies" or "backer" or "backers" or "supporter" or "supporters" or "sponsor" or "sponsors" or "patron" or "partner" or "partners"
            // "prompted Washington to strike", "forced Ankara to close": the government made to act.
            || i > 0 && next == "to" && Word(article, i - 1) is "prompted" or "prompting" or "forced" or "forcing" or "pushed" or "pushing" or "persuaded"
                or "convinced" or "encouraged" or "invited" or "compelled" or "pressured" or "pressuring"
            // "a truce announced by Turkey", "talks sponsored by Russia", "rebels accused by Ankara": the agent of a diplomatic participle.
            || i > 1 && Word(article, i - 1) == "by" && Word(article, i - 2).ToLowerInvariant() is "announced" or "declared" or "brokered" or "sponsored"
                or "mediated" or "guaranteed" or "proposed" or "drafted" or "hosted" or "accused" or "blamed" or "condemned" or "criticised" or "criticized"
                or "denounced" or "rejected" or "welcomed" or "praised";
        // "Turkey Iran and Russia have asked": a list of countries whose commas were lost.
        bool inList = false;
        if (!andAnother && !verb && GovernmentOf(next) is not null)
        {
            int j = last + 1;
            while (j < article.Tokens.Count && GovernmentOf(Word(article, j)) is not null)
                j++;
            inList = j + 1 < article.Tokens.Count && Word(article, j) == "and" && (GovernmentOf(Word(article, j + 1)) is not null
                    || Word(article, j + 1) == "the" && j + 2 < article.Tokens.Count && CountryPlaceAt(article, j + 2) is not null)
                || s_metonymVerbs.Contains(Word(article, j));
        }
        bool listedBefore = i >= 1 && GovernmentOf(Word(article, i - 1)) is not null && char.IsUpper(Word(article, i - 1).FirstOrDefault())
            && (Metonym(article, i - 1) is not null);
        return (andAnother || andPrevious || verb || inList || listedBefore) && GovernmentOf(name) is { } iso3 ? (iso3, last) : null;
    }

    private (string Iso3, int Last)? ForeignCountryOnAct(Article article, int i, string? home)
    {
        if (gazetteer is null || !char.IsUpper(Word(article, i)[0]))
            return null;
        var place = CountryPlaceAt(article, i);
        if (place?.Country is not { } iso2 || gazetteer.Country(iso2)?.Iso3 is not { } iso3 || iso3 == home)
            return null;
        int last = CountryNameLast(article, i);
        if (StrikesFrom(article, i))
            return (iso3, last);
        return AfterPreposition(article, i) ? null : ActAfter(article, last + 1) is { Plover: "ASSAULT" } ? (iso3, last) : null;
    }

    /// <summary>
    /// "air strikes from Russia", "shelling from the United States": fire from the air or by guns that comes from a
    /// foreign country is its military's. Only aerial and artillery fire: "an attack from Iraq" says where from, not whose.
    /// </summary>
    private static bool StrikesFrom(Article article, int i)
    {
        int from = Word(article, i - 1) == "the" ? i - 2 : i - 1;
        if (from < 1 || Word(article, from) != "from")
            return false;
        for (int k = from - 1; k >= Math.Max(0, from - 3); k--)
        {
            if (EventTriggers.TryMatchAct(article, k, out var act, out int last) && last == from - 1)
                return act.Cameo is "195" or "194" || act.Cameo.StartsWith("195", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>The country the gazetteer found starting at token <paramref name="k"/> ("the United States" from "United"), if any.</summary>
    private static PlaceMention? CountryPlaceAt(Article article, int k) =>
        k < article.Tokens.Count ? article.Places.FirstOrDefault(p => p.Precision == PlacePrecision.Country && p.Span.Start == article.Tokens[k].Span.Start) : null;

    /// <summary>The last token of a country's name of several words starting at token i ("United States"), else i.</summary>
    private static int CountryNameLast(Article article, int i)
    {
        var place = CountryPlaceAt(article, i);
        if (place is null)
            return i;
        int last = i;
        while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].Span.End <= place.Span.End)
            last++;
        return last;
    }

    /// <summary>A preposition before the name, or before "both"/"either" before it ("in both Iraq and Syria").</summary>
    private static bool AfterPreposition(Article article, int i) =>
        i > 0 && s_placePrepositions.Contains(Word(article, i - 1))
        || i > 1 && Word(article, i - 1) is "both" or "either" && s_placePrepositions.Contains(Word(article, i - 2))
        // "villages in northern Syria seized by IS": a region of the country, still a place.
        || i > 1 && s_regionAdjectives.Contains(Word(article, i - 1)) && s_placePrepositions.Contains(Word(article, i - 2));

    private static readonly HashSet<string> s_regionAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern", "central",
        "north", "south", "east", "west", "war-torn", "neighbouring", "neighboring",
    };

    /// <summary>The state an office names after "of" ("President of Turkey", "Forces of the Russian Federation") and its last token.</summary>
    /// <param name="joiner">Read after "and" or a comma that joins one more state to those already named.</param>
    /// <summary>"of" and a gerund after the role ("accused the regime of shelling"): the charge laid against it.</summary>
    private static bool ChargeAfter(Article article, int roleLast) =>
        Word(article, roleLast + 1) == "of" && Word(article, roleLast + 2) is { Length: > 4 } charge && char.IsLower(charge[0]) && charge.EndsWith("ing", StringComparison.Ordinal);

    private (string Iso3, int Last)? StateAfterOf(Article article, int roleLast, bool joiner = false)
    {
        if (!joiner && Word(article, roleLast + 1) is not ("of" or "Of"))
            return null;
        int k = Word(article, roleLast + 2) is "the" ? roleLast + 3 : roleLast + 2;
        if (k >= article.Tokens.Count || !article.SameLine(roleLast, k))
            return null;
        if (CountryPlaceAt(article, k) is { Country: { } iso2 } && gazetteer?.Country(iso2)?.Iso3 is { } iso3)
            return (iso3, CountryNameLast(article, k));
        return null;
    }

    /// <summary>
    /// A named group's possessive ("MSF 's", "MSF's", or "MSFs" in copy stripped of apostrophes) before up to two
    /// modifiers and a speaking or leading role ("president", "chief", "spokesman"): the group and the role's last token.
    /// </summary>
    private (ActorEntry Group, int Last)? GroupOfficer(Article article, int i)
    {
        // This runs on every token: look at the text without allocating until a candidate shows.
        var text = article.Slice(article.Tokens[i].Span);
        if (text.Length < 2 || !char.IsUpper(text[0]) && !s_officerLookup.Contains(text))
            return null;
        string word = Word(article, i);
        ActorEntry? group = null;
        int k;
        // Most capitalised words have no possessive token a few words on.
        bool possessiveAhead = false;
        for (int j = i + 1; j < article.Tokens.Count && j <= i + 6 && !possessiveAhead; j++)
            possessiveAhead = article.Slice(article.Tokens[j].Span) is "'s" or "’s";
        if (possessiveAhead && dictionary.Named.TryMatch(article, i, out var named, out int namedLast) && named.Kind == ActorEntryKind.Group
            && Word(article, namedLast + 1) is "'s" or "’s")
            (group, k) = (named, namedLast + 2);
        else
        {
            // "the head of QRCS's programme", "a spokesman for the Observatory": an officer named before the group is the
            // group's; the mention is the officer's word alone, so the group's own name ("… legal committee Riyad Karimi") is read after it.
            if (s_officers.Contains(word))
                return (GroupAfterOf(article, i) ?? GroupAfterFor(article, i)) is { } employer ? (employer.Group, i) : null;
            if (PossessiveStem(word) is not { } stem || !dictionary.Named.TryMatchWord(stem, out var owner) || owner.Kind != ActorEntryKind.Group)
                return null;
            (group, k) = (owner, i + 1);
        }
        for (int m = 0; m < 3 && k < article.Tokens.Count && article.SameLine(i, k); m++, k++)
        {
            if (s_officers.Contains(Word(article, k)))
                return (group, k);
            if (dictionary.Roles.TryMatch(article, k, out var role, out int roleLast))
                return role.IsSpeaker ? (group, roleLast) : null;
            if (!char.IsLower(Word(article, k).FirstOrDefault()) || !IsModifier(article, k))
                return null;
        }
        return null;
    }

    /// <summary>The named group after "of" ("aircraft of the US-led coalition") and its last token.</summary>
    private (ActorEntry Group, int Last)? GroupAfterOf(Article article, int roleLast)
    {
        if (Word(article, roleLast + 1) != "of")
            return null;
        int k = Word(article, roleLast + 2) is "the" ? roleLast + 3 : roleLast + 2;
        if (k >= article.Tokens.Count || !article.SameLine(roleLast, k))
            return null;
        if (dictionary.Named.TryMatch(article, k, out var group, out int last) && group.Kind == ActorEntryKind.Group)
            return (group, last);
        // "head of QRCSs health programme": a group's possessive, its apostrophe lost.
        return PossessiveStem(Word(article, k)) is { } stem && dictionary.Named.TryMatchWord(stem, out var owner) && owner.Kind == ActorEntryKind.Group ? (owner, k) : null;
    }

    /// <summary>The named group after "for" ("a spokesman for the Syrian Observatory") and its last token.</summary>
    private (ActorEntry Group, int Last)? GroupAfterFor(Article article, int officer)
    {
        if (Word(article, officer + 1) != "for")
            return null;
        int k = Word(article, officer + 2) is "the" ? officer + 3 : officer + 2;
        return k < article.Tokens.Count && article.SameLine(officer, k) && dictionary.Named.TryMatch(article, k, out var group, out int last)
            && group.Kind == ActorEntryKind.Group ? (group, last) : null;
    }

    /// <summary>"MSF's" → "MSF", "MSFs" → "MSF" (a capitalised word of two letters or more before the possessive), else null.</summary>
    private static string? PossessiveStem(string word)
    {
        string stem = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
            : word.Length > 3 && word.EndsWith('s') ? word[..^1] : "";
        return stem.Length >= 2 && char.IsUpper(stem[0]) ? stem : null;
    }

    private string? GovernmentOf(string name)
    {
        // Two letters only as an abbreviation ("US", "UK"); a named group ("IS") is matched before this is asked.
        if (gazetteer is null || name.Length < 2 || !char.IsUpper(name[0]) || name.Length == 2 && !char.IsUpper(name[1]))
            return null;
        if (gazetteer.CountryByName(name) is { } country)
            return country.Iso3;
        var capital = gazetteer.Find(name).FirstOrDefault(p => p.FeatureCode == "PPLC");
        return capital is null ? null : gazetteer.Country(capital.CountryCode)?.Iso3;
    }

    /// <summary>Loaded terms, merged when adjacent ("Takfiri terrorists"), said of the actor they touch, else the nearest one before them in the sentence.</summary>
    private List<LabelMention> Label(Article article, List<ActorMention> actors)
    {
        var labels = new List<LabelMention>();
        for (int i = 0; i < article.Tokens.Count; i++)
        {
            if (!dictionary.Labels.TryMatch(article, i, out var first, out int last))
                continue;
            int start = i;
            // A phrase of the dictionary ("wrongly referred to as moderate"), not one-word labels side by side ("regime thugs").
            bool phrase = last > start;
            while (last + 1 < article.Tokens.Count && dictionary.Labels.TryMatch(article, last + 1, out _, out int next))
                last = next;
            var span = new TextSpan(article.Tokens[start].Span.Start, article.Tokens[last].Span.End);
            var sentence = article.Sentences.FirstOrDefault(s => s.Contains(span));
            // One-word labels ("Takfiri", "regime thugs") are said of the actor they touch or the one right after them;
            // a phrase ("wrongly referred to as moderate") of the actor before it in the sentence.
            int index = actors.FindIndex(a => a.Span.Overlaps(span));
            // "the so-called moderate rebels": a phrase that runs straight into an actor is said of it.
            if (index < 0 && phrase)
                index = actors.FindIndex(a => a.Span.Start > span.End && a.Span.Start - span.End <= 1 && sentence.Contains(a.Span));
            if (index < 0 && phrase)
                index = actors.FindLastIndex(a => a.Span.End <= span.Start && sentence.Contains(a.Span));
            if (index < 0)
                index = actors.FindIndex(a => a.Span.Start >= span.End && a.Span.Start - span.End <= 2 && sentence.Contains(a.Span));
            // "the so-called ceasefire": a term that only qualifies an actor labels no one here.
            if (index < 0 && !first.StandsAlone)
            {
                i = last;
                continue;
            }
            string term = article[span];
            string? actorCode = null;
            if (index >= 0)
            {
                var actor = actors[index];
                actorCode = actor.Group ?? actor.Code;
                actors[index] = actor with { Label = actor.Label ?? term };
            }
            labels.Add(new LabelMention(span, term, actorCode, term, first.Polarity ?? "negative"));
            i = last;
        }
        return labels;
    }

    private static ActorMention Mention(Article article, int first, int last, string code, string? country, string? role, string? group, string? person, string rule)
    {
        var span = new TextSpan(article.Tokens[first].Span.Start, article.Tokens[last].Span.End);
        return new ActorMention(span, article[span], code, country, role, group, person, null, rule);
    }

    /// <summary>Capitalised title words and adjectives between a demonym and its head: "Deputy", "Foreign", "fresh".</summary>
    private static bool IsModifier(Article article, int k)
    {
        string word = Word(article, k);
        // Function words and acts end the phrase: "Syria's Aleppo controlled by rebels" is no Syrian rebel.
        return article.Tokens[k].Kind == TokenKind.Word && word.Length > 1 && !s_phraseBreakers.Contains(word)
            && !EventTriggers.TryMatchAct(article, k, out _, out _);
    }

    /// <summary>Words that follow a noun but never an adjective: "the regime in", "the opposition has".</summary>
    private static readonly HashSet<string> s_nounFollowers = new(StringComparer.Ordinal)
    {
        "in", "against", "for", "to", "from", "with", "by", "over", "into", "at", "on", "near", "across", "inside",
        "is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "can", "may", "might", "must", "should",
        "which", "that", "who", "says", "said",
    };

    /// <summary>After these a country or capital is a place or a topic, not a government acting.</summary>
    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.Ordinal)
    {
        "on", "in", "of", "from", "for", "against", "about", "over", "across", "into", "inside", "at", "near",
    };

    private static readonly HashSet<string> s_phraseBreakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "in", "on", "to", "the", "that", "who", "a", "an", "by", "with", "from", "at", "for", "against",
        "as", "after", "before", "over", "into", "near", "while", "which", "when", "its", "their", "his", "her", "is", "was",
        "were", "are", "be", "been", "has", "have", "had", "said", "says", "will", "would", "than", "but",
    };

    /// <summary>A lowercase role word, or a capitalised one opening its sentence or a quotation ("Rebels said", "“Rebels shelled…") or in the headline.</summary>
    private static bool IsLowercaseOrSentenceStart(Article article, int i) =>
        char.IsLower(Word(article, i)[0]) || article.Sentences.Any(s => s.Start == article.Tokens[i].Span.Start)
        || Word(article, i - 1) is "“" or "\"" or "‘"
        || article.TitleSpan is { } title && title.Contains(article.Tokens[i].Span)
        // "5 May 2016 Terrorist shelling hit…": the word after the dateline opens the story.
        || i > 0 && article.Published?.Span is { } dateline && article.Tokens[i - 1].Span.End == dateline.End
        // "told SANA that Army units shelled…": a capitalised role between lowercase words is the institution, not a name's word.
        || i > 0 && article.Tokens[i - 1].Kind == TokenKind.Word && char.IsLower(Word(article, i - 1)[0])
            && i + 1 < article.Tokens.Count && article.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(Word(article, i + 1)[0])
            && Word(article, i + 1) is not ("of" or "for" or "and") && article.SameLine(i - 1, i + 1);

    private static string Word(Article article, int i) => article.TokenText(i);

}
