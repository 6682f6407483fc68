namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>A row of a GeoNames dump (allCountries.txt, SY.txt, cities500.txt): the place and its alternate names.</summary>
public sealed record GeoNamesRow(GazetteerPlace Place, IReadOnlyList<string> AlternateNames);
