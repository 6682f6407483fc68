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
    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public double DistanceKm(GazetteerPlace other)
    {
        const double radius = 6371.0;
        double dLat = double.DegreesToRadians(other.Lat - Lat), dLon = double.DegreesToRadians(other.Lon - Lon);
        double a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(double.DegreesToRadians(Lat)) * Math.Cos(double.DegreesToRadians(other.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * radius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public bool IsCountry => FeatureCode is "PCLI" or "PCL" or "PCLD" or "PCLF" or "PCLS" or "PCLIX";

    public bool IsAdmin1 => FeatureCode == "ADM1";

    public bool IsPopulatedPlace => FeatureClass == 'P';

    /// <summary>"SY.09", or null when the entry names no province.</summary>
    public string? Admin1Key => Admin1Code.Length == 0 || Admin1Code == "00" ? null : $"{CountryCode}.{Admin1Code}";
}
