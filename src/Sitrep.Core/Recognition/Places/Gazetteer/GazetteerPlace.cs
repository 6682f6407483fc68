namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// One gazetteer entry, GeoNames-style: populated places (feature class P), first-level divisions
/// (A/ADM1) and countries (A/PCLI). <see cref="Admin1Code"/> is the GeoNames code within the
/// country ("09" for Aleppo in SY); <see cref="GeonameId"/> is null where the source has none
/// (countries built from the country list).
/// </summary>
public sealed record GazetteerPlace(
    long? GeonameId,
    string Name,
    double Lat,
    double Lon,
    char FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    long Population)
{
    public bool IsCountry => FeatureCode is "PCLI" or "PCL" or "PCLD" or "PCLF" or "PCLS" or "PCLIX";

    public bool IsAdmin1 => FeatureCode == "ADM1";

    public bool IsPopulatedPlace => FeatureClass == 'P';

    /// <summary>"SY.09", or null when the entry names no province.</summary>
    public string? Admin1Key => Admin1Code.Length == 0 || Admin1Code == "00" ? null : $"{CountryCode}.{Admin1Code}";
}
