namespace Sitrep.Model;

/// <summary>
/// How exactly a place is located. A village the gazetteer lacks but whose province is named
/// ("Khan Touman in Aleppo province") is <see cref="Admin1"/>: the coordinates are the province's,
/// and saying so is more honest than a point in the wrong place.
/// </summary>
public enum PlacePrecision
{
    Locality,
    Admin2,
    Admin1,
    Country,
    Region,
}
