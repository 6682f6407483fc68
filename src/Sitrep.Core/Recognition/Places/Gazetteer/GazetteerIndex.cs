using System.Text;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// One compiled gazetteer file: places, a sorted name-key table with postings, a consonant-skeleton
/// table, countries and province names. Read whole in one pass (no per-key hashing at start-up:
/// lookups binary-search the sorted keys), immutable afterwards and safe to share across threads.
/// </summary>
public sealed class GazetteerIndex
{
    private const string Magic = "SITREP-GAZETTEER";
    private const int Version = 2;

    private readonly GazetteerPlace[] _places;
    private readonly string[] _keys;
    private readonly int[][] _postings;
    private readonly string[] _skeletons;
    private readonly int[][] _skeletonPostings;

    private GazetteerIndex(GazetteerPlace[] places, string[] keys, int[][] postings, string[] skeletons, int[][] skeletonPostings,
        IReadOnlyList<CountryInfo> countries, IReadOnlyDictionary<string, string> admin1Names, IReadOnlyList<ProvinceOutline> outlines)
    {
        Outlines = outlines;
        _places = places;
        _keys = keys;
        _postings = postings;
        _skeletons = skeletons;
        _skeletonPostings = skeletonPostings;
        Countries = countries;
        Admin1Names = admin1Names;
    }

    public IReadOnlyList<GazetteerPlace> Places => _places;

    public int KeyCount => _keys.Length;

    public IReadOnlyList<CountryInfo> Countries { get; }

    public IReadOnlyDictionary<string, string> Admin1Names { get; }

    public IReadOnlyList<ProvinceOutline> Outlines { get; }

    public IEnumerable<GazetteerPlace> FindByKey(string key) => Lookup(_keys, _postings, key);

    public IEnumerable<GazetteerPlace> FindBySkeleton(string skeleton) => Lookup(_skeletons, _skeletonPostings, skeleton);

    private IEnumerable<GazetteerPlace> Lookup(string[] keys, int[][] postings, string key)
    {
        int at = Array.BinarySearch(keys, key, StringComparer.Ordinal);
        return at < 0 ? [] : postings[at].Select(i => _places[i]);
    }

    /// <exception cref="InvalidDataException">The file is not a gazetteer index of this version.</exception>
    public static GazetteerIndex Load(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException($"{path}: not a Sitrep gazetteer index (version {Version}); rebuild it with scripts/build-gazetteer.sh.");

        string[] codes = ReadStrings(reader);
        var places = new GazetteerPlace[reader.ReadInt32()];
        for (int i = 0; i < places.Length; i++)
        {
            long id = reader.ReadInt64();
            string name = reader.ReadString();
            double lat = reader.ReadSingle(), lon = reader.ReadSingle();
            char featureClass = (char)reader.ReadByte();
            string featureCode = codes[reader.ReadInt32()], country = codes[reader.ReadInt32()], admin1 = codes[reader.ReadInt32()];
            long population = reader.ReadInt64();
            places[i] = new GazetteerPlace(id < 0 ? null : id, name, lat, lon, featureClass, featureCode, country, admin1, population);
        }
        var (keys, postings) = ReadTable(reader);
        var (skeletons, skeletonPostings) = ReadTable(reader);

        var countries = new CountryInfo[reader.ReadInt32()];
        for (int i = 0; i < countries.Length; i++)
            countries[i] = new CountryInfo(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadStrings(reader), places[reader.ReadInt32()]);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int n = reader.ReadInt32(), i = 0; i < n; i++)
            admin1Names[reader.ReadString()] = reader.ReadString();
        var outlines = new ProvinceOutline[reader.ReadInt32()];
        for (int i = 0; i < outlines.Length; i++)
        {
            string key = reader.ReadString();
            var rings = new float[reader.ReadInt32()][];
            for (int r = 0; r < rings.Length; r++)
            {
                // One block read per ring: the outlines hold about a million numbers.
                rings[r] = new float[reader.ReadInt32()];
                reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rings[r].AsSpan()));
            }
            outlines[i] = new ProvinceOutline(key, rings);
        }
        return new GazetteerIndex(places, keys, postings, skeletons, skeletonPostings, countries, admin1Names, outlines);
    }

    internal static void Write(Stream stream, List<GazetteerPlace> places, Dictionary<string, int[]> keys, List<CountryInfo> countries, Dictionary<string, string> admin1Names, List<ProvinceOutline> outlines)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);

        // Feature, country and province codes repeat: store each once.
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        int Code(string s) => codes.TryGetValue(s, out int i) ? i : codes[s] = codes.Count;
        foreach (var p in places)
        {
            Code(p.FeatureCode);
            Code(p.CountryCode);
            Code(p.Admin1Code);
        }
        WriteStrings(writer, codes.OrderBy(c => c.Value).Select(c => c.Key).ToList());

        writer.Write(places.Count);
        foreach (var p in places)
        {
            writer.Write(p.GeonameId ?? -1);
            writer.Write(p.Name);
            writer.Write((float)p.Lat);
            writer.Write((float)p.Lon);
            writer.Write((byte)p.FeatureClass);
            writer.Write(codes[p.FeatureCode]);
            writer.Write(codes[p.CountryCode]);
            writer.Write(codes[p.Admin1Code]);
            writer.Write(p.Population);
        }

        WriteTable(writer, keys);
        var skeletons = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (key, postings) in keys)
        {
            string skeleton = PlaceNameNormalizer.Skeleton(key);
            if (skeleton.Length < 3)
                continue;
            if (!skeletons.TryGetValue(skeleton, out var set))
                skeletons[skeleton] = set = [];
            set.UnionWith(postings);
        }
        WriteTable(writer, skeletons.ToDictionary(s => s.Key, s => s.Value.Order().ToArray()));

        var placeIndex = new Dictionary<GazetteerPlace, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < places.Count; i++)
            placeIndex.TryAdd(places[i], i);
        writer.Write(countries.Count);
        foreach (var c in countries)
        {
            writer.Write(c.Iso2);
            writer.Write(c.Iso3);
            writer.Write(c.Name);
            WriteStrings(writer, c.Demonyms);
            writer.Write(placeIndex[c.Place]);
        }
        writer.Write(admin1Names.Count);
        foreach (var (key, name) in admin1Names)
        {
            writer.Write(key);
            writer.Write(name);
        }
        writer.Write(outlines.Count);
        foreach (var outline in outlines)
        {
            writer.Write(outline.Admin1Key);
            writer.Write(outline.Rings.Count);
            foreach (float[] ring in outline.Rings)
            {
                writer.Write(ring.Length);
                foreach (float value in ring)
                    writer.Write(value);
            }
        }
    }

    private static void WriteTable(BinaryWriter writer, Dictionary<string, int[]> table)
    {
        var sorted = table.Keys.Order(StringComparer.Ordinal).ToList();
        writer.Write(sorted.Count);
        foreach (string key in sorted)
        {
            writer.Write(key);
            int[] postings = table[key];
            writer.Write(postings.Length);
            foreach (int p in postings)
                writer.Write(p);
        }
    }

    private static (string[] Keys, int[][] Postings) ReadTable(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var keys = new string[count];
        var postings = new int[count][];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadString();
            var list = new int[reader.ReadInt32()];
            for (int j = 0; j < list.Length; j++)
                list[j] = reader.ReadInt32();
            postings[i] = list;
        }
        return (keys, postings);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (string s in strings)
            writer.Write(s);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++)
            strings[i] = reader.ReadString();
        return strings;
    }
}
