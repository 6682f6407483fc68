using Sitrep.Dictionaries;
using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// Finds place names and resolves them against the gazetteer, in the spirit of CLIFF/Mordecai:
/// capitalised name chunks from the tokens, cue words around them ("X province", "the town of X",
/// "north of X", "southern X"), then resolution with context — "X in Y" / "X, Y" containment, the
/// article's dominant country, the kind the cue announces, and population last.
/// </summary>
/// <remarks>
/// A name the gazetteer lacks whose container is known ("Khan Touman in Aleppo province") takes the
/// container's coordinates with that container's precision and keeps its own name; it never jumps
/// to a same-named place elsewhere. A small place outside the article's country is not accepted
/// without such context: in a Syrian story, "Of" is not the Turkish town.
/// </remarks>
public sealed class PlaceStage(Gazetteer.Gazetteer gazetteer, PlaceVocabulary vocabulary) : IArticleStage
{
    private const int MaxChunkTokens = 6;

    /// <summary>How far a part of a city ("X neighbourhood of Aleppo") may lie from the city's point.</summary>
    private const double NearCityKm = 30;
    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "ez", "az", "ad", "ar", "as", "ash", "at", "an", "ed", "es", "ibn", "bin", "de", "du", "la", "le",
    };

    public PlaceStage(Gazetteer.Gazetteer gazetteer) : this(gazetteer, PlaceVocabulary.Default) { }

    public string Name => "places";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<string> Assigns => [Layers.Places];

    public void Process(Article article, AnalysisOptions options)
    {
        var unmatched = new List<(int First, int Last, int Sentence)>();
        // "U.S.-backed rebels", "a U.S.-Russian plan", "Lebanon-Syria border": a name inside a hyphenated
        // modifier describes something; it is not where anything happened.
        // "the Islamic State of Iraq and the Levant", "the Jordan Times": a name inside a group's or paper's name is no place.
        var candidates = Recognize(article, unmatched).Where(c => !InCompoundModifier(article, c) && !InNamedGroup(article, c)).ToList();
        SharePluralCues(article, candidates);
        LinkContainers(article, candidates);
        var country = DominantCountry(article, candidates);
        Resolve(candidates, country);
        // "… Lane said": a name before a verb of saying, read as a place abroad, is a speaker.
        candidates = candidates.Where(c => !(c.Resolved is { IsCountry: false, FeatureCode: not "PPLC" } r && r.CountryCode != country
            && c.LastToken + 1 < article.Tokens.Count && Word(article, c.LastToken + 1) is "said" or "says" or "told" or "added" or "stated")).ToList();
        ResolveByArticleProvince(candidates, country);
        candidates = RepeatedNames(article, candidates, unmatched);
        OneSensePerArticle(candidates, country);
        article.Places = candidates.Where(c => c.Resolved is not null).Select(c => ToMention(article, c)).ToList();
    }

    /// <summary>
    /// "Aleppo, Damascus and Idlib provinces": a plural cue after a list says what every name in it is, so
    /// "Damascus" there is the province around the capital, not the city.
    /// </summary>
    private static void SharePluralCues(Article article, List<PlaceCandidate> candidates)
    {
        for (int i = candidates.Count - 1; i > 0; i--)
        {
            if (Word(article, candidates[i].LastToken) is not ("provinces" or "governorates"))
                continue;
            for (int j = i - 1; j >= 0; j--)
            {
                int gap = candidates[j + 1].FirstToken - candidates[j].LastToken - 1;
                bool joined = gap == 0 || gap == 1 && Word(article, candidates[j].LastToken + 1) is "and" or ","
                    || gap == 2 && Word(article, candidates[j].LastToken + 1) == "," && Word(article, candidates[j].LastToken + 2) == "and";
                if (!joined || candidates[j].Hint != PlaceHint.None)
                    break;
                candidates[j].Hint = candidates[i].Hint;
            }
        }
    }

    private static bool InNamedGroup(Article article, PlaceCandidate c)
    {
        for (int k = c.FirstToken; k >= Math.Max(0, c.FirstToken - 8); k--)
        {
            if (ActorDictionary.Default.Named.TryMatch(article, k, out var entry, out int last) && entry.Kind == ActorEntryKind.Group
                && last >= c.LastToken && (k < c.FirstToken || last > c.LastToken))
                return true;
        }
        return false;
    }

    private List<PlaceCandidate> Recognize(Article article, List<(int First, int Last, int Sentence)> unmatched)
    {
        var tokens = article.Tokens;
        var found = new List<PlaceCandidate>();
        int sentence = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            while (sentence < article.Sentences.Count - 1 && tokens[i].Span.Start >= article.Sentences[sentence].End)
                sentence++;
            if (!IsNameToken(article, i))
                continue;

            // The longest run of name tokens (with inner particles: "Ras al Ain").
            int end = i;
            while (end + 1 < tokens.Count && end + 1 - i < MaxChunkTokens && article.SameLine(end, end + 1)
                   && (IsNameToken(article, end + 1) || IsParticle(article, end + 1) && end + 2 < tokens.Count && IsNameToken(article, end + 2)))
                end++;

            // A weekday or month ends a name: "the city of Homs Wednesday state media said"; so does a
            // possessive whose apostrophe the scraper dropped: "in Syrias Idlib province".
            for (int k = i; k <= end; k++)
            {
                if (k > i && IsCalendarWord(Word(article, k)))
                {
                    end = k - 1;
                    break;
                }
                if (IsStrippedPossessiveOfCountry(Word(article, k)) && (k > i || k < end))
                {
                    // "Syrias Idlib": the possessive is a chunk of its own; "Deir al-Zor Syrias SANA": it starts one.
                    end = k > i ? k - 1 : k;
                    break;
                }
            }

            // Scraped copy lowercases glued articles ("Deir ezzor"): take one more word if the gazetteer knows the longer name.
            // Not after a lone article word: the key drops it, so "As the army …" would be the name "the" (an airport code).
            if (end + 1 < tokens.Count && article.SameLine(end, end + 1) && tokens[end + 1].Kind == TokenKind.Word
                && !(end == i && s_particles.Contains(Word(article, i)))
                && gazetteer.Find(article.Text.AsSpan(tokens[i].Span.Start, tokens[end + 1].Span.End - tokens[i].Span.Start)).Count > 0)
                end++;

            // Headlines capitalise every word: there a known name may stand inside a longer chunk
            // ("Iran Condemns Terrorists"), so every start is tried. In body text a chunk is one name.
            bool headline = article.TitleSpan is { } title && title.Contains(article.Tokens[i].Span);
            // "… on Bab Touma neighbourhood in Damascus": a chunk its cue calls a place is one name, even in a headline.
            bool cued = end + 1 < tokens.Count && article.SameLine(end, end + 1) && vocabulary.CuesAfter.ContainsKey(Word(article, end + 1))
                && char.IsLower(Word(article, end + 1)[0]);
            // "Aleppo Damascus Countryside": an unknown name its cue vouches for may be a comma-less list of known ones.
            var candidate = Match(article, i, end, sentence, allowInner: headline && !cued);
            if (candidate is { Entries.Count: 0 } && end > i && !headline && KnownNameRun(article, i, end, sentence) is { } listed)
            {
                found.AddRange(listed);
                i = listed[^1].LastToken;
            }
            else if (candidate is not null)
            {
                found.Add(candidate);
                i = candidate.LastToken;
            }
            else if (end > i && !headline && gazetteer.CountryByName(Word(article, end)) is not null
                     && Match(article, i, end - 1, sentence, allowInner: false) is { } beforeCountry)
            {
                // "the city of Tabqa Syria": a country name glued after a place (commas dropped).
                found.Add(beforeCountry);
                i = end - 1;
            }
            else if (end > i && !headline && s_facilityWords.Contains(Word(article, end))
                     && Enumerable.Range(i, end - i).Reverse().Select(j => Match(article, i, j, sentence, allowInner: false)).FirstOrDefault(c => c is not null
                        && c.Entries.Any(e => e.IsAdmin1 || e.IsPopulatedPlace && e.Population >= 100_000)) is { } city)
            {
                // "Damascus Sheraton Hotel", "Aleppo University Hospital": a facility named after its city lies there.
                found.Add(city);
                i = end;
            }
            else if (end > i && !headline && KnownNameRun(article, i, end, sentence) is { } run)
            {
                // "in Aleppo Idlib and Hama": a list whose commas the scraper dropped is several names.
                found.AddRange(run);
                i = run[^1].LastToken;
            }
            else if (!headline)
            {
                unmatched.Add((i, end, sentence));
                i = end;
            }
        }
        return found;
    }

    /// <summary>
    /// tokens[first..last] read as adjacent well-known names — countries, provinces, big cities —
    /// that cover it whole, longest first from the left; null when any part is not such a name, so a
    /// person or group ("Hossein Amir Abdollahian") never yields the place inside it.
    /// </summary>
    private List<PlaceCandidate>? KnownNameRun(Article article, int first, int last, int sentence)
    {
        var run = new List<PlaceCandidate>();
        for (int start = first; start <= last;)
        {
            PlaceCandidate? part = null;
            for (int stop = last; stop >= start && part is null; stop--)
            {
                if (stop == last && start == first)
                    continue;
                // A plain lookup first: Match, with its fallbacks, only for names the gazetteer lists as they stand.
                var slice = article.Text.AsSpan(article.Tokens[start].Span.Start, article.Tokens[stop].Span.End - article.Tokens[start].Span.Start);
                if (gazetteer.Find(slice).Count == 0)
                    continue;
                if (Match(article, start, stop, sentence, allowInner: false) is { } c && c.FirstToken == start
                    && c.Entries.Any(e => e.IsCountry || e.IsAdmin1 || e.IsPopulatedPlace && e.Population >= 100_000))
                    part = c;
            }
            if (part is null)
                return null;
            run.Add(part);
            start = part.LastToken + 1;
        }
        return run.Count >= 2 ? run : null;
    }

    /// <summary>The longest sub-chunk of tokens[first..last] that the gazetteer knows, once leading qualifiers and openers are set aside.</summary>
    private PlaceCandidate? Match(Article article, int first, int last, int sentence, bool allowInner)
    {
        string? qualifier = null;
        int chunkStart = first;
        // "Northern Syria", "Southern Aleppo": a leading direction is a qualifier, not part of the name.
        while (first < last && vocabulary.PrefixQualifiers.TryGetValue(Word(article, first), out string? direction))
        {
            qualifier = direction;
            first++;
        }
        // A capitalised sentence opener or title word is not part of the name ("The", "In", "President").
        // But a name head that is no place alone begins the name: "Abu Kamal" is not Kamal, "Sheikh Miskin" not Miskin.
        while (first <= last && (Abbreviations.Default.IsSentenceOpener(Word(article, first)) || vocabulary.NotPlaceKeys.Contains(PlaceNameNormalizer.Key(Word(article, first)))) && first < last
               && !vocabulary.NameHeads.Contains(Word(article, first)))
            first++;

        for (int length = last - first + 1; length >= 1; length--)
        {
            // Only the whole chunk, or the chunk less a trailing cue ("Aleppo Province"): a known name
            // inside a longer unknown one ("Amir" in "Hossein Amir Abdollahian") is a person or group.
            // "Aleppo Police Command", "Homs Health Directorate": a place before its institution's words is still read.
            if (!allowInner && length < last - first + 1 && !(length == last - first && vocabulary.CuesAfter.ContainsKey(Word(article, last)))
                && !Enumerable.Range(first + length, last - first - length + 1).All(k => vocabulary.InstitutionWords.Contains(Word(article, k))))
                break;
            var nameSpan = new TextSpan(article.Tokens[first].Span.Start, article.Tokens[first + length - 1].Span.End);
            string key = PlaceNameNormalizer.Key(article.Slice(nameSpan));
            if (key.Length < 2 || vocabulary.NotPlaceKeys.Contains(key) || IsOnlyQualifiers(article, first, first + length - 1)
                || length == 1 && IsCommonCapitalised(Word(article, first))
                || length == 1 && first < last && vocabulary.NameHeads.Contains(Word(article, first)))
                continue;
            var entries = gazetteer.FindByKey(key);
            // Scrapers strip apostrophes: "Syrias", "Aleppos" are "Syria's", "Aleppo's".
            if (entries.Count == 0 && key.Length > 4 && key[^1] == 's' && article.Text[nameSpan.End - 1] == 's')
            {
                string bareKey = PlaceNameNormalizer.Key(article.Slice(nameSpan)[..^1]);
                var bare = gazetteer.FindByKey(bareKey);
                if (bare.Count > 0 && !vocabulary.NotPlaceKeys.Contains(bareKey))
                {
                    entries = bare;
                    key = bareKey;
                    nameSpan = new TextSpan(nameSpan.Start, nameSpan.End - 1);
                }
            }

            // Vowels vary most between romanisations ("Deir al-Zour" / "Deir ez-Zor"): as a last resort
            // match the consonants, accepted later only for places in the article's own country.
            bool bySkeleton = false;
            if (entries.Count == 0 && key.Length >= 5 && !allowInner && IsPlacePreposition(article, first - 1) && !IsAdjective(article, first, first + length - 1))
            {
                entries = gazetteer.FindBySkeleton(article.Slice(nameSpan)).Where(e => e.IsAdmin1 || e.IsPopulatedPlace && e.Population >= 1000).ToList();
                bySkeleton = entries.Count > 0;
            }
            // "NGO", "UTC", "FSA": short capitals are acronyms; they name a place only as a country ("US", "UK").
            if (length == 1 && IsAcronym(Word(article, first)))
                entries = entries.Where(e => e.IsCountry).ToList();
            var hint = PlaceHint.None;
            bool localCue = false;
            int lastToken = first + length - 1;

            // Cue after: "Aleppo province", "Raqqa city".
            if (lastToken + 1 < article.Tokens.Count && article.SameLine(lastToken, lastToken + 1)
                && vocabulary.CuesAfter.TryGetValue(Word(article, lastToken + 1), out var after))
            {
                hint = after;
                localCue = vocabulary.LocalCuesAfter.Contains(Word(article, lastToken + 1));
                lastToken++;
            }
            // Cue before: "the town of Khan Touman", "the province of Idlib".
            if (first >= 2 && Word(article, first - 1).Equals("of", StringComparison.OrdinalIgnoreCase)
                && vocabulary.CuesBefore.TryGetValue(Word(article, first - 2), out var before))
            {
                hint = before;
                localCue |= vocabulary.LocalCuesBefore.Contains(Word(article, first - 2));
            }
            qualifier ??= OfQualifier(article, first);

            // A name the gazetteer lacks is kept only when the text says it is a place: "the town of X",
            // or a container after it ("X in Aleppo province"). Not in headlines, where every word is
            // capitalised, and not for adjectives ("Kurdish-held town").
            bool cuedBefore = first >= 2 && Word(article, first - 1).Equals("of", StringComparison.OrdinalIgnoreCase) && vocabulary.CuesBefore.ContainsKey(Word(article, first - 2));
            if (entries.Count == 0 && (allowInner || IsAdjective(article, first, first + length - 1) || !cuedBefore && hint == PlaceHint.None && !FollowedByContainer(article, lastToken)))
                continue;
            // "Deir Ezzor Military Airport": an unknown name ending in an institution's word gives way to the place before it.
            if (entries.Count == 0 && vocabulary.InstitutionWords.Contains(Word(article, first + length - 1)))
                continue;
            // The mention keeps its direction word: "Northern Syria", "southern Aleppo province".
            int spanStart = chunkStart < first && qualifier is not null ? chunkStart
                : first > 0 && qualifier is null && vocabulary.PrefixQualifiers.ContainsKey(Word(article, first - 1)) ? first - 1 : first;
            return new PlaceCandidate
            {
                Key = key,
                Span = new TextSpan(article.Tokens[spanStart].Span.Start, article.Tokens[lastToken].Span.End),
                NameSpan = nameSpan,
                FirstToken = spanStart,
                LastToken = lastToken,
                Sentence = sentence,
                Hint = hint,
                LocalCue = localCue,
                SentenceInitial = length == 1 && IsSentenceStart(article, first),
                BySkeleton = bySkeleton,
                ArabicArticle = HasArabicArticle(article[nameSpan]) || PrecedingWord(article, nameSpan.Start) is "al" or "Al" or "AL" or "el" or "El",
                Qualifier = qualifier ?? (spanStart < first ? vocabulary.PrefixQualifiers.GetValueOrDefault(Word(article, spanStart)) : null),
                Entries = entries,
            };
        }
        return null;
    }

    private static bool IsSentenceStart(Article article, int token) =>
        article.Sentences.Any(s => s.Start == article.Tokens[token].Span.Start);

    private bool FollowedByContainer(Article article, int last) =>
        Word(article, last + 1) == "in" && last + 2 < article.Tokens.Count && IsNameToken(article, last + 2);

    /// <summary>"north of X", "the outskirts of X", "the Southern territories of X".</summary>
    private string? OfQualifier(Article article, int first)
    {
        if (first < 2 || !Word(article, first - 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            return null;
        if (first >= 3)
        {
            string two = $"{Word(article, first - 3)} {Word(article, first - 2)}".ToLowerInvariant();
            if (vocabulary.OfQualifiers.TryGetValue(two, out string? twoValue))
                return twoValue;
        }
        return vocabulary.OfQualifiers.GetValueOrDefault(Word(article, first - 2));
    }

    private static readonly HashSet<string> s_bearings = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    };

    private static readonly HashSet<string> s_quarterWords = new(StringComparer.OrdinalIgnoreCase) { "neighbourhood", "neighborhood", "quarter" };

    private static readonly HashSet<string> s_townWords = new(StringComparer.OrdinalIgnoreCase) { "city", "town", "village" };

    private static readonly HashSet<string> s_facilityWords = new(StringComparer.Ordinal)
    {
        // Not roads, gates or stations: those are named after where they lead ("the Castello Road", "the Aleppo highway").
        "Hotel", "Hospital", "Airport", "University", "Stadium", "Mosque", "Church", "Prison", "Square", "Hall", "Palace", "Market", "Citadel",
    };

    private static readonly HashSet<string> s_frameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "the", "of", "countryside", "outskirts", "suburbs", "rural", "km", "kilometres", "kilometers", "miles",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
    };

    private static bool IsFrameWord(string word) =>
        s_frameWords.Contains(word) || s_bearings.Contains(word) || word.Length > 0 && word.All(char.IsAsciiDigit);

    /// <summary>How far a place named by its bearing from a city ("north of Aleppo") may lie from it.</summary>
    private const double BearingKm = 80;

    /// <summary>"X in Y" and "X, Y": the place Y directly after X is taken to contain it.</summary>
    private static void LinkContainers(Article article, List<PlaceCandidate> candidates)
    {
        for (int i = 0; i + 1 < candidates.Count; i++)
        {
            var inner = candidates[i];
            var outer = candidates[i + 1];
            int gapStart = inner.LastToken + 1;
            // "Al Maleh north of Aleppo": the town lies near the city named as its bearing.
            int nameStart = outer.FirstToken;
            while (nameStart <= outer.LastToken && article.Tokens[nameStart].Span.Start < outer.NameSpan.Start)
                nameStart++;
            bool bearing = nameStart - gapStart == 2 && Word(article, gapStart + 1) == "of" && s_bearings.Contains(Word(article, gapStart));
            // "the X orchards near the big northern city of Y", "X farms near Y": near a city, maybe described on the way.
            int nearAt = Word(article, gapStart) is "near" or "outside" or "around" ? gapStart : gapStart + 1;
            // "Safsafah near Al Tabqah": the Arabic article before the name is part of it.
            int nameAt = nameStart - 1 > nearAt && Word(article, nameStart - 1) is "Al" or "al" or "El" or "el" ? nameStart - 1 : nameStart;
            bool near = nearAt < nameAt && nameAt - gapStart is >= 1 and <= 7 && Word(article, nearAt) is "near" or "outside" or "around"
                && (nameAt - nearAt == 1 || Word(article, nameAt - 1) == "of")
                && Enumerable.Range(gapStart, nameAt - gapStart).All(k => char.IsLower(Word(article, k).FirstOrDefault()));
            // "a massacre in Syria near Damascus": a country lies near nothing; the city is the finer place.
            if (inner.Sentence == outer.Sentence && (bearing || near) && !inner.Entries.Any(e => e.IsCountry))
            {
                inner.Container = outer;
                inner.Directional = true;
                continue;
            }
            // "X village to the west of Y city", "X town in the southern countryside of Idlib", "X village 10 km north of Y":
            // a place the text calls a village or town, framed by a bearing or a countryside before the next place, lies by it.
            int gap = nameStart - gapStart;
            // A distance and a bearing ("X 30 km north of Y") place any name by Y, cue or not.
            bool measured = Enumerable.Range(gapStart, Math.Max(0, gap)).Any(k => Word(article, k) is "km" or "kilometres" or "kilometers" or "miles")
                && Enumerable.Range(gapStart, Math.Max(0, gap)).Any(k => s_bearings.Contains(Word(article, k)));
            if (inner.Sentence == outer.Sentence && (inner.Hint is PlaceHint.Locality or PlaceHint.Area || measured) && gap is >= 2 and <= 6
                && Word(article, nameStart - 1) == "of" && Enumerable.Range(gapStart, gap).All(k => IsFrameWord(Word(article, k))))
            {
                inner.Container = outer;
                inner.Directional = true;
                continue;
            }
            if (outer.FirstToken - gapStart != 1)
                continue;
            string between = Word(article, gapStart);
            // "X in Y", "X, Y", and "the Salihiah neighbourhood of Hasakah city".
            bool partOf = between == "of" && inner.Hint is PlaceHint.Locality or PlaceHint.Area or PlaceHint.Admin2;
            if ((between is "in" or "," or "near" || partOf) && inner.Sentence == outer.Sentence)
                inner.Container = outer;
        }
        // "gunmen in Aleppo fired at the X neighborhood": a neighbourhood
        // with no city of its own is one of the city the sentence has just named.
        for (int i = 1; i < candidates.Count; i++)
        {
            var part = candidates[i];
            if (part.Container is not null || !s_quarterWords.Contains(Word(article, part.LastToken)))
                continue;
            var city = candidates.Take(i).LastOrDefault(c => c.Sentence == part.Sentence && !s_quarterWords.Contains(Word(article, c.LastToken))
                && !DatelineCity.Is(article, c.NameSpan));
            if (city is not null)
                part.Container = city;
        }
        // "al-Baath city Quneitra" in copy stripped of commas: a place its cue calls a town or city,
        // followed at once by another place, lies in it.
        for (int i = 0; i + 1 < candidates.Count; i++)
        {
            var inner = candidates[i];
            var outer = candidates[i + 1];
            if (inner.Container is null && inner.Hint == PlaceHint.Locality && outer.FirstToken == inner.LastToken + 1 && inner.Sentence == outer.Sentence
                && s_townWords.Contains(Word(article, inner.LastToken)))
                inner.Container = outer;
        }
    }

    /// <summary>The country the article is about: named countries, demonyms ("Syrian") and unambiguous places vote.</summary>
    private string? DominantCountry(Article article, List<PlaceCandidate> candidates)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        // Votes cast by places inside a country, kept apart to break ties: "Turkey said rebels shelled Azaz"
        // is one name of a country against one town, and the town is where it happened.
        var placeVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        void Vote(string country, double weight) => votes[country] = votes.GetValueOrDefault(country) + weight;
        void PlaceVote(string country, double weight)
        {
            Vote(country, weight);
            placeVotes[country] = placeVotes.GetValueOrDefault(country) + weight;
        }

        // Places inside a country outvote mentions of countries: conflict news names foreign powers
        // ("the US", "Russia") all the time, but its towns are where things happen.
        foreach (var candidate in candidates)
        {
            if (candidate.Entries.FirstOrDefault(e => e.IsCountry) is { } country)
            {
                Vote(country.CountryCode, 1);
                continue;
            }
            // A neighbourhood or village says nothing of its country ("the Sulaymaniyah neighborhood").
            if (candidate.LocalCue)
                continue;
            // Each name votes for the country of its most likely reading: a province, else its largest place.
            var likely = candidate.Entries.Where(e => e.IsAdmin1).FirstOrDefault()
                ?? candidate.Entries.Where(e => e.IsPopulatedPlace).MaxBy(e => e.Population);
            // A capital votes like its country: "Washington backs the rebels", "called on Moscow" name a government.
            // (Washington is a capital before it is a state.)
            // "talks in Geneva", "a conference in Astana": where diplomats meet is not where the news happens.
            if (TalksVenue.At(article, candidate.FirstToken))
            {
                if (likely is not null && !likely.IsCountry)
                    Vote(likely.CountryCode, 0.5);
            }
            else if (candidate.Entries.FirstOrDefault(e => e.FeatureCode == "PPLC") is { } capital)
                Vote(capital.CountryCode, 1);
            else if (likely is not null && !likely.IsCountry && (likely.IsAdmin1 || likely.Population >= 10_000))
                // A capitalised first word ("Men fled …") may be no name at all: it counts half; before an article
                // ("Reading the report, …") it is a verb, and counts not at all.
                PlaceVote(likely.CountryCode, (likely.IsAdmin1 || likely.Population >= 100_000 ? 3 : 1)
                    * (!candidate.SentenceInitial ? 1 : article.TokenText(candidate.LastToken + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? 0 : 0.5));
        }
        for (int i = 0; i < article.Tokens.Count; i++)
        {
            var word = article.Slice(article.Tokens[i].Span);
            if (word.Length > 3 && char.IsUpper(word[0]) && gazetteer.CountryByDemonym(word) is { } c)
                Vote(c.Iso2, 0.5);
        }
        return votes.Count == 0 ? null
            : votes.OrderByDescending(v => v.Value).ThenByDescending(v => placeVotes.GetValueOrDefault(v.Key)).First().Key;
    }

    private void Resolve(List<PlaceCandidate> candidates, string? country)
    {
        // Countries the article names: a town there with a name of several words is a place even when
        // the article's main country is the neighbour ("Tel Abyad" in a story told from the Turkish border).
        var named = candidates.SelectMany(c => c.Entries.Where(e => e.IsCountry)).Select(e => e.CountryCode).ToHashSet(StringComparer.Ordinal);
        // Containers first (they come later in the text: "X in Y"); then those whose context came
        // before them ("Aleppo … the Maisaloun neighborhood", "X north of Y" has Y after), once it is resolved.
        var order = Enumerable.Range(0, candidates.Count).Reverse().ToList();
        var late = order.Where(i => candidates[i].Container is { } c && candidates.IndexOf(c) < i).ToList();
        foreach (int i in order.Except(late).Concat(late.AsEnumerable().Reverse()))
        {
            var candidate = candidates[i];
            var container = candidate.Container?.Resolved;
            var pool = candidate.Entries.AsEnumerable();
            var city = container is { IsPopulatedPlace: true } ? container : null;
            if (container is not null && !container.IsPopulatedPlace)
            {
                pool = pool.Where(e => Contains(container, e));
                // "shells on Aleppo, Damascus Countryside, Hama", "fled to Turkey, Lebanon and Jordan": a list, not "X, Y"
                // containment, when the first is a country, a province or a big city of its own that does not lie in the second.
                if (!pool.Any() && candidate.Entries.Any(e => e.IsCountry || e.IsAdmin1 || e.IsPopulatedPlace && e.Population >= 50_000))
                {
                    pool = candidate.Entries;
                    container = null;
                }
            }
            if (city is not null)
            {
                container = null;
                // "the Shahba neighbourhood of Aleppo": a namesake elsewhere in the country is not it.
                var near = pool.Where(e => city.DistanceKm(e) <= (candidate.Directional ? BearingKm : NearCityKm)).ToList();
                pool = near.Count > 0 || candidate.Hint is PlaceHint.Locality or PlaceHint.Area || candidate.Directional ? near : pool;
            }
            var best = pool.Select(e => (Entry: e, Score: Score(candidate, e, country, container)))
                .Where(x => Acceptable(candidate, x.Entry, country, container) || NamedCountryTown(candidate, x.Entry, named))
                // "the Sulaymaniyah neighborhood" in an Aleppo report: a neighbourhood or village abroad only in a country the article names.
                .Where(x => !candidate.LocalCue || x.Entry.IsCountry || x.Entry.CountryCode == country || named.Contains(x.Entry.CountryCode))
                .OrderByDescending(x => x.Score)
                .FirstOrDefault().Entry;
            if (best is not null)
            {
                candidate.Resolved = best;
                candidate.Rule = container is not null ? "gazetteer-in-container" : "gazetteer";
            }
            // Known only by its container: "Khan Touman in Aleppo province" → the province, honestly; "the town of X in
            // Eastern Ghouta" → the region (a district or area inside one province), at the region's precision.
            else if (container is not null && WithinOneProvince(container))
            {
                candidate.Resolved = container;
                candidate.ViaContainer = true;
                candidate.Rule = "container";
            }
            else if (city is not null && (candidate.Hint is PlaceHint.Locality or PlaceHint.Area || candidate.Directional))
            {
                // "the Salihiah neighbourhood of Hasakah city": a part of a city is located at the city.
                candidate.Resolved = city;
                candidate.ViaContainer = true;
                candidate.Rule = "container";
            }
        }
    }

    /// <summary>
    /// A name the text calls a town or region but the gazetteer lacks, with no container given,
    /// takes the one province its own sentence's places lie in ("rockets hit the village of X … in Homs countryside"),
    /// else the province most of the article's places lie in — at province precision, never as a point.
    /// </summary>
    private void ResolveByArticleProvince(List<PlaceCandidate> candidates, string? country)
    {
        GazetteerPlace? Majority(IEnumerable<PlaceCandidate> among) => among
            .Where(c => c.Resolved is { } r && !r.IsCountry && r.CountryCode == country && r.Admin1Key is not null)
            .GroupBy(c => c.Resolved!.Admin1Key!)
            .OrderByDescending(g => g.Count())
            .Select(g => gazetteer.Admin1(country!, g.First().Resolved!.Admin1Code))
            .FirstOrDefault(p => p is not null);
        var articleProvince = Majority(candidates);
        if (articleProvince is null)
            return;
        var unknown = candidates.Where(c => c.Resolved is null && c.Entries.Count == 0 && c.Hint is PlaceHint.Locality or PlaceHint.Area).ToList();
        // A name placed by its sentence is that place wherever the article names it again ("the town of X" twice).
        var bySentence = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        foreach (var candidate in unknown)
        {
            var sentencePlaces = candidates.Where(c => c.Sentence == candidate.Sentence && c.Resolved is { IsCountry: false } r && r.CountryCode == country && r.Admin1Key is not null).ToList();
            if (sentencePlaces.Select(c => c.Resolved!.Admin1Key).Distinct().Count() == 1 && Majority(sentencePlaces) is { } own)
                bySentence.TryAdd(candidate.Key, own);
        }
        foreach (var candidate in unknown)
        {
            var province = bySentence.GetValueOrDefault(candidate.Key) ?? articleProvince;
            // "in northern Syria … the village of X" in a report about the east: the sentence's own region says X is not there.
            if (candidates.Any(c => c.Sentence == candidate.Sentence && c.Qualifier is { } side && c.Resolved is { IsCountry: true } whole
                    && whole.CountryCode == country && !OnSide(province, whole, side)))
                continue;
            candidate.Resolved = province;
            candidate.ViaContainer = true;
            candidate.Rule = "article-province";
        }
    }

    /// <summary>
    /// Whether a province may lie in the part of its country that a region names ("northern Syria"): its bearing from the
    /// country's reference point is within 67.5° of the region's (north-west counts as north). A province near that point,
    /// or a region that is no compass side ("central"), never contradicts.
    /// </summary>
    private static bool OnSide(GazetteerPlace province, GazetteerPlace country, string side)
    {
        double? heading = side switch
        {
            "north" => 0, "northeast" => 45, "east" => 90, "southeast" => 135, "south" => 180, "southwest" => -135, "west" => -90, "northwest" => -45,
            _ => null,
        };
        double dLat = province.Lat - country.Lat, dLon = (province.Lon - country.Lon) * Math.Cos(country.Lat * Math.PI / 180);
        if (heading is not { } h || dLat * dLat + dLon * dLon < 0.25)
            return true;
        double bearing = Math.Atan2(dLon, dLat) * 180 / Math.PI;
        double off = Math.Abs((bearing - h + 540) % 360 - 180);
        return off <= 67.5;
    }

    /// <summary>
    /// One place per name in an article: a name read once with context ("Al Maleh north of Aleppo",
    /// "al-Baath city in Quneitra") is that place when named again without it ("the farms of Al
    /// Maleh"), not a namesake elsewhere; and a name read abroad only by population is the home
    /// place of the same name, when the article has one.
    /// </summary>
    private static void OneSensePerArticle(List<PlaceCandidate> candidates, string? country)
    {
        foreach (var bare in candidates.Where(c => c.Resolved is { IsCountry: false, IsAdmin1: false } && c.Container is null))
        {
            var sense = candidates.FirstOrDefault(c => c != bare && c.Key == bare.Key && (c.Container is not null || c.LocalCue) && c.Resolved is not null)
                ?? (country is not null && bare.Resolved!.CountryCode != country
                    ? candidates.FirstOrDefault(c => c.Key == bare.Key && c.Resolved?.CountryCode == country) : null);
            if (sense is not null && sense.Resolved != bare.Resolved)
            {
                bare.Resolved = sense.Resolved;
                bare.ViaContainer = sense.ViaContainer;
                bare.Rule = "same-name";
            }
        }
    }

    /// <summary>
    /// A name the gazetteer lacks, once located by its context ("Khan Touman in Aleppo province"),
    /// is the same place when the article names it again without a cue ("taken back Khan Touman").
    /// </summary>
    private static List<PlaceCandidate> RepeatedNames(Article article, List<PlaceCandidate> candidates, List<(int First, int Last, int Sentence)> unmatched)
    {
        var located = candidates.Where(c => c.ViaContainer && c.Resolved is not null && c.Entries.Count == 0)
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (located.Count == 0)
            return candidates;
        foreach (var (first, last, sentence) in unmatched)
        {
            var span = new TextSpan(article.Tokens[first].Span.Start, article.Tokens[last].Span.End);
            if (!located.TryGetValue(PlaceNameNormalizer.Key(article.Slice(span)), out var source) || candidates.Any(c => c.Span.Overlaps(span)))
                continue;
            candidates.Add(new PlaceCandidate
            {
                Key = source.Key,
                Span = span,
                NameSpan = span,
                FirstToken = first,
                LastToken = last,
                Sentence = sentence,
                Entries = [],
                Resolved = source.Resolved,
                ViaContainer = true,
                Rule = "same-name",
            });
        }
        return candidates.OrderBy(c => c.Span.Start).ToList();
    }

    // A region or district inside one province ("Eastern Ghouta") is taken to hold that province's places: the
    // gazetteer has no outlines finer than provinces.
    private static bool Contains(GazetteerPlace container, GazetteerPlace entry) =>
        container.IsCountry ? entry.CountryCode == container.CountryCode
        : WithinOneProvince(container)
            ? entry.CountryCode == container.CountryCode && entry.Admin1Code == container.Admin1Code && !entry.IsAdmin1 && entry != container
        : false;

    /// <summary>A province, or an area inside one (a region, a district) that is no town: what can contain places by province code.</summary>
    private static bool WithinOneProvince(GazetteerPlace place) =>
        place.IsAdmin1 || !place.IsCountry && !place.IsPopulatedPlace && place.Admin1Key is not null;

    private static double Score(PlaceCandidate candidate, GazetteerPlace entry, string? country, GazetteerPlace? container)
    {
        double score = 0;
        if (country is not null && entry.CountryCode == country)
            score += 10;
        if (container is not null && Contains(container, entry))
            score += 10;
        score += candidate.Hint switch
        {
            PlaceHint.Admin1 => entry.IsAdmin1 ? 20 : entry.IsPopulatedPlace ? 2 : 0,
            PlaceHint.Locality => entry.IsPopulatedPlace ? 5 : 0,
            // A country's name with no cue is the country, not a home village that shares it ("vetoed by Russia and China").
            PlaceHint.None when entry.IsCountry => 25,
            _ => entry.IsCountry ? 8 : entry.IsPopulatedPlace ? 3 : entry.IsAdmin1 ? 2 : 0,
        };
        if (entry.FeatureCode is "PPLC" or "PPLA")
            score += 2;
        score += Math.Log10(entry.Population + 1) / 2;
        return score;
    }

    /// <summary>
    /// Reject far-fetched readings. At home (the article's country) any listed place will do; abroad
    /// only a country, a province, or a large place called by its own name — not by one of the many
    /// alternate names GeoNames lists ("May", "Sun" and "Car" are somebody's town somewhere).
    /// </summary>
    private static bool NamedCountryTown(PlaceCandidate candidate, GazetteerPlace entry, HashSet<string> named) =>
        !candidate.BySkeleton && !candidate.SentenceInitial && entry.IsPopulatedPlace && named.Contains(entry.CountryCode)
        && candidate.LastToken > candidate.FirstToken && candidate.Key.Length >= 6
        && !(candidate.ArabicArticle && !s_arabicArticleCountries.Value.Contains(entry.CountryCode));

    private static bool Acceptable(PlaceCandidate candidate, GazetteerPlace entry, string? country, GazetteerPlace? container)
    {
        if (candidate.BySkeleton)
            return country is not null && entry.CountryCode == country;
        if (entry.IsCountry || container is not null && Contains(container, entry))
            return true;
        if (country is not null && entry.CountryCode == country)
            return true;
        // A capitalised first word of a sentence ("Some", "More") is only a place at home.
        if (candidate.SentenceInitial)
            return false;
        // "al-Baath" written with the Arabic article is not Bath in England.
        if (candidate.ArabicArticle && !s_arabicArticleCountries.Value.Contains(entry.CountryCode))
            return false;
        bool ownName = PlaceNameNormalizer.Key(entry.Name) == candidate.Key;
        if (entry.IsAdmin1)
            return candidate.Hint == PlaceHint.Admin1 || ownName && country is null;
        return ownName && entry.Population >= 100_000;
    }

    private bool InCompoundModifier(Article article, PlaceCandidate c)
    {
        var text = article.Text;
        if (c.Span.End + 1 < text.Length && text[c.Span.End] == '-' && char.IsLetter(text[c.Span.End + 1]))
            return true;
        // "Lebanon-Syria": the second of two countries joined by a hyphen.
        if (c.Span.Start > 1 && text[c.Span.Start - 1] == '-')
        {
            int start = c.Span.Start - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
                start--;
            return gazetteer.CountryByName(text.AsSpan(start, c.Span.Start - 1 - start).ToString()) is not null;
        }
        return false;
    }

    private static bool HasArabicArticle(string name) =>
        name.Length > 3 && name[2] is '-' or ' ' && (name.StartsWith("al", StringComparison.OrdinalIgnoreCase) || name.StartsWith("el", StringComparison.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> s_arabicArticleCountries = new(() =>
    {
        var table = DataFiles.LoadTsv("places/arabic-article-countries.tsv");
        return table.Rows.Select(r => table.Get(r, "id")).ToHashSet(StringComparer.Ordinal);
    });

    private PlaceMention ToMention(Article article, PlaceCandidate c)
    {
        var place = c.Resolved!;
        // Entries without a province code (some imported rows) get one from the province outlines.
        string? admin1Key = place.IsCountry ? null : place.Admin1Key ?? gazetteer.Admin1At(place.Lat, place.Lon)?.Admin1Key;
        var admin1 = admin1Key is null ? null : new Admin1Ref(admin1Key, gazetteer.Admin1Name(admin1Key) ?? admin1Key);
        var precision = place.IsCountry ? PlacePrecision.Country
            : place.IsAdmin1 ? PlacePrecision.Admin1
            : place.FeatureCode == "ADM2" ? PlacePrecision.Admin2
            : place.FeatureClass == 'P' ? PlacePrecision.Locality
            : PlacePrecision.Region;
        // "The eastern suburbs of Damascus": outside a city that is a province of its own lies the
        // province around it — located there, at that province's precision.
        // "A checkpoint near Damascus", "outside Damascus" are there too: the city's province ends at its edge.
        bool surroundings = c.Qualifier is { } q
            && (q.Contains("outskirts", StringComparison.Ordinal) || q.Contains("suburbs", StringComparison.Ordinal) || q.Contains("countryside", StringComparison.Ordinal))
            || c.Qualifier is null && PrecedingWord(article, c.Span.Start) is "near" or "outside" or "around"
            // "shelled the Damascus suburbs", "the Damascus countryside": the surroundings named after the city.
            || FollowingWord(article, c.NameSpan.End) is "suburbs" or "suburb" or "outskirts" or "countryside" or "environs"
            // "northwest of Damascus" lies outside the city; "northern Damascus" is within it.
            || c.Qualifier is not null && PrecedingWord(article, c.NameSpan.Start) == "of" && s_bearings.Contains(PrecedingWord(article, c.NameSpan.Start - 3));
        if (place.IsPopulatedPlace && admin1Key is not null && surroundings
            && s_surrounding.Value.TryGetValue(admin1Key, out string? around)
            && gazetteer.Admin1(place.CountryCode, around[(around.IndexOf('.') + 1)..]) is { } province)
        {
            return new PlaceMention(c.Span, article[c.Span], article[c.NameSpan], province.GeonameId, province.Lat, province.Lon, province.FeatureCode,
                province.CountryCode, new Admin1Ref(around, gazetteer.Admin1Name(around) ?? around), PlacePrecision.Admin1, c.Qualifier, "surroundings");
        }
        return new PlaceMention(c.Span, article[c.Span], article[c.NameSpan], place.GeonameId, place.Lat, place.Lon, place.FeatureCode,
            place.CountryCode, admin1, precision, c.Qualifier, c.Rule);
    }

    private static string FollowingWord(Article article, int position)
    {
        var after = article.Text.AsSpan(position).TrimStart();
        int end = after.IndexOfAny(' ', '\n', ')');
        return (end < 0 ? after : after[..end]).TrimEnd(",.;:".AsSpan()).ToString();
    }

    private static string PrecedingWord(Article article, int position)
    {
        var before = article.Text.AsSpan(0, position).TrimEnd();
        int start = before.LastIndexOfAny(' ', '\n', '(') + 1;
        return before[start..].ToString();
    }

    private static readonly Lazy<Dictionary<string, string>> s_surrounding = new(() =>
    {
        var table = DataFiles.LoadTsv("places/surrounding-provinces.tsv");
        return table.Rows.ToDictionary(r => table.Get(r, "id"), r => table.Get(r, "surrounding"), StringComparer.Ordinal);
    });

    private bool IsNameToken(Article article, int i)
    {
        var token = article.Tokens[i];
        if (token.Kind != TokenKind.Word)
            return false;
        var word = article.Slice(token.Span);
        if (char.IsUpper(word[0]))
            return !word.EndsWith('.') || word.Length > 3;
        // "al-Bab", "ez-Zor": an article glued to a capitalised name.
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && s_particles.Contains(word[..hyphen].ToString());
    }

    /// <summary>Month and weekday names and sentence openers: capitalised, but not places.</summary>
    private static bool IsCommonCapitalised(string word) => Abbreviations.Default.IsSentenceOpener(word) || IsCalendarWord(word);

    private bool IsStrippedPossessiveOfCountry(string word) =>
        word.Length > 4 && word[^1] == 's' && char.IsUpper(word[0]) && gazetteer.CountryByName(word.AsSpan(0, word.Length - 1)) is not null;

    private static bool IsCalendarWord(string word) => CalendarWords.Default.TryMonth(word, out _) || CalendarWords.Default.TryWeekday(word, out _);

    private static bool IsAcronym(string word) => word.Length <= 5 && word.All(c => char.IsUpper(c) || c == '.');

    /// <summary>"Kurdish", "Syrian", "rebel-held": words that describe a place rather than name it.</summary>
    private bool IsAdjective(Article article, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            string word = Word(article, i);
            // "Kurdish-held", "Christian-majority", "IS-controlled": a compound ending in a lowercase word describes a
            // place; names keep their capitals past a hyphen ("Deir ez-Zor", "Ras al-Ain").
            int hyphen = word.LastIndexOf('-');
            if (gazetteer.CountryByDemonym(word) is not null || hyphen > 0 && word.Length - hyphen > 3 && char.IsLower(word[hyphen + 1])
                || vocabulary.NotPlaceKeys.Contains(PlaceNameNormalizer.Key(word)))
                return true;
        }
        return false;
    }

    private static bool IsParticle(Article article, int i) => s_particles.Contains(Word(article, i));

    private static bool IsPlacePreposition(Article article, int i) =>
        i >= 0 && Word(article, i) is "in" or "near" or "from" or "to" or "into" or "outside" or "around" or "across" or "towards" or "toward";

    private bool IsOnlyQualifiers(Article article, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (!vocabulary.PrefixQualifiers.ContainsKey(Word(article, i)) && !vocabulary.OfQualifiers.ContainsKey(Word(article, i)))
                return false;
        }
        return true;
    }


    private static string Word(Article article, int i) => article.TokenText(i);
}
