using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Recognition.Places;

public sealed class PlaceStageTests
{
    private static Article Analyze(string title, string body, string? importDump = null)
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir, importDump)).Build();
        return pipeline.Process(ArticleText.Compose("t", title, body));
    }

    private static PlaceMention Single(Article article, string text) => Assert.Single(article.Places, p => p.Text == text);

    [Fact]
    public void A_place_before_its_institution_s_words_is_read_and_the_institution_is_no_place()
    {
        var article = Analyze("Report", "An officer of Aleppo Police Command said shells hit a school. Deir Ezzor Military Airport was shelled.");

        Assert.Equal(["Aleppo", "Deir Ezzor"], article.Places.Select(p => p.Text));
        Assert.Equal(["SY.09", "SY.07"], article.Places.Select(p => p.Admin1?.Code));
    }

    [Fact]
    public void A_compound_ending_in_a_lowercase_word_before_town_describes_it_and_is_no_place()
    {
        var article = Analyze("Report", "Rebels shelled the Christian-majority town of Azaz. Jets hit the IS-run city of Aleppo and Deir ez-Zor.");

        Assert.Equal(["Azaz", "Aleppo", "Deir ez-Zor"], article.Places.Select(p => p.Text));
    }

    [Fact]
    public void A_news_agency_glued_after_a_place_by_lost_commas_leaves_the_place_read()
    {
        var article = Analyze("Report", "Shells wounded three people in eastern Aleppo SANA said. Later Deir Ezzor AFP reported calm.");

        Assert.Equal(["SY.09", "SY.07"], article.Places.Select(p => p.Admin1?.Code));
    }

    [Fact]
    public void A_name_head_like_Abu_begins_the_name_and_is_never_dropped_to_reach_a_namesake()
    {
        var article = Analyze("Report", "Jets hit the town of Abu Kamal on Monday. Abu Hamza Kamal, a commander, was not there.");

        Assert.Equal("SY.07", Single(article, "Abu Kamal").Admin1?.Code);
        Assert.DoesNotContain(article.Places, p => p.Text == "Kamal" || p.Country == "TR");
    }

    [Fact]
    public void A_name_right_before_near_a_town_is_read_by_that_town_not_as_a_namesake_far_away()
    {
        var article = Analyze("Report", "Rebels attacked Salihiyah near Azaz on Monday. A massacre in Syria near Damascus was reported.");

        Assert.Equal("SY.09", Single(article, "Salihiyah").Admin1?.Code);
        Assert.Equal(PlacePrecision.Country, Single(article, "Syria").Precision);
    }

    [Fact]
    public void A_capitalised_villages_in_a_headline_is_no_place_of_its_own()
    {
        // A gazetteer that lists a place called "Villages", as the world's does.
        const string dump = "9000011\tVillages\tVillages\t\t36.30\t37.10\tP\tPPL\tSY\t\t09\t\t\t\t900\t\t400\tAsia/Damascus\t2020-01-01\n";
        var article = Analyze("Army Pushes Into Villages North of Aleppo", "Troops advanced on Monday.", dump);

        Assert.Equal(["Aleppo"], article.Places.Select(p => p.Text));
    }

    [Fact]
    public void A_country_s_name_is_the_country_not_a_home_village_that_shares_it()
    {
        // Syria has villages named after countries, as the world gazetteer lists ("China" in Homs).
        const string dump = "9000012\tTurkey\tTurkey\t\t34.70\t36.40\tP\tPPL\tSY\t\t11\t\t\t\t2000\t\t400\tAsia/Damascus\t2020-01-01\n";
        var article = Analyze("Report", "Shells hit Azaz and Aleppo on Monday. The draft was not even read by Iraq and Turkey.", dump);
        Assert.Equal(PlacePrecision.Country, Assert.Single(article.Places, p => p.Text == "Turkey").Precision);

        var village = Analyze("Report", "Shells hit Azaz and Aleppo on Monday, and the village of Turkey.", dump);
        Assert.Equal("SY", Assert.Single(village.Places, p => p.Text == "Turkey").Country);
    }

    [Fact]
    public void A_capital_named_as_a_government_does_not_outvote_the_towns_of_the_story()
    {
        var article = Analyze("Report", "Rebels shelled Azaz on Monday. Washington backs the rebels.");

        Assert.Contains(article.Places, p => p.Text == "Azaz" && p.Country == "SY");
        Assert.Equal("SYRREB", article.Actors[0].Code);
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_in_a_named_district_lies_there_and_a_namesake_elsewhere_loses()
    {
        // A district of the Damascus countryside (regions such as Eastern Ghouta come from places-extra.tsv), and a namesake of its town in another province.
        const string dump = "9000013\tWadi Zahr\tWadi Zahr\t\t33.60\t36.50\tA\tADM2\tSY\t\t08\t\t\t\t0\t\t600\tAsia/Damascus\t2020-01-01\n"
            + "9000014\tKafr Nur\tKafr Nur\t\t36.30\t37.20\tP\tPPL\tSY\t\t09\t\t\t\t3000\t\t400\tAsia/Damascus\t2020-01-01\n";
        var unknown = Analyze("Report", "Shells hit Aleppo. Troops advanced in the town of Beit Salma in Wadi Zahr on Monday.", dump);
        var namesake = Analyze("Report", "Shells hit Aleppo. Troops advanced in the town of Kafr Nur in Wadi Zahr on Monday.", dump);

        Assert.Equal(("SY.08", PlacePrecision.Admin2), Assert.Single(unknown.Places, p => p.Text.Contains("Beit Salma")) is var town ? (town.Admin1?.Code, town.Precision) : default);
        Assert.Equal("SY.08", Assert.Single(namesake.Places, p => p.Text.Contains("Kafr Nur")).Admin1?.Code);
    }

    [Fact]
    public void A_plural_cue_after_a_list_says_what_every_name_in_it_is()
    {
        var article = Analyze("Report", "Clashes spread across Aleppo, Damascus and Deir ez-Zor provinces on Monday.");

        Assert.All(article.Places, p => Assert.Equal(PlacePrecision.Admin1, p.Precision));
        Assert.Equal(3, article.Places.Count);
    }

    [Fact]
    public void A_neighbourhood_or_village_is_read_abroad_only_in_a_country_the_article_names()
    {
        var home = Analyze("Report", "Rebels shelled Aleppo and Azaz in Syria on Monday. Shells hit the Zahraniyah neighborhood, and the village of Zahraniyah burned.");
        var abroad = Analyze("Report", "Rebels shelled Aleppo and Azaz in Syria on Monday. In Iraq, the Zahraniyah district was calm.");

        Assert.DoesNotContain(home.Places, p => p.Country == "IQ");
        Assert.Equal("IQ", Assert.Single(abroad.Places, p => p.Name == "Zahraniyah").Country);
    }

    [Fact]
    public void A_village_missing_from_the_gazetteer_resolves_to_its_named_province_at_admin1_precision()
    {
        var article = Analyze("Report", "Rebels seized Tell Kharab in Aleppo province on Sunday.");

        var village = Single(article, "Tell Kharab");
        Assert.Equal(("Tell Kharab", "SY", "SY.09", PlacePrecision.Admin1, "container"),
            (village.Name, village.Country, village.Admin1!.Code, village.Precision, village.Rule));
        Assert.Equal(170062, village.GeonameId);
        var province = Single(article, "Aleppo province");
        Assert.Equal((PlacePrecision.Admin1, "ADM1"), (province.Precision, province.FeatureCode));
    }

    [Fact]
    public void The_suburbs_of_a_city_that_is_its_own_province_lie_in_the_province_around_it()
    {
        var article = Analyze("Report", "Shells fell on the eastern suburbs of Damascus, and later in Damascus itself.");

        var suburbs = Assert.Single(article.Places, p => p.Qualifier is not null && p.Qualifier.Contains("suburbs", StringComparison.Ordinal));
        Assert.Equal(("SY.08", PlacePrecision.Admin1, "surroundings"), (suburbs.Admin1!.Code, suburbs.Precision, suburbs.Rule));
        var city = Assert.Single(article.Places, p => p.Qualifier is null && p.Text == "Damascus");
        Assert.Equal(("SY.13", PlacePrecision.Locality), (city.Admin1!.Code, city.Precision));
    }

    [Fact]
    public void A_located_village_named_again_without_a_cue_is_the_same_place()
    {
        var article = Analyze("Report", "Rebels seized Tell Kharab in Aleppo province. The army says it still holds Tell Kharab.");

        var mentions = article.Places.Where(p => p.Name == "Tell Kharab").ToList();
        Assert.Equal(["container", "same-name"], mentions.Select(p => p.Rule));
        Assert.All(mentions, p => Assert.Equal(("SY.09", PlacePrecision.Admin1), (p.Admin1!.Code, p.Precision!.Value)));
    }

    [Fact]
    public void After_importing_a_GeoNames_dump_the_village_resolves_as_a_locality()
    {
        const string dump = "9000010\tTell Kharab\tTell Kharab\tTal Kharab\t36.41\t37.30\tP\tPPL\tSY\t\t09\t\t\t\t900\t\t400\tAsia/Damascus\t2020-01-01\n";

        var village = Single(Analyze("Report", "Rebels seized Tell Kharab in Aleppo province on Sunday.", dump), "Tell Kharab");

        Assert.Equal((9000010L, PlacePrecision.Locality, "SY.09"), (village.GeonameId!.Value, village.Precision!.Value, village.Admin1!.Code));
    }

    [Fact]
    public void Containment_picks_the_homonym_inside_the_named_country()
    {
        var article = Analyze("Report", "Shells hit Damascus, Syria and Azaz near the border with Turkey.");

        Assert.Equal("SY", Single(article, "Damascus").Country);
        Assert.Equal(("SY.09", PlacePrecision.Locality), (Single(article, "Azaz").Admin1!.Code, Single(article, "Azaz").Precision!.Value));
        Assert.Equal((PlacePrecision.Country, "TR"), (Single(article, "Turkey").Precision!.Value, Single(article, "Turkey").Country));
    }

    [Fact]
    public void A_province_cue_selects_the_province_and_a_bare_name_the_city()
    {
        var article = Analyze("Report", "Clashes in Aleppo spread across Aleppo province.");

        Assert.Equal("PPLA", Single(article, "Aleppo").FeatureCode);
        Assert.Equal("ADM1", Single(article, "Aleppo province").FeatureCode);
    }

    [Theory]
    [InlineData("Troops advanced in southern Aleppo province.", "southern Aleppo province", "south")]
    [InlineData("Fighting raged in Northern Syria.", "Northern Syria", "north")]
    [InlineData("Jets struck east of Damascus.", "Damascus", "east")]
    [InlineData("Mortars fell on the outskirts of Damascus.", "Damascus", "outskirts")]
    [InlineData("Troops moved to the Southern territories of Aleppo province.", "Aleppo province", "south")]
    public void Qualifiers_are_kept_without_changing_the_place(string body, string text, string qualifier)
    {
        var place = Single(Analyze("Report", body), text);

        Assert.Equal(qualifier, place.Qualifier);
        Assert.NotNull(place.Lat);
    }

    [Theory]
    [InlineData("Deir Ezzor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir ez-Zor")]
    public void Spellings_resolve_to_the_same_place(string spelling)
    {
        var place = Single(Analyze("Report", $"Airstrikes hit {spelling} on Monday."), spelling);

        Assert.Equal(("SY.07", 170794L), (place.Admin1!.Code, place.GeonameId!.Value));
    }

    [Fact]
    public void People_groups_and_common_words_are_not_places()
    {
        var article = Analyze("Minister Condemns Attack",
            "Deputy Foreign Minister Hossein Amir Abdollahian said Hezbollah fighters held Azaz. Of the dead, most were civilians, the Syrian Observatory said.");

        Assert.Equal(["Azaz"], article.Places.Select(p => p.Text));
    }

    [Fact]
    public void A_capitalised_first_word_that_names_a_town_abroad_does_not_outvote_a_town_at_home()
    {
        // "Of" is a Turkish town as big as Azaz; as a sentence's first word it is most likely no name.
        var article = Analyze("Report", "Of those hurt, most were treated in Azaz.");

        Assert.Equal(["Azaz"], article.Places.Select(p => p.Text));
        Assert.Equal("SY.09", article.FocusPlace?.Admin1?.Code);
    }

    [Fact]
    public void A_city_where_talks_are_held_is_a_place_but_not_what_the_report_is_about()
    {
        var article = Analyze("Report", "Rebels in Azaz said they would not attend the talks in Geneva.");

        Assert.Equal(["SY", "CH"], article.Places.Select(p => p.Country));
        Assert.Equal("Azaz", article.FocusPlace?.Name);
        Assert.Equal("SYRREB", article.Actors[0].Code);
    }

    [Fact]
    public void A_city_where_envoys_met_is_a_venue_even_with_whom_they_met_named_between()
    {
        var article = Analyze("Report", "The Iraqi foreign minister met the UN envoy for Syria in Ankara on Monday. Later rebels shelled Azaz, the opposition said.");

        Assert.Equal("Azaz", article.FocusPlace?.Name);
        Assert.Equal("SYRREB", Assert.Single(article.Actors, a => a.Text == "rebels").Code);
    }

    [Theory]
    [InlineData("In Ankara, officials said jets struck Azaz on Monday.")]
    [InlineData("Speaking in Ankara, the minister said jets struck Azaz.")]
    [InlineData("The envoy told reporters in Ankara that jets struck Azaz.")]
    public void Where_someone_spoke_is_a_venue_not_what_the_report_is_about(string body)
    {
        var article = Analyze("Report", body);

        Assert.Equal("Azaz", article.FocusPlace?.Name);
        Assert.Contains(article.Places, p => p.Text == "Azaz");
    }

    [Fact]
    public void A_small_foreign_homonym_is_not_taken_without_context()
    {
        var article = Analyze("Report", "Syrian troops shelled Damascus suburbs and Azaz while talks went on in Ankara.");

        Assert.Equal("SY", Single(article, "Damascus suburbs").Country);
        Assert.Equal("TR", Single(article, "Ankara").Country);
    }

    [Fact]
    public void The_focus_is_the_most_weighted_province_at_home_not_a_foreign_capital()
    {
        var article = Analyze("Shelling Kills Five in Azaz", "Shells hit Azaz and villages in Aleppo province, officials in Ankara said. Turkey closed the border.");

        Assert.Equal(("Azaz", "SY.09"), (article.FocusPlace!.Name, article.FocusPlace.Admin1!.Code));
    }

    [Fact]
    public void A_capital_that_speaks_or_is_told_is_its_government_not_the_focus()
    {
        var article = Analyze("Report", "The minister said Syria had told Ankara it would let monitors in. Gas was used in Azaz on Wednesday, activists said.");

        Assert.Equal("SY", article.FocusPlace!.Country);
    }

    [Fact]
    public void A_capital_s_possessive_is_its_government_not_the_focus()
    {
        var article = Analyze("Report", "Ankara's envoy met the rebels. Later shells hit Azaz and Aleppo, activists said. Ankara's ministry condemned it.");

        Assert.Equal("SY", article.FocusPlace!.Country);
    }

    [Fact]
    public void Every_place_span_cuts_its_text()
    {
        var article = Analyze("Fighting near Aleppo", "Tell Kharab in Aleppo province, Damascus, Syria and southern Deir Ezzor were hit.");

        Assert.NotEmpty(article.Places);
        Assert.All(article.Places, p => Assert.Equal(p.Text, article[p.Span]));
    }

    [Fact]
    public void An_unknown_village_takes_the_article_s_province_only_when_its_sentence_s_region_allows_it()
    {
        const string body = "Jets struck Deir Ezzor and Abu Kamal on Monday, and shelling hit Deir Ezzor again. ";
        var north = Analyze("Report", body + "In northern Syria, a strike on the village of Beit Salma killed four.");
        var east = Analyze("Report", body + "In eastern Syria, a strike on the village of Beit Salma killed four.");

        Assert.DoesNotContain(north.Places, p => p.Text.Contains("Beit Salma") && p.Admin1?.Code == "SY.07");
        Assert.Equal("SY.07", Assert.Single(east.Places, p => p.Text.Contains("Beit Salma")).Admin1?.Code);
    }

    [Fact]
    public void An_unknown_town_takes_the_one_province_its_sentence_names_there_and_wherever_it_is_named_again()
    {
        var article = Analyze("Report", "Shells hit Aleppo and Azaz on Monday, and Aleppo again on Tuesday. "
            + "Rockets fired from Deir Ezzor struck the town of Beit Salma. Two people were hurt in the town of Beit Salma.");

        Assert.Equal(["SY.07", "SY.07"], article.Places.Where(p => p.Text.Contains("Beit Salma")).Select(p => p.Admin1?.Code));
    }

    [Fact]
    public void A_country_first_in_a_list_of_countries_is_a_place_not_a_part_of_the_next()
    {
        var article = Analyze("Report", "Aid reached Aleppo from Turkey, Iraq and the United States on Monday.");

        Assert.Equal(["TR", "IQ", "US"], article.Places.Where(p => p.Precision == PlacePrecision.Country).Select(p => p.Country));
    }

    [Fact]
    public void A_people_or_faith_named_before_a_province_is_not_a_place_in_it()
    {
        var article = Analyze("Report", "Gunmen abducted dozens of Assyrian Christians in Aleppo province on Monday.");

        Assert.DoesNotContain(article.Places, p => p.Text.Contains("Christians"));
        Assert.Contains(article.Places, p => p.Admin1?.Code == "SY.09");
    }
}
