using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Tests.Recognition.Places;

/// <summary>A small gazetteer written by the tests (invented populations), so place logic is tested without the world index.</summary>
internal static class TinyGazetteer
{
    public static Gazetteer Build(TempDir dir, string? importDump = null)
    {
        var b = new GazetteerBuilder();
        b.AddCountry(new CountryInfo("SY", "SYR", "Syria", ["Syrian"], new GazetteerPlace(null, "Syria", 35, 38, 'A', "PCLI", "SY", "", 0)), ["Syrian Arab Republic"]);
        b.AddCountry(new CountryInfo("TR", "TUR", "Turkey", ["Turkish"], new GazetteerPlace(null, "Turkey", 39, 35, 'A', "PCLI", "TR", "", 0)), ["Türkiye"]);
        b.AddCountry(new CountryInfo("IQ", "IRQ", "Iraq", ["Iraqi"], new GazetteerPlace(null, "Iraq", 33, 44, 'A', "PCLI", "IQ", "", 0)), []);
        b.AddCountry(new CountryInfo("US", "USA", "United States", ["American"], new GazetteerPlace(null, "United States", 39, -98, 'A', "PCLI", "US", "", 0)), ["United States of America", "US", "U.S."]);
        b.Add(new GazetteerPlace(170062, "Aleppo", 36.10, 37.60, 'A', "ADM1", "SY", "09", 0), ["Halab"]);
        b.Add(new GazetteerPlace(170654, "Damascus Governorate", 33.51, 36.29, 'A', "ADM1", "SY", "13", 0), ["Damascus"]);
        b.Add(new GazetteerPlace(170792, "Deir ez-Zor", 35.07, 40.27, 'A', "ADM1", "SY", "07", 0), ["Dayr az Zawr"]);
        b.Add(new GazetteerPlace(169375, "Rif Dimashq", 33.52, 36.75, 'A', "ADM1", "SY", "08", 0), ["Damascus Countryside"]);
        b.Add(new GazetteerPlace(170063, "Aleppo", 36.20, 37.16, 'P', "PPLA", "SY", "09", 1_800_000), ["Alep"]);
        b.Add(new GazetteerPlace(170654 + 1, "Damascus", 33.51, 36.29, 'P', "PPLC", "SY", "13", 1_500_000), []);
        b.Add(new GazetteerPlace(170794, "Deir ez-Zor", 35.33, 40.14, 'P', "PPLA", "SY", "07", 240_000), ["Dayr az Zawr", "Deir Ezzor"]);
        b.Add(new GazetteerPlace(170017, "A'zaz", 36.58, 37.04, 'P', "PPLA2", "SY", "09", 31_000), ["Azaz"]);
        // A namesake far from Aleppo, for "the Salihiyah neighbourhood of Aleppo".
        b.Add(new GazetteerPlace(9000001, "Salihiyah", 32.70, 36.60, 'P', "PPL", "SY", "05", 5_000), []);
        b.Add(new GazetteerPlace(4000001, "Damascus", 39.00, -77.00, 'P', "PPL", "US", "MD", 15_000), []);
        // An invented large namesake abroad of a small Syrian town, for names written with the Arabic article.
        b.Add(new GazetteerPlace(4000002, "Bab", 40.00, -80.00, 'P', "PPL", "US", "PA", 150_000), []);
        b.Add(new GazetteerPlace(9000002, "Tal Abyad", 36.70, 38.95, 'P', "PPL", "SY", "04", 15_000), []);
        b.Add(new GazetteerPlace(740430, "Of", 40.94, 40.26, 'P', "PPL", "TR", "83", 25_000), []);
        // A large foreign city whose name a Syrian neighbourhood shares.
        b.Add(new GazetteerPlace(9000003, "Zahraniyah", 35.50, 45.40, 'P', "PPLA", "IQ", "05", 400_000), []);
        // A Syrian town whose name opens with a name head, and an invented namesake abroad of its second word.
        b.Add(new GazetteerPlace(174448, "Albu Kamal", 34.45, 40.92, 'P', "PPLA2", "SY", "07", 57_000), ["Abu Kamal"]);
        b.Add(new GazetteerPlace(9000004, "Kamal", 39.50, 33.50, 'P', "PPL", "TR", "71", 90_000), []);
        b.Add(new GazetteerPlace(323786, "Ankara", 39.92, 32.85, 'P', "PPLC", "TR", "68", 3_500_000), []);
        // A foreign capital whose own name ends in "s", like a possessive stripped of its apostrophe.
        b.AddCountry(new CountryInfo("BE", "BEL", "Belgium", ["Belgian"], new GazetteerPlace(null, "Belgium", 50.8, 4.6, 'A', "PCLI", "BE", "", 0)), []);
        b.Add(new GazetteerPlace(2800866, "Brussels", 50.85, 4.35, 'P', "PPLC", "BE", "BRU", 1_000_000), []);
        // A large city abroad that is no capital, where talks are held.
        b.AddCountry(new CountryInfo("CH", "CHE", "Switzerland", ["Swiss"], new GazetteerPlace(null, "Switzerland", 47, 8, 'A', "PCLI", "CH", "", 0)), []);
        b.Add(new GazetteerPlace(2660646, "Geneva", 46.20, 6.14, 'P', "PPLA", "CH", "GE", 180_000), ["Genf"]);
        b.Add(new GazetteerPlace(4140963, "Washington", 38.90, -77.04, 'P', "PPLC", "US", "DC", 700_000), ["Washington D.C."]);
        b.AddAdmin1Name("SY.09", "Aleppo");
        b.AddAdmin1Name("SY.13", "Damascus Governorate");
        b.AddAdmin1Name("SY.07", "Deir ez-Zor");
        b.AddAdmin1Name("SY.08", "Rif Dimashq");
        string world = Path.Combine(dir.Path, "world.gaz");
        b.Write(world);
        if (importDump is not null)
            GeoNamesImporter.Import(dir.File("SY.txt", importDump), world);
        return Gazetteer.Load(world);
    }
}
