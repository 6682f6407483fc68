using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// A place named in the text and what it resolved to. <see cref="Name"/> is the place's own name as
/// the text gives it ("Khan Touman") even when only its province could be located; the gazetteer's
/// fields (<see cref="GeonameId"/>, coordinates, <see cref="FeatureCode"/>) describe the entry the
/// coordinates come from. <see cref="Qualifier"/> keeps a direction or part ("southern", "north of",
/// "outskirts"). Unresolved mentions keep null coordinates and precision.
/// </summary>
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    string Name,
    long? GeonameId,
    double? Lat,
    double? Lon,
    string? FeatureCode,
    string? Country,
    Admin1Ref? Admin1,
    PlacePrecision? Precision,
    string? Qualifier,
    string Rule);
