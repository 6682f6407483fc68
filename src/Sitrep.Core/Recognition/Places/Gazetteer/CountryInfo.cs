namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>A country's codes, names and demonyms ("Syrian"), with its gazetteer entry.</summary>
public sealed record CountryInfo(string Iso2, string Iso3, string Name, IReadOnlyList<string> Demonyms, GazetteerPlace Place);
