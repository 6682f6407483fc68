using System.Collections.Frozen;
using Sitrep.Dictionaries;

namespace Sitrep.Text;

/// <summary>
/// Abbreviations and sentence openers from <c>data/text/</c>, frozen for lookups by character span
/// (no substring allocation). Immutable and thread-safe.
/// </summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _openers;

    public Abbreviations(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries, IEnumerable<string> openers)
    {
        _kinds = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _openers = openers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The set shipped in data/text, loaded once.</summary>
    public static Abbreviations Default => s_default.Value;

    private static readonly Lazy<Abbreviations> s_default = new(Load);

    /// <param name="word">The word before the period, without it ("Lt", "U.S").</param>
    public bool TryGetKind(ReadOnlySpan<char> word, out AbbreviationKind kind) => _kinds.TryGetValue(word, out kind);

    public bool IsSentenceOpener(ReadOnlySpan<char> word) => _openers.Contains(word);

    private static Abbreviations Load()
    {
        TsvTable table = DataFiles.LoadTsv("text/abbreviations.tsv");
        var entries = table.Rows.Select(r => KeyValuePair.Create(
            table.Get(r, "id"),
            Enum.Parse<AbbreviationKind>(table.Get(r, "kind"), ignoreCase: true)));
        var openers = DataFiles.LoadTsv("text/sentence-openers.tsv").Column("id");
        return new Abbreviations(entries, openers);
    }
}
