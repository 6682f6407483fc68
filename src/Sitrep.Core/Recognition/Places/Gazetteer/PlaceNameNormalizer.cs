using System.Buffers;
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
    /// <summary>The primary key, or "" when the name has no Latin letters (such names are not indexed).</summary>
    /// <remarks>
    /// Every place lookup computes a key, so this works in one buffer (on the stack for names of
    /// ordinary length) and allocates only the returned string: the words are laid out in the buffer
    /// with one space between them, then folded one by one, in place, into the key.
    /// </remarks>
    public static string Key(ReadOnlySpan<char> name)
    {
        // Decomposition splits "Ḩ" into "H" and a mark; ASCII names, nearly all of them, have none to split.
        ReadOnlySpan<char> source = name;
        foreach (char c in name)
        {
            if (c > 0x7F)
            {
                source = name.ToString().Normalize(NormalizationForm.FormD);
                break;
            }
        }
        // "ß" and "æ" become two letters, so words can be up to twice the source's length.
        int capacity = source.Length * 2;
        char[]? rented = capacity > 256 ? ArrayPool<char>.Shared.Rent(capacity) : null;
        Span<char> buffer = rented ?? stackalloc char[256];
        try
        {
            int length = Words(source, buffer);
            return length < 0 ? string.Empty : FoldWords(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
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

    /// <summary>
    /// Lower-case ASCII words, written into <paramref name="words"/> with one space between them:
    /// diacritics removed, marks and apostrophes dropped, other punctuation splits. Returns the
    /// length written, or -1 when a non-Latin letter shows the name is in another script.
    /// </summary>
    private static int Words(ReadOnlySpan<char> source, Span<char> words)
    {
        int n = 0;
        bool gap = false;
        foreach (char raw in source)
        {
            if (raw > 0x7F && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                continue;
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case >= 'a' and <= 'z' or >= '0' and <= '9':
                    Letter(words, c);
                    break;
                case 'ı':
                    Letter(words, 'i');
                    break;
                case 'ø':
                    Letter(words, 'o');
                    break;
                case 'ß':
                    Letter(words, 's');
                    Letter(words, 's');
                    break;
                case 'æ':
                    Letter(words, 'a');
                    Letter(words, 'e');
                    break;
                // ʿayn, hamza and apostrophes sit inside a word: "Dar`a", "Ma'arrat".
                case '\'' or '’' or '‘' or '`' or 'ʿ' or 'ʾ' or 'ʻ' or 'ʼ' or '´':
                    break;
                default:
                    if (char.IsLetter(c))
                        return -1;
                    gap = n > 0;
                    break;
            }
        }
        return n;

        void Letter(Span<char> words, char c)
        {
            if (gap)
            {
                words[n++] = ' ';
                gap = false;
            }
            words[n++] = c;
        }
    }

    /// <summary>
    /// The words, space-separated, folded into the key: a leading article word is dropped when a name
    /// follows it, an inner one when a word follows it; later words lose a glued article; each word is
    /// folded (see <see cref="Fold"/>).
    /// </summary>
    private static string FoldWords(Span<char> words)
    {
        int count = words.Count(' ') + 1;
        int written = 0;
        int index = 0;
        int start = 0;
        while (start < words.Length)
        {
            int end = words[start..].IndexOf(' ') is var space and >= 0 ? start + space : words.Length;
            Span<char> word = words[start..end];
            bool article = IsArticle(word);
            bool skip = index == 0 ? count > 1 && article : article && index + 1 < count;
            if (!skip)
            {
                if (index > 0)
                    word = StripGluedArticle(word);
                int folded = Fold(word);
                if (folded > 0)
                {
                    // The key is written over the words already read: it is never longer than they are.
                    if (written > 0)
                        words[written++] = ' ';
                    word[..folded].CopyTo(words[written..]);
                    written += folded;
                }
            }
            index++;
            start = end + 1;
        }
        return new string(words[..written]);
    }

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "al" or "el" or "ad" or "ar" or "as" or "az" or "at" or "an" or "ash" or "adh" or "ath"
        or "ed" or "es" or "ez" or "et" or "en" or "ul" or "il";

    /// <summary>"ezzor" → "zor", "arraqqa" → "raqqa": an article glued to a name whose first consonant it doubled.</summary>
    private static Span<char> StripGluedArticle(Span<char> word)
    {
        if (word.Length >= 5 && word[0] is 'a' or 'e' && word[1] == word[2] && !IsVowel(word[1]))
            return word[2..];
        return word;
    }

    /// <summary>
    /// Folds one word in place and returns its new length: q→k, ch→sh, dj→j, ph→f, ou→u, oo→u, ee→i,
    /// ei→ay, aw→o, each applied to the whole word in turn, left to right; then doubled letters single,
    /// a final h after a vowel dropped and a final e made a (both only in words longer than three).
    /// </summary>
    private static int Fold(Span<char> word)
    {
        int n = word.Length;
        word[..n].Replace('q', 'k');
        n = Replace(word, n, 'c', 'h', "sh");
        n = Replace(word, n, 'd', 'j', "j");
        n = Replace(word, n, 'p', 'h', "f");
        n = Replace(word, n, 'o', 'u', "u");
        n = Replace(word, n, 'o', 'o', "u");
        n = Replace(word, n, 'e', 'e', "i");
        n = Replace(word, n, 'e', 'i', "ay");
        n = Replace(word, n, 'a', 'w', "o");
        int single = 0;
        for (int i = 0; i < n; i++)
        {
            if (single == 0 || word[i] != word[single - 1])
                word[single++] = word[i];
        }
        n = single;
        if (n > 3 && word[n - 1] == 'h' && IsVowel(word[n - 2]))
            n--;
        if (n > 3 && word[n - 1] == 'e')
            word[n - 1] = 'a';
        return n;
    }

    /// <summary>Every "<paramref name="a"/><paramref name="b"/>" in the first <paramref name="n"/> letters, left to right, replaced by a
    /// replacement of at most two letters, in place; returns the new length.</summary>
    private static int Replace(Span<char> word, int n, char a, char b, string replacement)
    {
        int write = 0;
        for (int read = 0; read < n;)
        {
            if (read + 1 < n && word[read] == a && word[read + 1] == b)
            {
                replacement.CopyTo(word[write..]);
                write += replacement.Length;
                read += 2;
            }
            else
            {
                word[write++] = word[read++];
            }
        }
        return write;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
