namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// Collects places with all their names and writes a <see cref="GazetteerIndex"/> file. Used by the
/// build tool (world data from npm packages) and by the GeoNames importer.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<GazetteerPlace> _places = [];
    private readonly Dictionary<string, HashSet<int>> _keys = new(StringComparer.Ordinal);
    private readonly List<CountryInfo> _countries = [];
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    private readonly List<ProvinceOutline> _outlines = [];

    public int Count => _places.Count;

    /// <summary>Adds a place under its own name and every alternate name that has a Latin-script key.</summary>
    public void Add(GazetteerPlace place, IEnumerable<string> alternateNames)
    {
        int index = _places.Count;
        _places.Add(place);
        AddName(index, place.Name);
        foreach (string name in alternateNames)
            AddName(index, name);
    }

    public void AddCountry(CountryInfo country, IEnumerable<string> names)
    {
        _countries.Add(country);
        Add(country.Place, names);
    }

    /// <summary>The GeoNames name of a province ("SY.09" → "Aleppo"), written out for output.</summary>
    public void AddAdmin1Name(string key, string name) => _admin1Names[key] = name;

    /// <summary>A province outline; rings as <c>[lon0, lat0, lon1, lat1, …]</c>.</summary>
    public void AddOutline(string admin1Key, IEnumerable<float[]> rings) => _outlines.Add(new ProvinceOutline(admin1Key, rings.ToArray()));

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temp = path + ".tmp";
        using (var stream = File.Create(temp))
            GazetteerIndex.Write(stream, _places, _keys.ToDictionary(k => k.Key, k => k.Value.Order().ToArray()), _countries, _admin1Names, _outlines);
        File.Move(temp, path, overwrite: true);
    }

    private void AddName(int index, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 80)
            return;
        string key = PlaceNameNormalizer.Key(name);
        if (key.Length < 2)
            return;
        if (!_keys.TryGetValue(key, out var set))
            _keys[key] = set = [];
        set.Add(index);
    }
}
