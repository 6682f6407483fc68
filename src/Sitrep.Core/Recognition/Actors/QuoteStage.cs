using System.Collections.Frozen;
using Sitrep.Dictionaries;
using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// Finds quotations and who said them. A quote is the text between paired marks (“ ” or straight
/// quotes) inside one paragraph, attributed by a verb of saying right after it ("…,” the army said",
/// "…,” said Amir Abdollahian") or right before it ("Abdollahian said: “…”"). Short quoted phrases
/// without such a verb are scare quotes ("terrorist positions"), not speech, and are skipped.
/// </summary>
public sealed class QuoteStage : IArticleStage
{
    private const int MinUnattributedWords = 8;
    private const int AttributionWindow = 8;

    private static readonly Lazy<FrozenSet<string>> s_verbs = new(() =>
        DataFiles.LoadTsv("quotes/speech-verbs.tsv").Column("id").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    public string Name => "quotes";

    public IReadOnlyList<string> Requires => [Layers.Tokens, Layers.Paragraphs, Layers.Actors];

    public IReadOnlyList<string> Assigns => [Layers.Quotes];

    public void Process(Article article, AnalysisOptions options)
    {
        var quotes = new List<QuoteMention>();
        foreach (var paragraph in article.Paragraphs)
        {
            int at = paragraph.Start;
            while (FindQuote(article.Text, at, paragraph.End) is { } marks)
            {
                at = marks.End;
                var inside = TextSpans.Trim(article.Text, new TextSpan(marks.Start + 1, marks.End - 1));
                if (inside.IsEmpty)
                    continue;
                var (speaker, speakerSpan, cue) = Attribute(article, marks);
                int words = article.Slice(inside).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (cue is null && words < MinUnattributedWords)
                    continue;
                quotes.Add(new QuoteMention(inside, article[inside], speaker, speakerSpan is { } s ? article[s] : null, cue));
            }
        }
        article.Quotes = quotes;
    }

    /// <summary>The next pair of quotation marks in [from, end), marks included.</summary>
    private static TextSpan? FindQuote(string text, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            char c = text[i];
            bool opens = c == '“' || c == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ':' or '(');
            if (!opens)
                continue;
            char close = c == '“' ? '”' : '"';
            int j = text.IndexOf(close, i + 1, end - i - 1);
            if (j < 0)
                return null;
            return new TextSpan(i, j + 1);
        }
        return null;
    }

    private static (ActorMention? Speaker, TextSpan? SpeakerSpan, string? Cue) Attribute(Article article, TextSpan marks)
    {
        int after = article.Tokens.Count;
        int before = -1;
        for (int t = 0; t < article.Tokens.Count; t++)
        {
            if (article.Tokens[t].Span.Start >= marks.End)
            {
                after = t;
                break;
            }
            if (article.Tokens[t].Span.End <= marks.Start)
                before = t;
        }

        // After: "…,” the army said", "…,” said the army", stopping at the end of the sentence.
        for (int t = after; t < article.Tokens.Count && t < after + AttributionWindow; t++)
        {
            string word = Word(article, t);
            if (word is "." or "!" or "?" || word.StartsWith('“'))
                break;
            if (s_verbs.Value.Contains(word))
            {
                // A few words past the verb ("… said Ali Haddad, the spokesman", "… said Abu Omar, a rebel commander"),
                // but not into the next sentence; the actor nearest the verb wins.
                int windowLast = Math.Min(article.Tokens.Count - 1, t + 7);
                for (int k = t + 1; k <= windowLast; k++)
                {
                    if (Word(article, k) is "." or "!" or "?")
                    {
                        windowLast = k - 1;
                        break;
                    }
                }
                var window = new TextSpan(article.Tokens[after].Span.Start, article.Tokens[windowLast].Span.End);
                return Speaker(article, window, t, marks, word);
            }
        }
        // Before: "Abdollahian said: “…”", "the army said that “…”".
        for (int t = before; t >= 0 && t > before - 3; t--)
        {
            string word = Word(article, t);
            if (s_verbs.Value.Contains(word))
            {
                int sentenceStart = article.Sentences.LastOrDefault(s => s.Start <= article.Tokens[t].Span.Start).Start;
                var window = new TextSpan(sentenceStart, article.Tokens[t].Span.Start);
                return Speaker(article, window, t, marks, word);
            }
        }
        return (null, null, null);
    }

    /// <summary>The actor in the window nearest the verb, or, for "he"/"she", the last person before the quote.</summary>
    private static (ActorMention?, TextSpan?, string?) Speaker(Article article, TextSpan window, int verb, TextSpan marks, string cue)
    {
        var verbStart = article.Tokens[verb].Span.Start;
        // A speaker that starts in the window may run past it: "… said foreign ministry spokesman Ali Haddad".
        var actor = article.Actors.Where(a => a.Span.Start >= window.Start && a.Span.Start < window.End && !marks.Overlaps(a.Span))
            .OrderBy(a => Math.Abs(a.Span.Start - verbStart)).FirstOrDefault();
        if (actor is not null)
            return (actor, actor.Span, cue);
        for (int t = Math.Max(0, verb - 2); t <= Math.Min(article.Tokens.Count - 1, verb + 2); t++)
        {
            if (Word(article, t) is "he" or "she" or "He" or "She")
            {
                var person = article.Actors.LastOrDefault(a => a.Person is not null && a.Span.End <= marks.Start);
                return (person, article.Tokens[t].Span, cue);
            }
        }
        return (null, null, cue);
    }

    private static string Word(Article article, int i) => article.TokenText(i);
}
