using System.Globalization;
using System.Text;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// The spelling key shared by the gazetteer index and lookups, so that the many romanisations of one
/// Arabic name meet: Khan Touman = Khan Tuman, Raqa = Raqqa = Ar Raqqah, Hasakeh = Al-Hasakah,
/// Lattakia = Latakia, Deir ez-Zor = Deir Ezzor = Dayr az Zawr, Hamah = Hama.
/// </summary>
/// <remarks>
/// Steps: lower case; diacritics, ʿayn/hamza marks and apostrophes dropped; hyphens and punctuation
/// become spaces; a leading Arabic article word (al, el, ad, ar, as, az, ...) is dropped when a
/// name follows it, and a glued assimilated article ("Ezzor", "Arraqqa") after the first word loses
/// it; then per word: q→k, ch→sh, dj→j, ph→f, ou/oo→u, ee→i, ei→ay, aw→o, doubled letters single,
/// a final h after a vowel dropped, a final e made a. <see cref="Skeleton"/> (consonants only) is a
/// looser second key for vowel spellings the first misses (Homs/Hims, Idlib/Idleb); lookups accept it
/// only under stricter conditions.
/// </remarks>
public static class PlaceNameNormalizer
{
    private static readonly HashSet<string> s_articles = ["al", "el", "ad", "ar", "as", "az", "at", "an", "ash", "adh", "ath", "ed", "es", "ez", "et", "en", "ul", "il"];

    /// <summary>The primary key, or "" when the name has no Latin letters (such names are not indexed).</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        var words = Words(name);
        if (words.Count == 0)
            return string.Empty;
        var sb = new StringBuilder(name.Length);
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (i == 0 && words.Count > 1 && s_articles.Contains(word))
                continue;
            if (i > 0 && s_articles.Contains(word) && i + 1 < words.Count)
                continue;
            if (i > 0)
                word = StripGluedArticle(word);
            string folded = Fold(word);
            if (folded.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>The key without vowels or spaces ("homs" and "hims" both give "hms").</summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or ' ') && (sb.Length == 0 || sb[^1] != c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case ASCII words: diacritics removed, marks and apostrophes dropped, other punctuation splits.</summary>
    private static List<string> Words(ReadOnlySpan<char> name)
    {
        var words = new List<string>(4);
        var current = new StringBuilder();
        string decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        foreach (char raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                continue;
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case >= 'a' and <= 'z':
                    current.Append(c);
                    break;
                case 'ı':
                    current.Append('i');
                    break;
                case 'ø':
                    current.Append('o');
                    break;
                case 'ß':
                    current.Append("ss");
                    break;
                case 'æ':
                    current.Append("ae");
                    break;
                // ʿayn, hamza and apostrophes sit inside a word: "Dar`a", "Ma'arrat".
                case '\'' or '’' or '‘' or '`' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '´':
                    break;
                case >= '0' and <= '9':
                    current.Append(c);
                    break;
                default:
                    if (char.IsLetter(c))
                    {
                        // A non-Latin letter: the name is in another script and gets no key.
                        return [];
                    }
                    Flush();
                    break;
            }
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>"ezzor" → "zor", "arraqqa" → "raqqa": an article glued to a name whose first consonant it doubled.</summary>
    private static string StripGluedArticle(string word)
    {
        if (word.Length >= 5 && word[0] is 'a' or 'e' && word[1] == word[2] && !IsVowel(word[1]))
            return word[2..];
        return word;
    }

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word)
            .Replace("q", "k")
            .Replace("ch", "sh")
            .Replace("dj", "j")
            .Replace("ph", "f")
            .Replace("ou", "u")
            .Replace("oo", "u")
            .Replace("ee", "i")
            .Replace("ei", "ay")
            .Replace("aw", "o");
        // Doubled letters single.
        for (int i = sb.Length - 1; i > 0; i--)
        {
            if (sb[i] == sb[i - 1])
                sb.Remove(i, 1);
        }
        if (sb.Length > 3 && sb[^1] == 'h' && IsVowel(sb[^2]))
            sb.Length--;
        if (sb.Length > 3 && sb[^1] == 'e')
            sb[^1] = 'a';
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
