using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>A recognised name before resolution: where it is, its bare name, cues, and the gazetteer entries it may be.</summary>
internal sealed class PlaceCandidate
{
    public required TextSpan Span { get; init; }

    /// <summary>The spelling key the name was looked up by.</summary>
    public required string Key { get; init; }

    /// <summary>The name without qualifier or cue words ("Aleppo" in "southern Aleppo province").</summary>
    public required TextSpan NameSpan { get; init; }

    public required int FirstToken { get; init; }

    public required int LastToken { get; init; }

    public required int Sentence { get; init; }

    public PlaceHint Hint { get; set; }

    /// <summary>Cued as a unit smaller than a town ("the X neighbourhood", "the village of X"): abroad only in a country the article names.</summary>
    public bool LocalCue { get; init; }

    /// <summary>A one-word name that opens its sentence, where every word is capitalised.</summary>
    public bool SentenceInitial { get; init; }

    /// <summary>Matched only by consonant skeleton: accepted only for places in the article's country.</summary>
    public bool BySkeleton { get; init; }

    public string? Qualifier { get; init; }

    /// <summary>Written with the Arabic article ("al-Baath"): only a place in an Arabic-speaking country.</summary>
    public bool ArabicArticle { get; init; }

    public required IReadOnlyList<GazetteerPlace> Entries { get; init; }

    /// <summary>The mention this one is said to lie in ("X in Y", "X, Y").</summary>
    public PlaceCandidate? Container { get; set; }

    /// <summary>"X north of Y": the container is a point of reference X lies near, not in.</summary>
    public bool Directional { get; set; }

    public GazetteerPlace? Resolved { get; set; }

    /// <summary>True when the place itself is unknown and <see cref="Resolved"/> is its container.</summary>
    public bool ViaContainer { get; set; }

    public string Rule { get; set; } = "gazetteer";
}
