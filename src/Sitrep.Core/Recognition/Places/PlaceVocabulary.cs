using System.Collections.Frozen;
using Sitrep.Dictionaries;
using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The words around place names, from data/places/: cues ("X province", "the town of X") with the
/// kind of place they announce, qualifiers ("southern", "north of"), and names that are not places
/// in news copy. Immutable.
/// </summary>
public sealed class PlaceVocabulary
{
    private PlaceVocabulary(TsvTable cues, TsvTable qualifiers, TsvTable notPlaces, TsvTable heads, TsvTable institutions)
    {
        InstitutionWords = institutions.Column("id").ToFrozenSet(StringComparer.Ordinal);
        NameHeads = heads.Column("id").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        CuesAfter = cues.Rows.Where(r => cues.Get(r, "position") == "after")
            .ToFrozenDictionary(r => cues.Get(r, "id"), r => Enum.Parse<PlaceHint>(cues.Get(r, "hint"), ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        CuesBefore = cues.Rows.Where(r => cues.Get(r, "position") == "before")
            .ToFrozenDictionary(r => cues.Get(r, "id").Split(' ')[0], r => Enum.Parse<PlaceHint>(cues.Get(r, "hint"), ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        var local = cues.Rows.Where(r => cues.Get(r, "local") == "yes").ToList();
        LocalCuesAfter = local.Where(r => cues.Get(r, "position") == "after").Select(r => cues.Get(r, "id")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        LocalCuesBefore = local.Where(r => cues.Get(r, "position") == "before").Select(r => cues.Get(r, "id").Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PrefixQualifiers = qualifiers.Rows.Where(r => qualifiers.Get(r, "position") == "prefix")
            .ToFrozenDictionary(r => qualifiers.Get(r, "id"), r => qualifiers.Get(r, "value"), StringComparer.OrdinalIgnoreCase);
        OfQualifiers = qualifiers.Rows.Where(r => qualifiers.Get(r, "position") == "of")
            .ToFrozenDictionary(r => qualifiers.Get(r, "id"), r => qualifiers.Get(r, "value"), StringComparer.OrdinalIgnoreCase);
        NotPlaceKeys = notPlaces.Column("id").Select(n => PlaceNameNormalizer.Key(n)).ToFrozenSet(StringComparer.Ordinal);
    }

    public static PlaceVocabulary Default => s_default.Value;

    private static readonly Lazy<PlaceVocabulary> s_default = new(() => new PlaceVocabulary(
        DataFiles.LoadTsv("places/place-cues.tsv"), DataFiles.LoadTsv("places/qualifiers.tsv"), DataFiles.LoadTsv("places/not-places.tsv"), DataFiles.LoadTsv("places/name-heads.tsv"),
        DataFiles.LoadTsv("places/institution-words.tsv")));

    /// <summary>"province" in "Aleppo province".</summary>
    public FrozenDictionary<string, PlaceHint> CuesAfter { get; }

    /// <summary>"town" in "the town of Khan Touman" (keyed by the word before "of").</summary>
    public FrozenDictionary<string, PlaceHint> CuesBefore { get; }

    /// <summary>Cues after a name that mark a unit smaller than a town: "neighbourhood" in "the X neighbourhood".</summary>
    public FrozenSet<string> LocalCuesAfter { get; }

    /// <summary>Cues before a name that mark a unit smaller than a town, keyed like <see cref="CuesBefore"/>: "village" in "the village of X".</summary>
    public FrozenSet<string> LocalCuesBefore { get; }

    /// <summary>"southern" in "southern Aleppo province" → its value, "south".</summary>
    public FrozenDictionary<string, string> PrefixQualifiers { get; }

    /// <summary>"north", "outskirts", "southern territories" before "of X" → "north", "outskirts", "south".</summary>
    public FrozenDictionary<string, string> OfQualifiers { get; }

    public FrozenSet<string> NotPlaceKeys { get; }

    /// <summary>"Police", "Command" in "Aleppo Police Command": an institution of the place named before them (capitalised, as written).</summary>
    public FrozenSet<string> InstitutionWords { get; }

    /// <summary>"Khan", "Tal", "Deir": first words of place names, never a place alone before another name word.</summary>
    public FrozenSet<string> NameHeads { get; }
}
