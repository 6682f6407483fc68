using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Words of violence that report no act: war-wide tolls, topics of talk, idioms.</summary>
public sealed class NotAnEventTests
{
    [Fact]
    public void A_camp_that_hosts_refugees_holds_no_meeting_but_a_state_hosting_talks_does()
    {
        var article = Analyze("The camp near Azaz hosted many displaced families from Aleppo. Turkey hosted talks on Monday.");

        Assert.DoesNotContain(article.Events, e => e.Root == "04" && e.Sentence == article.Sentences[1]);
        Assert.Contains(article.Events, e => e.Trigger == "hosted" && e.Actor1.Any(a => a.Code == "TURGOV"));
    }

    [Fact]
    public void A_toll_over_the_whole_war_is_not_an_event()
    {
        Assert.Empty(Analyze("Some 400,000 people have died across Syria since the war started.").Events);
        Assert.Empty(Analyze("Some 400,000 people have died across Syria since March 2011.").Events);
    }

    [Fact]
    public void Fighting_that_has_gone_on_for_months_is_an_event()
    {
        var article = Analyze("Rebels shelled Azaz on Monday. Monitors said six fighters were killed last weekend and that clashes have continued since December.");

        Assert.Contains(article.Events, e => e.Root == "19" && e.Sentence.Start > 30);
    }

    [Fact]
    public void Fighters_described_by_their_enemy_wage_a_campaign_across_the_country_not_a_battle_where_the_story_is()
    {
        var article = Analyze("Troops shelled Azaz on Monday. Washington backs the rebel groups fighting Syrian government forces in Syria.");

        var campaign = Single(article, "fighting");
        Assert.Equal(["SYRREB"], Codes(campaign.Actor1));
        Assert.Equal((PlacePrecision.Country, "SY"), (campaign.Place?.Precision, campaign.Place?.Country));
    }

    [Fact]
    public void Fighters_who_are_fighting_still_fight()
    {
        var article = Analyze("The rebels were fighting the Syrian army near Azaz. Kurdish forces fighting in Azaz lost two men.");

        Assert.Equal(2, article.Events.Count(e => e.Root == "19"));
    }

    [Fact]
    public void Violence_as_a_topic_of_talk_is_not_an_event()
    {
        var article = Analyze("Ankara and Damascus discussed issues related to ceasefire violations.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void Fallen_victims_is_not_a_capture()
    {
        var article = Analyze("Ten people have fallen victims of the shelling of Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Root == "19" && e.Cameo == "192");
        Assert.Contains(article.Events, e => e.Trigger == "shelling");
    }

    [Fact]
    public void The_town_that_fell_is_a_capture()
    {
        var e = Single(Analyze("Azaz fell to the rebels on Sunday."), "fell");

        Assert.Equal("192", e.Cameo);
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void History_reaching_back_years_without_a_place_is_not_an_event()
    {
        Assert.Empty(Analyze("The regime has used barrel bombs since 2012.").Events);
        Assert.Empty(Analyze("Government troops have fought the rebels over the past five years.").Events);
        // A place of its own makes it an event worth keeping: a siege of a named town.
        Assert.NotEmpty(Analyze("Government troops have shelled Azaz since 2013.").Events);
        // "The first … since" measures news against history.
        Assert.NotEmpty(Analyze("Turkish jets carried out the first air strikes in Syria since the truce of 2013.").Events);
    }

    [Fact]
    public void The_war_s_toll_is_not_an_event()
    {
        Assert.Empty(Analyze("More than 100,000 people have been killed in Syrias war.").Events);
    }

    [Fact]
    public void People_taken_somewhere_are_not_ground_taken()
    {
        Assert.DoesNotContain(Analyze("The two activists were taken to a court in Azaz.").Events, e => e.Cameo == "192");
        Assert.Contains(Analyze("Rebels have taken Azaz.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_deal_with_no_party_named_restates_one_whoever_else_the_sentence_names()
    {
        var article = Analyze("Fighting went on in Aleppo in Syria. The deal leaves out the Islamic State and the Nusra Front.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void What_a_resolution_or_plan_calls_for_is_no_appeal_made_but_a_state_calling_for_it_is()
    {
        var article = Analyze("The shelling of Azaz broke UN resolution 2118, which calls for the protection of civilians. The plan calls for a pause in Azaz. Turkey called for calm in Azaz.");

        var appeal = Assert.Single(article.Events, e => e.Root == "02");
        Assert.Equal(["TURGOV"], Codes(appeal.Actor1));
    }

    [Theory]
    [InlineData("The Security Council adopted a resolution demanding a truce in Aleppo on Monday.", "demanding", "10")]
    [InlineData("The Security Council unanimously passed a resolution calling for an end to the fighting in Aleppo.", "calling for", "02")]
    public void A_resolution_adopted_that_day_is_the_adopter_s_demand_or_appeal(string sentence, string trigger, string root)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(root, e.Root);
        Assert.Equal(["IGOUNO"], Codes(e.Actor1));
    }

    [Fact]
    public void A_war_s_length_in_years_is_background_not_an_event()
    {
        var article = Analyze("Shelling hit Azaz on Sunday. The country has been at war for six years, with the army fighting rebels.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "fighting");
    }

    [Fact]
    public void Strikes_a_proposal_aims_at_averting_are_no_event()
    {
        var article = Analyze("Officials feared the plan was a ploy aimed at averting strikes on Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "strikes");
    }

    [Fact]
    public void A_danger_is_not_a_threat_of_force_but_a_group_threatening_to_attack_is()
    {
        var article = Analyze("Renewed fighting now threatens civilians in Azaz. Cholera spread among the refugees, threatening the lives of hundreds. "
            + "Aid agencies warned of a famine in the camps. IS threatened to attack the town.");

        Assert.Equal(["threatened"], article.Events.Where(e => e.Root == "13").Select(e => e.Trigger));
    }

    [Fact]
    public void Taking_on_a_quality_is_no_capture()
    {
        var article = Analyze("Fighting near Azaz has taken on a new and bitter character. Rebels have taken Azaz.");

        Assert.Equal(["taken"], article.Events.Where(e => e.Root == "19" && e.Cameo == "192").Select(e => e.Trigger));
        Assert.DoesNotContain(article.Events, e => e.Sentence == article.Sentences[0] && e.Cameo == "192");
    }

    [Fact]
    public void Victims_among_the_dead_restate_an_act_and_are_no_act_of_their_own()
    {
        var article = Analyze("Shelling killed nine people in Azaz on Monday. Two boys were among the dead, and most of the dead were women.");

        Assert.Equal(["Shelling"], article.Events.Select(e => e.Trigger).Distinct());
    }

    [Fact]
    public void Being_taken_seriously_is_no_capture()
    {
        Assert.DoesNotContain(Analyze("The warnings from Azaz have not been taken seriously, the rebels said.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void The_wounded_taken_across_a_border_are_no_capture()
    {
        Assert.DoesNotContain(Analyze("A bomb hit Azaz. Many of the hurt were taken across the frontier to clinics in Turkey.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_fight_against_an_idea_is_a_policy_not_a_battle()
    {
        var article = Analyze("Turkish and Syrian officials agreed in Ankara to cooperate in fighting terrorism and in the fight against \"extremism\".");

        Assert.DoesNotContain(article.Events, e => e.Root == "19");
    }

    [Fact]
    public void A_vehicle_that_hits_a_mine_strikes_no_one_but_the_mine_goes_off()
    {
        var article = Analyze("A truck carrying soldiers hit a landmine near Azaz on Monday.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "hit");
        Assert.Contains(article.Events, e => e.Root == "18");
    }
    [Fact]
    public void Who_a_side_is_at_war_with_describes_it_but_fighting_the_government_s_forces_is_a_battle()
    {
        Assert.DoesNotContain(Analyze("Azaz is a stronghold of the armed factions fighting the Syrian regime.").Events, e => e.Root == "19");
        Assert.DoesNotContain(Analyze("The rebel factions fighting against the Syrian government held talks in Azaz.").Events, e => e.Root == "19");
        Assert.Contains(Analyze("Rebels fighting government forces near Azaz killed five soldiers.").Events, e => e.Root == "19");
        Assert.Contains(Analyze("Rebels are fighting the regime near Azaz.").Events, e => e.Root == "19");
    }
    [Theory]
    [InlineData("A Turkish official refused to comment on the shelling of Azaz.", false)]
    [InlineData("The officer refused to be named when he spoke about Azaz.", false)]
    [InlineData("Rebels held the woman in Azaz after she refused to wear a veil.", false)]
    [InlineData("The army refused to allow aid into Azaz.", true)]
    public void Declining_to_speak_or_a_person_s_own_conduct_is_no_rejection(string sentence, bool rejection)
    {
        Assert.Equal(rejection, Analyze(sentence).Events.Any(e => e.Root == "12"));
    }
    [Theory]
    [InlineData("Rebels shelled the offices of humanitarian aid organisations in Azaz.", false)]
    [InlineData("UN officials said the army closed the only road giving access for aid deliveries to Azaz.", false)]
    [InlineData("The Red Crescent delivered aid to Azaz on Monday.", true)]
    public void Aid_naming_its_givers_or_wanted_on_a_route_is_no_delivery(string sentence, bool delivery)
    {
        Assert.Equal(delivery, Analyze(sentence).Events.Any(e => e.Root == "07"));
    }
}
