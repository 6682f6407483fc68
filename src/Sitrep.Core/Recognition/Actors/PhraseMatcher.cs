using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// Multi-word dictionary lookup over tokens: phrases are tokenized like article text and indexed by
/// their first token, longest first, so matching at a position costs one hash lookup plus a few
/// comparisons. Case-insensitive; ’ and ' are the same. Immutable after construction.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>> _byFirst = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var tokenizer = new TokenStage();
        foreach (var (phrase, value) in phrases)
        {
            var tokens = new List<Token>();
            tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            string[] words = tokens.Select(t => Normalize(phrase[t.Span.Start..t.Span.End])).ToArray();
            if (words.Length == 0)
                continue;
            if (!_byFirst.TryGetValue(words[0], out var list))
                _byFirst[words[0]] = list = [];
            list.Add((words, value));
        }
        foreach (var list in _byFirst.Values)
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its value and the index of its last token.</summary>
    public bool TryMatch(Article article, int start, out T value, out int last) =>
        TryMatch<object?>(article, start, null, null, out value, out last);

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> whose value <paramref name="accept"/> takes (given
    /// <paramref name="state"/>, the value and the phrase's last token): one form may stand for several entries that other
    /// words tell apart. The state is passed through so that a static lambda allocates nothing per call.
    /// </summary>
    public bool TryMatch<TState>(Article article, int start, TState state, Func<TState, T, int, bool>? accept, out T value, out int last)
    {
        value = default!;
        last = -1;
        if (!_byFirst.TryGetValue(Word(article, start), out var candidates))
            return false;
        foreach (var (tokens, candidate) in candidates)
        {
            if (start + tokens.Length > article.Tokens.Count)
                continue;
            bool all = true;
            for (int k = 0; k < tokens.Length && all; k++)
            {
                string word = Word(article, start + k);
                all = Same(word, tokens[k])
                    || k == tokens.Length - 1 && k > 0 && word.Length == tokens[k].Length + 1 && StrippedPossessive(article, start, start + k, word, tokens[k]);
            }
            if (all && (accept is null || accept(state, candidate, start + tokens.Length - 1)))
            {
                value = candidate;
                last = start + tokens.Length - 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>A one-word phrase equal to <paramref name="word"/>, looked up outside any article ("Nusra" in "Nusra-led").</summary>
    public bool TryMatchWord(string word, out T value)
    {
        value = default!;
        string key = Normalize(word);
        if (!_byFirst.TryGetValue(key, out var candidates))
            return false;
        foreach (var (tokens, candidate) in candidates)
        {
            if (tokens.Length == 1 && Same(key, tokens[0]))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the Syrian Coalitions political committee": scraped copy drops the apostrophe of a name's possessive. Only a
    /// capitalised name of several words, its last word plus "s" before a lowercase word.
    /// </summary>
    private static bool StrippedPossessive(Article article, int first, int at, string text, string phrase)
    {
        if (text[^1] != 's' || phrase.EndsWith('s') || !text.AsSpan(0, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase) || IsAcronym(phrase))
            return false;
        string next = article.TokenText(at + 1);
        return char.IsUpper(article.TokenText(first).FirstOrDefault()) && next.Length > 0 && char.IsLower(next[0]);
    }

    /// <summary>Case-insensitive, except for acronyms: "IS" and "WHO" are not "is" and "who".</summary>
    private static bool Same(string text, string phrase) =>
        IsAcronym(phrase) ? string.Equals(text, phrase, StringComparison.Ordinal) : string.Equals(text, phrase, StringComparison.OrdinalIgnoreCase);

    private static bool IsAcronym(string word) => word.Length <= 5 && word.Any(char.IsLetter) && word.All(c => char.IsUpper(c) || c == '.');

    private static string Word(Article article, int i) => Normalize(article.TokenText(i));

    private static string Normalize(string word) => word.Replace('’', '\'');
}
