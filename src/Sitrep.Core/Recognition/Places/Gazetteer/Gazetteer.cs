using System.Collections.Concurrent;
using Sitrep.Errors;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// The gazetteer Sitrep resolves places against: the world index built from GeoNames cities500,
/// GeoNames province names, Natural Earth province points and a country list, plus any GeoNames
/// dumps the user imported (each its own index file beside the world one). Its content never changes;
/// thread-safe, and it remembers its lookups.
/// </summary>
public sealed class Gazetteer
{
    public const string EnvironmentVariable = "SITREP_GAZETTEER";
    public const string WorldFileName = "world.gaz";
    public const string ImportedFolderName = "imported";

    private readonly IReadOnlyList<GazetteerIndex> _indexes;
    private readonly Dictionary<string, CountryInfo> _byIso2 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CountryInfo> _byDemonym = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GazetteerPlace> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProvinceOutline> _outlines = new(StringComparer.Ordinal);

    // Every capitalised word and run of words is looked up, and the same ones again in every article
    // ("Syria", "Aleppo", "The"): lookups by name and by key are remembered. The gazetteer never
    // changes, so a remembered answer is the answer; past the bound, lookups are simply not remembered.
    private const int RememberedLookups = 200_000;
    private readonly ConcurrentDictionary<string, GazetteerPlace[]> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GazetteerPlace[]> _byKey = new(StringComparer.Ordinal);
    private int _remembered;

    public Gazetteer(IReadOnlyList<GazetteerIndex> indexes)
    {
        _indexes = indexes;
        foreach (var index in indexes)
        {
            foreach (var country in index.Countries)
            {
                _byIso2.TryAdd(country.Iso2, country);
                foreach (string demonym in country.Demonyms)
                    _byDemonym.TryAdd(demonym, country);
            }
            foreach (var (key, name) in index.Admin1Names)
                _admin1Names.TryAdd(key, name);
            foreach (var outline in index.Outlines)
                _outlines.TryAdd(outline.Admin1Key, outline);
            foreach (var place in index.Places.Where(p => p.IsAdmin1))
            {
                if (place.Admin1Key is { } key)
                    _admin1.TryAdd(key, place);
            }
        }
    }

    /// <summary>Where the world index was loaded from (for messages).</summary>
    public string? Location { get; private init; }

    public int PlaceCount => _indexes.Sum(i => i.Places.Count);

    /// <summary>
    /// The gazetteer at <c>$SITREP_GAZETTEER</c> (a world.gaz file or its folder), else in a
    /// <c>gazetteer/</c> folder beside the program, else in the repository's <c>.build/gazetteer/</c>.
    /// Loaded once.
    /// </summary>
    /// <exception cref="GazetteerUnavailableException">No gazetteer was found or it cannot be read.</exception>
    public static Gazetteer Default => s_default.Value;

    private static readonly Lazy<Gazetteer> s_default = new(() => Load(Locate()));

    public static bool IsAvailable => TryLocate() is not null;

    public static Gazetteer Load(string worldPath)
    {
        try
        {
            var indexes = new List<GazetteerIndex> { GazetteerIndex.Load(worldPath) };
            string imported = Path.Combine(Path.GetDirectoryName(worldPath)!, ImportedFolderName);
            if (Directory.Exists(imported))
            {
                // Imported dumps come first so their richer entries win ties on the same name.
                indexes.InsertRange(0, Directory.EnumerateFiles(imported, "*.gaz").Order(StringComparer.Ordinal).Select(GazetteerIndex.Load));
            }
            return new Gazetteer(indexes) { Location = worldPath };
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException)
        {
            throw new GazetteerUnavailableException(new SitrepError(ErrorCode.GazetteerUnavailable, worldPath, null, $"cannot read the gazetteer: {ex.Message} Rebuild it with scripts/build-gazetteer.sh."));
        }
    }

    public static string Locate() => TryLocate() ?? throw new GazetteerUnavailableException(new SitrepError(ErrorCode.GazetteerUnavailable,
        $"{WorldFileName}", null, $"no gazetteer found (looked in ${EnvironmentVariable}, beside the program and in .build/gazetteer). Build it with scripts/build-gazetteer.sh (the ./sitrep launcher does this on first use)."));

    private static string? TryLocate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            string file = Directory.Exists(configured) ? Path.Combine(configured, WorldFileName) : configured;
            return File.Exists(file) ? file : null;
        }
        string beside = Path.Combine(AppContext.BaseDirectory, "gazetteer", WorldFileName);
        if (File.Exists(beside))
            return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, ".build", "gazetteer", WorldFileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Places whose name or alternate name has the same spelling key as <paramref name="name"/>; distinct by entry.</summary>
    public IReadOnlyList<GazetteerPlace> Find(ReadOnlySpan<char> name)
    {
        var byName = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (byName.TryGetValue(name, out var known))
            return known;
        var places = Search(PlaceNameNormalizer.Key(name));
        if (Remember())
            byName.TryAdd(name, places);
        return places;
    }

    public IReadOnlyList<GazetteerPlace> FindByKey(string key) => Search(key);

    private GazetteerPlace[] Search(string key)
    {
        if (key.Length == 0)
            return [];
        if (_byKey.TryGetValue(key, out var known))
            return known;
        var places = Distinct(_indexes.SelectMany(i => i.FindByKey(key)));
        if (Remember())
            _byKey.TryAdd(key, places);
        return places;
    }

    private bool Remember() => Volatile.Read(ref _remembered) < RememberedLookups && Interlocked.Increment(ref _remembered) <= RememberedLookups;

    /// <summary>Looser: places whose key has the same consonant skeleton. Callers must restrict the result (country, type).</summary>
    public IReadOnlyList<GazetteerPlace> FindBySkeleton(ReadOnlySpan<char> name)
    {
        string skeleton = PlaceNameNormalizer.Skeleton(PlaceNameNormalizer.Key(name));
        return skeleton.Length < 3 ? [] : Distinct(_indexes.SelectMany(i => i.FindBySkeleton(skeleton)));
    }

    public GazetteerPlace? Admin1(string countryCode, string admin1Code) => _admin1.GetValueOrDefault($"{countryCode}.{admin1Code}");

    /// <summary>The GeoNames name of a province key such as "SY.09" ("Aleppo").</summary>
    public string? Admin1Name(string key) => _admin1Names.GetValueOrDefault(key) ?? _admin1.GetValueOrDefault(key)?.Name;

    public int OutlineCount => _outlines.Count;

    /// <summary>The province outline for a key such as "SY.09" (for maps), or null.</summary>
    public ProvinceOutline? Outline(string admin1Key) => _outlines.GetValueOrDefault(admin1Key);

    /// <summary>The province a point lies in, by outline; null at sea or where no outline is known.</summary>
    public GazetteerPlace? Admin1At(double lat, double lon)
    {
        foreach (var outline in _outlines.Values)
        {
            if (outline.Contains(lat, lon))
                return _admin1.GetValueOrDefault(outline.Admin1Key);
        }
        return null;
    }

    public CountryInfo? Country(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>"Syrian" → Syria, "Turkish" → Turkey.</summary>
    public CountryInfo? CountryByDemonym(ReadOnlySpan<char> demonym) => _byDemonym.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(demonym, out var c) ? c : null;

    public CountryInfo? CountryByName(ReadOnlySpan<char> name)
    {
        foreach (var place in Find(name))
        {
            if (place.IsCountry && Country(place.CountryCode) is { } country)
                return country;
        }
        return null;
    }

    private static GazetteerPlace[] Distinct(IEnumerable<GazetteerPlace> places)
    {
        var seen = new HashSet<long>();
        var result = new List<GazetteerPlace>();
        foreach (var place in places)
        {
            if (place.GeonameId is { } id && !seen.Add(id))
                continue;
            result.Add(place);
        }
        return result.ToArray();
    }
}
