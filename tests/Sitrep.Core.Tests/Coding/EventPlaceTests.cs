using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Where an event happened.</summary>
public sealed class EventPlaceTests
{
    [Fact]
    public void Forces_mobilise_where_they_arrive_not_where_they_come_from()
    {
        var e = Single(Analyze("IS sent reinforcements who came from Iraq into the desert east of Deir Ezzor on Monday."), "reinforcements");

        Assert.Equal("SY.07", e.Place?.Admin1?.Code);
    }

    [Fact]
    public void A_finer_place_beats_the_country_in_the_same_clause()
    {
        var e = Single(Analyze("Shelling killed five people in northern Syria near Azaz."), "Shelling");

        Assert.Equal("Azaz", e.Place!.Text);
    }

    [Fact]
    public void A_country_naming_what_a_noun_is_about_is_not_where_the_act_was()
    {
        var e = Single(Analyze("An offensive by fighters of the group's Syria branch was launched against villages near Azaz."), "offensive");

        Assert.Equal("Azaz", e.Place!.Text);
    }

    [Fact]
    public void A_backer_is_not_a_location()
    {
        var f = Single(Analyze("In Aleppo, rebels backed by Turkey attacked."), "attacked");
        Assert.Equal("Aleppo", f.Place!.Text);
    }

    [Fact]
    public void A_place_in_the_attribution_is_where_the_speaker_is_not_the_event()
    {
        var article = Analyze("In Azaz, troops shelled the market, a monitor said from Turkey.");
        var e = Single(article, "shelled");

        Assert.Equal("Azaz", e.Place!.Text);
    }

    [Fact]
    public void A_place_in_the_speaker_s_relative_clause_is_not_the_event_s()
    {
        var e = Single(Analyze("Fighting went on in Aleppo. The monitor, which works from Turkey, said troops shelled the market."), "shelled");

        Assert.Equal("SY", e.Place?.Country);
        var f = Single(Analyze("Fighting went on in Aleppo. The Britain-based monitor said troops shelled the market."), "shelled");
        Assert.Equal("SY", f.Place?.Country);
    }

    [Fact]
    public void A_neighbourhood_of_a_city_is_not_a_namesake_far_away()
    {
        var article = Analyze("Rockets hit the Salihiyah neighbourhood of Aleppo.");
        var place = Assert.Single(article.Places, p => p.Text.StartsWith("Salihiyah", StringComparison.Ordinal));

        Assert.Equal(("SY.09", PlacePrecision.Locality), (place.Admin1?.Code, place.Precision));
        Assert.Equal("container", place.Rule);
    }

    [Fact]
    public void A_restated_act_without_a_place_is_where_the_report_last_placed_it()
    {
        var article = Analyze("Fighting went on in Damascus. Airstrikes hit a school in Azaz on Monday. Ankara denied any role in the raids.");

        Assert.Equal("Azaz", Single(article, "raids").Place!.Text);
    }

    [Fact]
    public void A_headline_act_placed_only_in_the_country_takes_the_lede_s_place()
    {
        var article = AnalyzeTitled("Airstrikes kill ten in Syria", "Airstrikes hit a market in Azaz on Monday, killing ten.");

        Assert.All(article.Events.Where(e => e.Trigger == "Airstrikes"), e => Assert.Equal("Azaz", e.Place!.Text));
    }

    [Fact]
    public void A_country_s_possessive_is_whose_not_where()
    {
        var e = Single(Analyze("Fighting went on in Aleppo. Turkish jets shelled the base in Turkeys national interest, the minister said."), "shelled");

        Assert.NotEqual("TR", e.Place?.Country);
    }

    [Fact]
    public void The_country_a_statement_is_about_is_not_where_it_was_made()
    {
        var e = Single(Analyze("Fighting went on in Azaz. The UN commission of inquiry on Syria called for restraint."), "called for");

        Assert.Equal("Azaz", e.Place!.Text);
    }

    [Fact]
    public void A_statement_without_a_place_is_where_the_previous_sentence_put_its_event()
    {
        var article = Analyze("Fighting went on in Damascus. Turkish jets shelled a school in Azaz. The UN condemned the shelling as an outrage.");

        Assert.Equal("Azaz", Single(article, "condemned").Place!.Text);
    }

    [Fact]
    public void A_body_event_placed_in_a_region_of_the_country_stays_there()
    {
        var article = Analyze("Turkish jets shelled a school in Azaz. Islamic State fighters attacked troops in eastern Syria.");

        Assert.Equal("SY", Single(article, "attacked").Place!.Country);
        Assert.Null(Single(article, "attacked").Place!.Admin1);
    }

    [Fact]
    public void An_agentless_act_placed_only_in_the_country_is_the_one_province_where_the_report_places_such_acts()
    {
        var article = Analyze("Air strikes killed ten people in northern Syria on Monday. Government warplanes bombed a market in Azaz.");

        Assert.Equal("SY.09", Single(article, "Air strikes").Place?.Admin1?.Code);
    }

    [Fact]
    public void Where_a_witness_heard_or_saw_an_act_from_is_not_where_it_happened()
    {
        var article = Analyze("Kurdish fighters held the town of Tal Abyad in Syria. The attack came on two fronts and gunfire was audible from the Turkish town of Ankara.");

        Assert.All(article.Events.Where(e => e.Plover == "ASSAULT"), e => Assert.Equal("SY", e.Place?.Country));
    }

    [Fact]
    public void A_neighbour_named_as_the_border_is_not_where_the_act_happened()
    {
        var article = Analyze("Fighting went on in Aleppo. Rebels attacked a village on the border with Turkey.");

        var e = Single(article, "attacked");
        Assert.NotEqual("TR", e.Place?.Country);
    }

    [Fact]
    public void A_neighbour_named_as_the_far_side_of_a_crossing_is_not_where_the_act_happened()
    {
        var article = Analyze("Rebels hold the town of Azaz. On Monday a bomb killed ten of them at the frontier crossing with Turkey.");

        Assert.Equal("SY", Single(article, "bomb").Place?.Country);
    }

    [Fact]
    public void A_country_people_were_entering_is_where_they_were_going()
    {
        var article = Analyze("Shells hit a camp in Deir ez-Zor province. The shelling killed nine fighters who were entering Turkey on foot.");

        Assert.All(article.Events, e => Assert.Equal("SY", e.Place?.Country));
    }

    [Fact]
    public void A_possessive_country_before_a_capitalised_noun_in_a_headline_cased_sentence_is_no_place()
    {
        var article = EventTestKit.Analyze("Opposition Leader Calls for UN Steps to End Turkeys Use of Cluster Weapons in Syria");

        Assert.DoesNotContain(article.Events, e => e.Place?.Country == "TR");
    }

    [Fact]
    public void A_capital_called_on_is_not_where_the_appeal_was_made()
    {
        var e = Single(Analyze("Air strikes hit a village near Azaz on Monday. The Russian foreign ministry spokeswoman was calling on Washington to explain the strike."), "calling on");

        Assert.Equal("SY.09", e.Place?.Admin1?.Code);
        Assert.Contains(e.Actor2, a => a.Code == "USAGOV");
    }

    [Fact]
    public void Where_a_government_sits_is_not_where_its_ally_acts()
    {
        var e = Single(Analyze("Azaz was quiet. An old friend of the regime in Damascus, Turkey launched an air campaign on Monday."), "air campaign");

        Assert.NotEqual("Damascus", e.Place?.Text);
    }

    [Fact]
    public void A_campaign_across_the_country_that_the_sentence_lists_by_province_is_coded_in_each()
    {
        var article = Analyze("Government forces resumed shelling across Syria on Tuesday, hitting towns in Aleppo, Deir ez-Zor and Damascus.");

        Assert.Equal(["SY", "SY.07", "SY.09", "SY.13"], article.Events.Where(e => e.Trigger == "shelling")
            .Select(e => e.Place?.Admin1?.Code ?? e.Place?.Country).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Places_in_one_province_do_not_split_a_campaign_across_the_country()
    {
        var article = Analyze("Government forces resumed shelling across Syria on Tuesday, hitting Aleppo and Azaz.");

        // One province named: the country-wide report is that province's shelling, coded once.
        Assert.Equal("SY.09", Single(article, "shelling").Place?.Admin1?.Code);
    }

    [Fact]
    public void A_country_in_an_institution_s_name_is_not_where_the_act_is()
    {
        var e = Single(Analyze("Clashes went on near Azaz. Rebels asked the General Staff of Turkey to halt the shelling."), "shelling");

        Assert.NotEqual("TR", e.Place?.Country);
    }

    [Fact]
    public void Fire_from_one_place_into_another_happens_where_it_lands()
    {
        var e = Single(Analyze("Rebels fired rockets from Azaz into the government-held city of Aleppo."), "rockets");

        Assert.Equal("Aleppo", e.Place?.Text);
    }

    [Fact]
    public void A_capital_whose_name_ends_in_s_is_where_a_meeting_is_not_a_possessive()
    {
        var e = Single(Analyze("Rebels shelled Azaz on Monday. Turkish and American ministers met in Brussels on the crisis in Syria."), "met");

        Assert.Equal("Brussels", e.Place?.Text);
    }

    [Fact]
    public void Violence_does_not_take_the_place_of_a_meeting_the_sentence_before()
    {
        var article = AnalyzeTitled("Clashes in Aleppo", "Turkish ministers met in Ankara on Monday. A car bomb killed five people.");
        var e = Single(article, "car bomb");

        Assert.NotEqual("Ankara", e.Place?.Text);
        Assert.Equal("SY", e.Place?.Country);
    }

    [Fact]
    public void An_office_s_remit_and_an_outlet_s_nationality_are_not_where_anything_happened()
    {
        var talks = Single(Analyze("Rebels shelled Azaz on Monday. Syrian tribal leaders held secret talks with the UN envoy for Syria."), "talks");
        var blame = Single(Analyze("Rebels shelled Azaz on Monday. In an interview with the US newspaper, the tribal leaders blamed the army."), "blamed");

        Assert.NotEqual(PlacePrecision.Country, talks.Place?.Precision);
        Assert.Equal("SY", blame.Place?.Country);
    }

    [Fact]
    public void Where_the_wounded_were_taken_is_not_where_they_were_hurt()
    {
        var e = Single(Analyze("On Sunday a car bomb exploded near Azaz. Rebels wounded in the blast were taken to Turkey."), "blast");

        Assert.Equal("Azaz", e.Place?.Text);
    }

    [Fact]
    public void A_town_named_near_the_country_it_lies_in_places_the_act_there()
    {
        var crossing = Single(Analyze("Turkish troops crossed into Syria near the border town of Azaz on Monday."), "crossed into");

        Assert.Equal("Azaz", crossing.Place!.Name);
    }
}
