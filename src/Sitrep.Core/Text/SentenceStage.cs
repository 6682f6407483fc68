using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Rule-based sentence segmentation inside each paragraph; the title is always one sentence of
/// its own (headlines rarely end with a period). Sentences never cross paragraph boundaries.
/// </summary>
/// <remarks>
/// A period, '!', '?' or '…' ends a sentence when white space follows (after any closing quotes
/// or brackets, which stay with the sentence they close) and the next word can open a sentence.
/// Abbreviations come from data/text/abbreviations.tsv: titles ("Lt.", "Col.") never end one,
/// months ("Jan.") not before a day number, acronyms ("U.S.") only before a common opener ("The").
/// A boundary inside a quotation is kept: a quote of three sentences is three sentences, and
/// <c>,” he said</c> continues the last one because a lowercase word cannot open a sentence.
/// </remarks>
public sealed class SentenceStage(Abbreviations abbreviations) : IArticleStage
{
    public SentenceStage() : this(Abbreviations.Default) { }

    public string Name => "sentences";

    public IReadOnlyList<string> Requires => [Layers.Paragraphs];

    public IReadOnlyList<string> Assigns => [Layers.Sentences];

    public void Process(Article article, AnalysisOptions options)
    {
        var sentences = new List<TextSpan>();
        if (article.TitleSpan is { } title && !title.IsEmpty)
            sentences.Add(title);
        foreach (var paragraph in article.Paragraphs)
            Split(article.Text, paragraph, sentences);
        article.Sentences = sentences;
    }

    public void Split(string text, TextSpan paragraph, List<TextSpan> output)
    {
        int sentenceStart = paragraph.Start;
        int i = paragraph.Start;
        while (i < paragraph.End)
        {
            char c = text[i];
            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            int terminatorStart = i;
            while (i < paragraph.End && IsTerminator(text[i]))
                i++;
            while (i < paragraph.End && IsCloser(text[i]))
                i++;
            int end = i;
            if (end >= paragraph.End || !char.IsWhiteSpace(text[end]))
                continue;

            int next = end;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= paragraph.End)
                continue;

            if (EndsSentence(text, terminatorStart, end, next, paragraph.End))
            {
                AddTrimmed(text, new TextSpan(sentenceStart, end), output);
                sentenceStart = next;
            }
        }
        AddTrimmed(text, new TextSpan(sentenceStart, paragraph.End), output);
    }

    private bool EndsSentence(string text, int terminator, int end, int next, int limit)
    {
        char n = text[next];
        bool canOpen = char.IsUpper(n) || char.IsDigit(n) || IsOpener(n);
        if (!canOpen)
            return false;

        // '!', '?', '…' and "..." end a sentence before anything that can open one.
        if (text[terminator] != '.' || end - terminator > 1 && text[terminator + 1] == '.')
            return true;

        ReadOnlySpan<char> word = WordBefore(text, terminator);
        if (word.IsEmpty)
            return true;

        ReadOnlySpan<char> nextWord = WordAt(text, next, limit);
        if (abbreviations.TryGetKind(word, out var kind))
        {
            return kind switch
            {
                AbbreviationKind.Title => false,
                AbbreviationKind.Month => !char.IsDigit(n),
                AbbreviationKind.Acronym => abbreviations.IsSentenceOpener(nextWord),
                _ => true,
            };
        }

        // An initial ("George W. Bush") or unlisted dotted initials ("A.F.P.") behave like acronyms.
        bool initial = word.Length == 1 && char.IsUpper(word[0]);
        bool dotted = word.Contains('.');
        if (initial || dotted)
            return abbreviations.IsSentenceOpener(nextWord);
        return true;
    }

    /// <summary>The letters-and-inner-dots word that ends just before <paramref name="dot"/> ("U.S" for "U.S.").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        int start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2])))
            start--;
        return text.AsSpan(start, dot - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int limit)
    {
        while (start < limit && IsOpener(text[start]))
            start++;
        int end = start;
        while (end < limit && char.IsLetter(text[end]))
            end++;
        return text.AsSpan(start, end - start);
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«';

    private static void AddTrimmed(string text, TextSpan span, List<TextSpan> output)
    {
        var trimmed = TextSpans.Trim(text, span);
        if (!trimmed.IsEmpty)
            output.Add(trimmed);
    }
}
