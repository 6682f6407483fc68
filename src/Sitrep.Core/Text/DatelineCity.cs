using Sitrep.Model;

namespace Sitrep.Text;

/// <summary>
/// A dateline city ("MOSCOW (Sputnik)", "BEIRUT (Reuters)"): capitals followed by the agency in
/// brackets say where the reporter files from, not where anything happened. Page furniture ends a
/// glued headline there; the place and event stages never locate anything by it.
/// </summary>
public static class DatelineCity
{
    public static bool Is(Article article, TextSpan name)
    {
        var text = article.Text.AsSpan(name.Start, name.End - name.Start);
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return false;
            letters++;
        }
        return letters >= 4 && article.Text.AsSpan(name.End).TrimStart(' ').StartsWith("(", StringComparison.Ordinal);
    }
}
