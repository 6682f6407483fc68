using Sitrep.Model;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// Whether a date expression speaks of the future, read from its clause: a future marker ("will",
/// "is expected to", "plans to", "scheduled") between the start of its sentence and the expression.
/// Everything else counts as past, as most news reports what happened.
/// </summary>
public static class Tense
{
    private static readonly string[] s_markers =
    [
        "will", "shall", "’ll", "'ll", "expected to", "plans to", "plan to", "planned for", "scheduled", "set to", "due to", "is to", "are to", "going to", "upcoming",
    ];

    public static bool IsFuture(Article article, int offset)
    {
        int sentenceStart = 0;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Start > offset)
                break;
            sentenceStart = sentence.Start;
        }
        ReadOnlySpan<char> clause = article.Text.AsSpan(sentenceStart, offset - sentenceStart);
        foreach (string marker in s_markers)
        {
            int at = clause.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                bool startsWord = at == 0 || !char.IsLetter(clause[at - 1]) || marker[0] is '’' or '\'';
                bool endsWord = at + marker.Length >= clause.Length || !char.IsLetter(clause[at + marker.Length]);
                if (startsWord && endsWord)
                    return true;
                int next = clause[(at + 1)..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }
}
