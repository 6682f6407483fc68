using System.Diagnostics;
using Sitrep.Recognition.Places.Gazetteer;

namespace Sitrep.Tests.Recognition.Places;

/// <summary>Checks on the real world index (built by scripts/build-gazetteer.sh; skipped when absent).</summary>
public sealed class WorldGazetteerTests
{
    internal static Gazetteer World()
    {
        if (!Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
        return Gazetteer.Default;
    }

    [Fact]
    public void Aleppo_is_a_big_city_and_a_province()
    {
        var aleppo = World().Find("Aleppo");

        Assert.Contains(aleppo, p => p.IsPopulatedPlace && p.CountryCode == "SY" && p.Population > 1_000_000);
        Assert.Contains(aleppo, p => p.IsAdmin1 && p.Admin1Key == "SY.09");
    }

    [Theory]
    [InlineData("Ar Raqqah", "SY")]
    [InlineData("Raqqa", "SY")]
    [InlineData("Deir ez-Zor", "SY")]
    [InlineData("Dayr az Zawr", "SY")]
    [InlineData("Damascus", "SY")]
    [InlineData("Latakia", "SY")]
    [InlineData("Al-Hasakah", "SY")]
    // Added by data/gazetteer/places-extra.tsv: a district of a city and villages cities500 lacks are populated places.
    [InlineData("Jobar", "SY")]
    [InlineData("Sheikh Maqsoud", "SY")]
    [InlineData("Fuaa", "SY")]
    [InlineData("Kafraya", "SY")]
    [InlineData("Dabiq", "SY")]
    [InlineData("Barzeh", "SY")]
    [InlineData("Waer", "SY")]
    [InlineData("Hmeimim", "SY")]
    [InlineData("Hatla", "SY")]
    [InlineData("Arbin", "SY")]
    [InlineData("Sulaymaniyah", "SY")]
    public void Syrian_places_are_found_by_common_spellings(string name, string country) =>
        Assert.Contains(World().Find(name), p => p.CountryCode == country && (p.IsPopulatedPlace || p.IsAdmin1));

    [Theory]
    [InlineData("Syrian", "SY")]
    [InlineData("Turkish", "TR")]
    [InlineData("Iranian", "IR")]
    [InlineData("Russian", "RU")]
    public void Demonyms_give_countries(string demonym, string iso2) =>
        Assert.Equal(iso2, World().CountryByDemonym(demonym)?.Iso2);

    [Theory]
    [InlineData(36.20, 37.16, "SY.09")]   // Aleppo city
    [InlineData(33.51, 36.29, "SY.13")]   // Damascus
    [InlineData(35.95, 39.01, "SY.04")]   // Raqqa
    [InlineData(39.93, 32.86, "TR.68")]   // Ankara
    public void Points_fall_in_their_province(double lat, double lon, string admin1) =>
        Assert.Equal(admin1, World().Admin1At(lat, lon)?.Admin1Key);

    [Fact]
    public void A_point_at_sea_is_in_no_province() => Assert.Null(World().Admin1At(34.5, 33.0));

    [Fact]
    public void Loads_in_seconds_not_minutes()
    {
        string path = Gazetteer.IsAvailable ? Gazetteer.Locate() : "";
        World();
        var clock = Stopwatch.StartNew();
        var loaded = Gazetteer.Load(path);
        clock.Stop();

        Assert.True(loaded.PlaceCount > 150_000);
        // A sanity bound only; `sitrep bench` measures start-up properly.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"loading took {clock.Elapsed.TotalMilliseconds:F0} ms");
        TestContext.Current.SendDiagnosticMessage($"gazetteer load: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [InlineData("Rebel mortars from eastern Aleppo fell on Sulaymaniyah, a government-held part of the city.", "SY.09")]
    [InlineData("Kurdish leaders met in Sulaymaniyah before the Iraqi army moved on Kirkuk.", "IQ.05")]
    public void A_district_of_Aleppo_and_an_Iraqi_city_of_one_name_are_told_apart_by_the_story(string body, string admin1)
    {
        var article = Sitrep.Pipeline.SitrepPipeline.CreateBuilder(World()).Build().Process(Sitrep.Model.ArticleText.Compose("t", "Report", body));

        Assert.Equal(admin1, Assert.Single(article.Places, p => p.Text.StartsWith("Sulaymaniyah", StringComparison.Ordinal)).Admin1?.Code);
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_in_Eastern_Ghouta_lies_in_the_Damascus_countryside_even_in_a_Damascus_story()
    {
        var article = Sitrep.Pipeline.SitrepPipeline.CreateBuilder(World()).Build()
            .Process(Sitrep.Model.ArticleText.Compose("t", "Report", "Mortars hit Damascus. Troops took the town of Kafr Zaytoun in Eastern Ghouta."));

        Assert.Equal("SY.08", Assert.Single(article.Places, p => p.Text.Contains("Kafr Zaytoun", StringComparison.Ordinal)).Admin1?.Code);
    }

    [Fact]
    public void A_country_named_in_several_words_that_open_with_its_demonym_is_the_country_not_a_modifier()
    {
        var article = Sitrep.Pipeline.SitrepPipeline.CreateBuilder(World()).Build()
            .Process(Sitrep.Model.ArticleText.Compose("t", "Report", "Shelling hit Idlib. Saudi Arabia backs rebels who hold the town."));

        Assert.DoesNotContain(article.Actors, a => a.Code == "SAUREB");
        Assert.Contains(article.Actors, a => a.Text == "rebels" && a.Code == "SYRREB");
    }
    [Theory]
    [InlineData("As the army pushed towards Azaz, rebels fell back.")]
    [InlineData("As the talks stalled, rebels shelled Azaz.")]
    public void A_sentence_opened_by_As_the_names_no_place_abroad(string body)
    {
        // GeoNames lists an airport code among a Brazilian city's names, and the spelling key drops a
        // leading Arabic article: "As the" must not become that city and outvote the town named after it.
        var article = Sitrep.Pipeline.SitrepPipeline.CreateBuilder(World()).Build().Process(Sitrep.Model.ArticleText.Compose("t", "Report", body));

        Assert.DoesNotContain(article.Places, p => p.Text.StartsWith("As", StringComparison.Ordinal));
        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text == "Azaz").Admin1?.Code);
    }
    [Theory]
    [InlineData("Ten rebels died in clashes near Azaz.")]
    [InlineData("Two shells hit Azaz. Five people were hurt.")]
    [InlineData("Reading the statement aloud, rebels in Azaz said the town held.")]
    public void A_number_word_or_a_verb_opening_a_sentence_is_no_town_abroad(string body)
    {
        var article = Sitrep.Pipeline.SitrepPipeline.CreateBuilder(World()).Build().Process(Sitrep.Model.ArticleText.Compose("t", "Report", body));

        Assert.Equal(["Azaz"], article.Places.Select(p => p.Text));
        Assert.Equal("SY.09", article.FocusPlace?.Admin1?.Code);
    }
}
