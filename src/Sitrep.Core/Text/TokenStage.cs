using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// Splits the whole text (title and body) into tokens with offsets. Words keep inner hyphens,
/// apostrophes and dots ("Al-Nusra", "don’t", "U.S."); a possessive "’s" is its own token so
/// "Turkey’s" yields "Turkey"; numbers keep separators ("20,000", "3.5"); every other non-space
/// character is a token of its own.
/// </summary>
public sealed class TokenStage(Abbreviations abbreviations) : IArticleStage
{
    public TokenStage() : this(Abbreviations.Default) { }

    public string Name => "tokens";

    public IReadOnlyList<string> Requires => [];

    public IReadOnlyList<string> Assigns => [Layers.Tokens];

    public void Process(Article article, AnalysisOptions options)
    {
        var tokens = new List<Token>(article.Text.Length / 5);
        Tokenize(article.Text, 0, article.Text.Length, tokens);
        article.Tokens = tokens;
    }

    public void Tokenize(string text, int start, int end, List<Token> output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, output);
                continue;
            }
            int runEnd = i + 1;
            if (c == '.')
            {
                while (runEnd < end && text[runEnd] == '.')
                    runEnd++;
            }
            output.Add(new Token(new TextSpan(i, runEnd), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i = runEnd;
        }
    }

    private int ReadWord(string text, int start, int end, List<Token> output)
    {
        int i = start;
        bool allDigits = true;
        bool innerDot = false;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                allDigits &= char.IsDigit(c);
                i++;
                continue;
            }
            bool joinsNext = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            if (!joinsNext)
                break;
            if (c is '-' or '‐')
            {
                allDigits = false;
                i++;
            }
            else if (c is '\'' or '’')
            {
                // "Turkey’s": the possessive is a token of its own; "don’t" stays whole.
                if (IsPossessive(text, i, end))
                    break;
                allDigits = false;
                i++;
            }
            else if (c is '.' or ',' && allDigits && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && IsInitialsDot(text, start, i, end))
            {
                innerDot = true;
                i++;
            }
            else
            {
                break;
            }
        }

        // Keep an abbreviation's period on the token: "Lt.", "U.S.", "W.".
        if (i < end && text[i] == '.' && !allDigits)
        {
            var word = text.AsSpan(start, i - start);
            if (innerDot || (word.Length == 1 && char.IsUpper(word[0])) || abbreviations.TryGetKind(word, out _))
                i++;
        }

        output.Add(new Token(new TextSpan(start, i), allDigits ? TokenKind.Number : TokenKind.Word));
        if (i < end && text[i] is '\'' or '’' && IsPossessive(text, i, end))
        {
            output.Add(new Token(new TextSpan(i, i + 2), TokenKind.Word));
            return i + 2;
        }
        return i;
    }

    /// <summary>A dot inside dotted initials: one letter before it and one letter (then a non-letter) after it, as in "U.S".</summary>
    private static bool IsInitialsDot(string text, int wordStart, int dot, int end) =>
        char.IsLetter(text[dot - 1]) && (dot - 1 == wordStart || text[dot - 2] == '.')
        && char.IsLetter(text[dot + 1]) && (dot + 2 >= end || !char.IsLetter(text[dot + 2]));

    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
