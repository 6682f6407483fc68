using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Recognition.Places;

/// <summary>Where the text's own context decides between namesakes: bearings, repeated names, the Arabic article, city edges.</summary>
public sealed class PlaceContextTests
{
    private static Article Analyze(string body, string title = "Report")
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        return pipeline.Process(ArticleText.Compose("t", title, body));
    }

    [Fact]
    public void A_town_north_of_a_city_is_near_that_city_not_a_namesake_far_away()
    {
        var article = Analyze("Syrian troops fought around Salihiyah north of Aleppo on Monday.");

        var town = Assert.Single(article.Places, p => p.Name == "Salihiyah" || p.Text == "Salihiyah");
        Assert.Equal("SY.09", town.Admin1?.Code);
    }

    [Theory]
    [InlineData("Syrian troops fought around Salihiyah village to the west of Halab city on Monday.")]
    [InlineData("Syrian troops fought around Salihiyah village in the rural north of Aleppo on Monday.")]
    [InlineData("Syrian troops fought around Salihiyah village 10 km east of Aleppo on Monday.")]
    public void A_village_framed_by_a_bearing_or_a_countryside_lies_by_the_place_named_after_it(string sentence)
    {
        var town = Assert.Single(Analyze(sentence).Places, p => p.Text.StartsWith("Salihiyah", StringComparison.Ordinal));

        Assert.Equal("SY.09", town.Admin1?.Code);
    }

    [Fact]
    public void A_province_listed_before_another_is_not_inside_it()
    {
        var article = Analyze("Rockets fell on Aleppo, Damascus Countryside and Deir ez-Zor on Monday.");

        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text == "Aleppo").Admin1?.Code);
    }

    [Fact]
    public void A_hotel_named_after_its_city_lies_in_it_but_a_road_named_after_a_city_does_not()
    {
        Assert.Contains(Analyze("Mortars hit the Damascus Sheraton Hotel on Monday.").Places, p => p.Admin1?.Code == "SY.13");
        Assert.DoesNotContain(Analyze("Rebels cut the Aleppo Castello Road on Monday.").Places, p => p.Text.Contains("Castello", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_inside_a_group_s_name_is_no_place()
    {
        var article = Analyze("Fighters of the Islamic State of Iraq and the Levant attacked Azaz on Monday.");

        Assert.DoesNotContain(article.Places, p => p.Country == "IQ");
    }

    [Fact]
    public void The_Damascus_suburbs_are_the_province_around_the_city()
    {
        var article = Analyze("Troops shelled the Damascus suburbs on Monday.");

        Assert.Equal("SY.08", Assert.Single(article.Places).Admin1?.Code);
    }

    [Fact]
    public void A_name_read_once_with_context_keeps_that_reading_when_named_again()
    {
        var article = Analyze("Syrian troops fought around Salihiyah north of Aleppo on Monday. The army shelled Salihiyah again on Tuesday.");

        Assert.All(article.Places.Where(p => p.Text == "Salihiyah"), p => Assert.Equal("SY.09", p.Admin1?.Code));
        Assert.Equal(2, article.Places.Count(p => p.Text == "Salihiyah"));
    }

    [Fact]
    public void A_name_with_the_Arabic_article_is_not_a_namesake_outside_the_Arab_world()
    {
        var article = Analyze("Fighting went on in Aleppo and Azaz. Syrian rebels fired rockets at al-Bab on Monday.");

        Assert.DoesNotContain(article.Places, p => p.Country == "US");
    }

    [Fact]
    public void The_same_name_without_the_article_may_still_be_the_namesake_abroad()
    {
        var article = Analyze("The Syrian envoy flew to Bab on Monday.");

        Assert.Contains(article.Places, p => p.Country == "US");
    }

    [Fact]
    public void Villages_northwest_of_Damascus_lie_in_the_province_around_the_city()
    {
        var article = Analyze("Syrian troops shelled villages northwest of Damascus.");

        var place = Assert.Single(article.Places, p => p.Text.Contains("Damascus", StringComparison.Ordinal));
        Assert.Equal(("SY.08", "surroundings"), (place.Admin1?.Code, place.Rule));
    }

    [Fact]
    public void Northern_Damascus_stays_in_the_city()
    {
        var article = Analyze("Mortars fell on northern Damascus.");

        var place = Assert.Single(article.Places, p => p.Text.Contains("Damascus", StringComparison.Ordinal));
        Assert.Equal("SY.13", place.Admin1?.Code);
    }

    [Fact]
    public void Farms_near_a_city_described_on_the_way_are_near_that_city()
    {
        var article = Analyze("Syrian troops took the Salihiyah farms near the northern city of Aleppo.");

        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text.StartsWith("Salihiyah", StringComparison.Ordinal)).Admin1?.Code);
    }

    [Fact]
    public void A_neighbourhood_without_its_city_is_in_the_city_the_sentence_names()
    {
        var article = Analyze("Rebels in the east of Aleppo fired shells at the Salihiyah neighborhood.");

        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text.StartsWith("Salihiyah", StringComparison.Ordinal)).Admin1?.Code);
    }

    [Fact]
    public void One_town_outweighs_one_foreign_country_named_as_the_speaker()
    {
        // One vote each (the country's name, a town of 31,000): the town is where it happened.
        var article = Analyze("Turkey said on Monday that rebels shelled the town of Azaz.");

        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text == "Azaz").Admin1?.Code);
        Assert.Equal("SY.09", article.FocusPlace?.Admin1?.Code);
        Assert.Contains(article.Actors, a => a.Text == "rebels" && a.Code == "SYRREB");
    }

    [Fact]
    public void A_country_inside_a_hyphenated_modifier_is_not_a_place()
    {
        var article = Analyze("Turkey-backed rebels took Azaz under a Syria-Turkey plan.");

        Assert.DoesNotContain(article.Places, p => p.Text == "Turkey");
        Assert.DoesNotContain(article.Places, p => p.Text == "Syria");
        Assert.Contains(article.Places, p => p.Admin1?.Code == "SY.09");
    }

    [Fact]
    public void A_town_in_a_country_the_article_names_is_a_place_even_when_the_story_is_told_from_the_neighbour()
    {
        var article = Analyze("Ankara said on Monday that Turkey will protect its border. Turkish troops in Ankara watched Tal Abyad across the line in Syria.");

        Assert.Contains(article.Places, p => p.Text == "Tal Abyad" && p.Country == "SY");
    }

    [Fact]
    public void A_list_of_provinces_without_commas_is_each_province_but_a_person_s_name_is_no_list()
    {
        var article = Analyze("Shells fell on Aleppo Damascus Countryside and Deir ez-Zor on Monday.");

        Assert.Equal(["SY.07", "SY.08", "SY.09"], article.Places.Select(p => p.Admin1?.Code).Order().ToArray());
        Assert.DoesNotContain(Analyze("Envoy Aleppo Hamdan Karimi arrived on Monday.").Places, p => p.Text == "Aleppo");
    }

    [Fact]
    public void A_dateline_city_does_not_hold_the_neighbourhood_the_report_names()
    {
        var article = Analyze("Aleppo fighting goes on ANKARA (Reuters) Rebels shelled the Salihiyah neighbourhood on Monday.");

        Assert.DoesNotContain(article.Places, p => p.Text.StartsWith("Salihiyah", StringComparison.Ordinal) && p.Country == "TR");
    }

    [Fact]
    public void A_name_a_distance_and_a_bearing_from_a_city_lies_by_it_and_time_is_no_place()
    {
        var article = Analyze("Rebels advanced on Bab 20 km north of Aleppo on Monday. Time is short for the town.");

        Assert.Equal("SY.09", Assert.Single(article.Places, p => p.Text == "Bab").Admin1?.Code);
        Assert.DoesNotContain(article.Places, p => p.Text == "Time");
    }

    [Fact]
    public void A_headline_name_its_cue_calls_a_neighbourhood_is_one_name_and_a_city_s_suburb_is_the_province_around_it()
    {
        var titled = Analyze("Shells fell on the old city on Monday.", "Mortars hit Bab Touma neighbourhood in Damascus");
        Assert.Contains(titled.Places, p => p.Text.StartsWith("Bab Touma", StringComparison.Ordinal) && p.Admin1?.Code == "SY.13");

        var suburb = Analyze("Gas killed hundreds in the Damascus suburb of Ghouta in 2013.");
        Assert.Equal("SY.08", Assert.Single(suburb.Places, p => p.Text.StartsWith("Damascus", StringComparison.Ordinal)).Admin1?.Code);
    }
}
