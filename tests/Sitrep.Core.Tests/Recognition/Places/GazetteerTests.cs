using Sitrep.Errors;
using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Tests.Recognition.Places;

/// <summary>Index round trip and import on small files written here; the world index is tested in <see cref="WorldGazetteerTests"/>.</summary>
public sealed class GazetteerTests
{
    // Rows in the GeoNames dump format (19 columns), invented for the test.
    private const string Dump =
        "9000001\tTell Zahra\tTell Zahra\tTal Zahra,Tell az-Zahra\t36.01\t37.02\tP\tPPL\tSY\t\t09\t\t\t\t1200\t\t400\tAsia/Damascus\t2020-01-01\n" +
        "9000002\tKafr Nasim\tKafr Nasim\t\t35.50\t36.70\tP\tPPL\tSY\t\t12\t\t\t\t800\t\t300\tAsia/Damascus\t2020-01-01\n" +
        "not-a-number\tBroken\tBroken\t\t1\t2\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t0\tAsia/Damascus\t2020-01-01\n" +
        "9000003\tShort row\n";

    private static string BuildWorld(TempDir dir)
    {
        var builder = new GazetteerBuilder();
        var syria = new GazetteerPlace(null, "Syria", 35, 38, 'A', "PCLI", "SY", "", 0);
        builder.AddCountry(new CountryInfo("SY", "SYR", "Syria", ["Syrian"], syria), ["Syrian Arab Republic"]);
        builder.Add(new GazetteerPlace(170062, "Aleppo", 36.1, 37.6, 'A', "ADM1", "SY", "09", 0), ["Halab"]);
        builder.Add(new GazetteerPlace(170063, "Aleppo", 36.2, 37.16, 'P', "PPLA", "SY", "09", 1_800_000), ["Alep", "Ḩalab"]);
        builder.AddAdmin1Name("SY.09", "Aleppo");
        // A square province with a square hole in it.
        builder.AddOutline("SY.09", [[37f, 36f, 38f, 36f, 38f, 37f, 37f, 37f], [37.4f, 36.4f, 37.6f, 36.4f, 37.6f, 36.6f, 37.4f, 36.6f]]);
        string path = Path.Combine(dir.Path, "world.gaz");
        builder.Write(path);
        return path;
    }

    [Fact]
    public void Remembered_lookups_give_the_first_answer_again_on_every_thread()
    {
        using var dir = new TempDir();
        var gazetteer = Gazetteer.Load(BuildWorld(dir));
        string[] names = ["Aleppo", "ALEPPO", "Alep", "Halab", "Ḩalab", "Syria", "Syrian Arab Republic", "Nowhere", ""];
        var first = names.Select(n => gazetteer.Find(n).Select(p => p.GeonameId).ToArray()).ToArray();

        // Lookups are remembered (the answer depends only on the name): asked again, from many threads at
        // once and by the key, they answer as the first time.
        Parallel.For(0, 2000, i =>
        {
            string name = names[i % names.Length];
            Assert.Equal(first[i % names.Length], gazetteer.Find(name).Select(p => p.GeonameId).ToArray());
            Assert.Equal(first[i % names.Length], gazetteer.FindByKey(PlaceNameNormalizer.Key(name)).Select(p => p.GeonameId).ToArray());
        });
        Assert.Equal(2, first[0].Length);
        Assert.Equal("SY", gazetteer.CountryByName("syrian arab republic")!.Iso2);
        Assert.Null(gazetteer.CountryByName("Aleppo"));
        Assert.Empty(first[^2]);
    }

    [Fact]
    public void Built_index_loads_and_finds_by_any_spelling()
    {
        using var dir = new TempDir();
        var gazetteer = Gazetteer.Load(BuildWorld(dir));

        Assert.Equal(2, gazetteer.Find("Aleppo").Count);
        Assert.Equal(170063, Assert.Single(gazetteer.Find("Alep")).GeonameId);
        Assert.Equal(2, gazetteer.Find("Halab").Count);
        Assert.Equal("SY", gazetteer.CountryByDemonym("Syrian")!.Iso2);
        Assert.Equal("SYR", gazetteer.CountryByName("Syrian Arab Republic")!.Iso3);
        Assert.Equal(170062, gazetteer.Admin1("SY", "09")!.GeonameId);
        Assert.Equal("Aleppo", gazetteer.Admin1Name("SY.09"));
        Assert.Empty(gazetteer.Find("Nowhere"));
    }

    [Theory]
    [InlineData(36.2, 37.1, true)]
    [InlineData(36.9, 37.9, true)]
    [InlineData(36.5, 37.5, false)]   // in the hole
    [InlineData(35.5, 37.5, false)]   // south of it
    public void Province_outlines_answer_point_in_province(double lat, double lon, bool inside)
    {
        using var dir = new TempDir();
        var gazetteer = Gazetteer.Load(BuildWorld(dir));

        Assert.Equal(inside ? "SY.09" : null, gazetteer.Admin1At(lat, lon)?.Admin1Key);
        Assert.Equal(2, gazetteer.Outline("SY.09")!.Rings.Count);
    }

    [Fact]
    public void Import_adds_villages_and_reports_bad_rows_with_lines()
    {
        using var dir = new TempDir();
        string world = BuildWorld(dir);
        string dump = dir.File("SY.txt", Dump);

        var result = GeoNamesImporter.Import(dump, world);
        var gazetteer = Gazetteer.Load(world);

        Assert.Equal(2, result.Imported);
        Assert.Equal([3L, 4], result.Errors.Select(e => e.Line!.Value));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCode.MalformedGazetteerRow, e.Code));
        Assert.Contains("geonameid", result.Errors[0].Message);
        Assert.Equal(9000001, Assert.Single(gazetteer.Find("Tal Zahra")).GeonameId);
        Assert.Equal("12", Assert.Single(gazetteer.Find("Kafr Nasim")).Admin1Code);
        Assert.Equal(2, gazetteer.Find("Aleppo").Count);
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_a_clear_error()
    {
        using var dir = new TempDir();
        string path = dir.File("world.gaz", "not an index");

        var ex = Assert.Throws<GazetteerUnavailableException>(() => Gazetteer.Load(path));

        Assert.Equal(ErrorCode.GazetteerUnavailable, ex.Error.Code);
        Assert.Contains("build-gazetteer.sh", ex.Message);
    }
}
