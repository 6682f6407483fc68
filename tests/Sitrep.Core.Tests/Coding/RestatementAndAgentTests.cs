using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Who did it and where, when the sentence leaves it implicit: a campaign's agent, a reaction "from"
/// someone, a country-level act the report places more finely elsewhere, short forms of a named group,
/// and the words that look like acts but report none.
/// </summary>
public sealed class RestatementAndAgentTests
{
    [Fact]
    public void Kidnappings_during_a_rebel_offensive_are_the_rebels()
    {
        var e = Single(Analyze("Dozens of villagers were kidnapped during a rebel offensive near Azaz."), "kidnapped");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void That_attack_is_the_act_named_before_with_its_place_and_the_charge_over_it_goes_there()
    {
        var article = Analyze("On Saturday a bomb blast hit a market in Azaz. Speaking in Damascus, a minister blamed the rebels for that attack.");

        var restated = article.Events.Single(e => e.Trigger == "attack");
        Assert.Equal("183", restated.Cameo);
        Assert.Equal("Azaz", restated.Place?.Name);
        Assert.Equal(new DateOnly(2016, 5, 7), restated.Date?.First);
        Assert.Equal("Azaz", Single(article, "blamed").Place?.Name);
    }

    [Fact]
    public void A_capital_prompted_to_act_is_its_government()
    {
        var article = Analyze("The raid on Azaz prompted Ankara to send troops to the border.");

        Assert.Contains(article.Actors, a => a.Text == "Ankara" && a.Code == "TURGOV");
    }

    [Fact]
    public void Criticism_from_a_capital_is_its_government_s_and_the_critic_is_not_the_raid_s_target()
    {
        var article = Analyze("US jets killed dozens of regime fighters near Azaz, drawing criticism from Ankara. Turkey called the raid an act of aggression.");

        Assert.Equal(["TURGOV"], Codes(Single(article, "criticism").Actor1));
        Assert.Equal(["MIL"], Single(article, "killed").Actor2.Select(a => a.Role));
        Assert.Equal("111", Single(article, "act of aggression").Cameo);
    }

    [Fact]
    public void Outrage_from_an_agency_is_the_agency_criticising()
    {
        var article = Analyze("Shells hit a clinic in Azaz on Monday. The shelling prompted outrage from the United Nations.");

        var e = Single(article, "outrage");
        Assert.Equal("111", e.Cameo);
        Assert.Equal(["IGOUNO"], Codes(e.Actor1));
        Assert.Equal("Azaz", e.Place?.Name);
    }

    [Fact]
    public void An_act_placed_only_in_the_country_takes_the_one_province_it_is_reported_in()
    {
        var article = Analyze("Turkish warplanes bombed villages near Azaz on Monday. Turkish warplanes carried out 40 air strikes in Syria this week.");

        Assert.All(article.Events.Where(e => e.Root == "19"), e => Assert.Equal("SY.09", e.Place?.Admin1?.Code));
    }

    [Fact]
    public void Acts_in_two_provinces_leave_a_country_level_act_in_the_country()
    {
        var article = Analyze("Turkish warplanes bombed villages near Azaz on Monday. Turkish warplanes also bombed Deir ez-Zor. Turkish warplanes carried out 40 air strikes in Syria this week.");

        Assert.Contains(article.Events, e => e.Root == "19" && e.Place is { Precision: PlacePrecision.Country });
    }

    [Fact]
    public void An_agentless_act_in_the_country_is_the_one_of_its_own_kind_the_report_places()
    {
        var article = Analyze("Air strikes in Syria killed ten people on Monday. Turkish warplanes bombed villages near Azaz. Rebels captured a village near Deir ez-Zor.");

        var strikes = article.Events.First(e => e.Trigger == "Air strikes");
        Assert.Equal("SY.09", strikes.Place?.Admin1?.Code);
    }

    [Fact]
    public void A_campaign_running_since_long_before_keeps_its_country()
    {
        var article = Analyze("Turkish warplanes bombed villages near Azaz on Monday. Turkish warplanes have carried out air strikes in Syria since March 2015.");

        Assert.Contains(article.Events, e => e.Root == "19" && e.Place is { Precision: PlacePrecision.Country, Country: "SY" });
        Assert.Contains(article.Events, e => e.Root == "19" && e.Place?.Admin1?.Code == "SY.09");
    }

    [Fact]
    public void A_campaign_in_two_countries_keeps_both_countries()
    {
        var article = Analyze("Turkish warplanes bombed villages near Azaz on Monday. Turkish warplanes carried out air strikes in Iraq and Syria this month.");

        var countries = article.Events.Where(e => e.Root == "19" && e.Place is { Precision: PlacePrecision.Country }).Select(e => e.Place!.Country).Order().ToList();
        Assert.Equal(["IQ", "SY"], countries);
    }

    [Fact]
    public void The_militants_after_a_named_group_are_that_group()
    {
        var article = Analyze("Islamic State fighters entered the oil town on Friday. The militants seized two wells near Deir ez-Zor.");

        var e = Single(article, "seized");
        Assert.Equal(["INS"], Codes(e.Actor1));
        Assert.Equal("Islamic State", e.Actor1[0].Group);
    }

    [Fact]
    public void A_massacre_by_warplanes_is_an_air_strike()
    {
        var e = Single(Analyze("Turkish warplanes carried out a massacre in Azaz that killed 30 civilians."), "massacre");

        Assert.Equal("195", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Hundreds_of_civilians_killed_during_fighting_is_a_mass_killing_of_its_own()
    {
        var article = Analyze("Hundreds of civilians have been killed during a rebel offensive on Azaz.");

        Assert.Contains(article.Events, e => e.Cameo == "202");
        Assert.Contains(article.Events, e => e.Trigger == "offensive");
    }

    [Fact]
    public void Civilians_killed_by_air_strikes_are_the_strikes_toll_not_a_second_event()
    {
        var article = Analyze("Air strikes kill 30 civilians in Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "202");
    }

    [Fact]
    public void A_violated_resolution_is_not_a_broken_ceasefire()
    {
        var article = Analyze("The opposition said the shelling of Azaz is a violation of Security Council resolution 2254.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "196");
    }

    [Fact]
    public void A_call_for_an_end_of_attacks_is_not_an_attack()
    {
        var article = Analyze("The United Nations called for a cessation of attacks on hospitals in Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void A_failure_to_condemn_is_negated()
    {
        var e = Single(Analyze("The failure of the United Nations to condemn the shelling of Azaz encourages more of it."), "condemn");

        Assert.Equal(Modality.Negated, e.Modality);
    }

    [Fact]
    public void Targeted_by_aircraft_is_an_attack_but_the_targeted_base_is_not()
    {
        var hit = Analyze("Two schools in Azaz were targeted by Turkish aircraft.");
        var adjective = Analyze("The targeted base near Azaz had supplied the front.");

        Assert.Contains(hit.Events, e => e.Cameo == "195" && Codes(e.Actor1).SequenceEqual(["TURMIL"]));
        Assert.Empty(adjective.Events);
    }

    [Fact]
    public void A_trailing_killing_is_done_by_the_clause_subject()
    {
        var article = Analyze("The Syrian army swept through rebel positions west of Azaz killing 13 fighters.");

        var killing = Single(article, "killing");
        Assert.Equal(["SYRMIL"], Codes(killing.Actor1));
    }

    [Fact]
    public void Turkish_and_government_strikes_name_both_partners()
    {
        var article = Analyze("Turkish and government strikes hit a bakery in Azaz.");

        Assert.Contains(article.Events, e => Codes(e.Actor1).SequenceEqual(["SYRMIL", "TURMIL"]));
    }

    [Fact]
    public void Dispatched_aid_is_not_mobilisation_and_managed_to_is_done()
    {
        var article = Analyze("The United Nations finally managed to dispatch humanitarian aid to Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "MOBILIZE");
        Assert.Contains(article.Events, e => e.Plover == "AID" && e.Modality != Modality.Planned);
    }

    [Fact]
    public void A_place_near_Damascus_is_in_the_countryside_province()
    {
        var article = Analyze("A car bomb exploded at a checkpoint near Damascus.");

        Assert.Contains(article.Places, p => p.Admin1?.Code == "SY.08");
    }

    [Fact]
    public void She_never_resolves_to_a_man_in_the_dictionary()
    {
        var article = Analyze("Bashar al-Assad spoke on Monday. She refused to leave Azaz.");

        Assert.DoesNotContain(article.Actors, a => a.Text == "She");
    }

    [Fact]
    public void An_agreement_with_nobody_named_is_a_restatement()
    {
        var article = Analyze("The agreement excludes two groups.");

        Assert.Empty(article.Events);
    }

    [Fact]
    public void Dispatching_an_envoy_is_not_mobilisation_but_dispatching_troops_is()
    {
        var envoy = Analyze("The United Nations dispatched an envoy to Azaz.");
        var troops = Analyze("Turkey dispatched troops to Azaz.");

        Assert.DoesNotContain(envoy.Events, e => e.Plover == "MOBILIZE");
        Assert.Contains(troops.Events, e => e.Plover == "MOBILIZE");
    }

    [Fact]
    public void Not_responsible_for_the_bombing_is_a_denial()
    {
        var e = Single(Analyze("Turkey said its pilots were not responsible for the bombing that hit a bakery in Azaz."), "bombing");

        Assert.Equal(Modality.Denied, e.Modality);
    }

    [Fact]
    public void A_bombing_by_an_air_force_is_an_air_strike()
    {
        var e = Single(Analyze("The bombing of Azaz by the Turkish air force killed 12."), "bombing");

        Assert.Equal("195", e.Cameo);
    }

    [Fact]
    public void A_monitor_that_tracks_the_fighting_reports_no_act()
    {
        var article = Analyze("The monitor, which tracks the fighting across Syria, said on Monday it had counted its dead.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "fighting");
    }

    [Fact]
    public void A_call_for_stopping_attacks_is_not_an_attack()
    {
        var article = Analyze("Earlier resolutions called for stopping attacks on schools in Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void The_toll_of_one_attack_is_not_a_second_mass_killing()
    {
        var article = Analyze("In the attack on Azaz 25 civilians were killed.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "202");
    }

    [Fact]
    public void The_latest_sign_of_confidence_is_not_signing()
    {
        var article = Analyze("The trip to Azaz was one more sign of trust from Turkey.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void Killed_in_the_army_s_operations_names_the_army()
    {
        var e = Single(Analyze("Twenty militants were killed in Syrian army operations near Azaz."), "killed");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_demonym_phrase_stops_at_an_act()
    {
        var article = Analyze("Shells fell on Syria's Azaz controlled by rebels.");

        Assert.DoesNotContain(article.Actors, a => a.Text.StartsWith("Syria", StringComparison.Ordinal) && a.Text.EndsWith("rebels", StringComparison.Ordinal));
        Assert.Contains(article.Actors, a => a.Text == "rebels");
    }

    [Fact]
    public void State_media_report_but_do_not_fight()
    {
        var article = Analyze("Syrian state media on Monday accused rebels of shelling Azaz.");

        var e = Single(article, "accused");
        Assert.Equal(["SYRMED"], Codes(e.Actor1));
    }

    [Fact]
    public void An_act_protested_over_did_not_happen_where_the_protest_was()
    {
        var article = Analyze("Protesters gathered at the embassy in Ankara over airstrikes on Aleppo.");

        var e = Single(article, "airstrikes");
        Assert.Equal("SY", e.Place?.Country);
    }

    [Fact]
    public void The_agent_of_a_nominal_act_is_not_the_subject_of_the_appeal_around_it()
    {
        var article = Analyze("Turkey called for protests over the bombing of Azaz.");

        var e = Single(article, "bombing");
        Assert.DoesNotContain("TURGOV", Codes(e.Actor1));
    }

    [Fact]
    public void An_act_someone_calls_for_is_hypothetical()
    {
        var article = Analyze("Turkey called for campaigners to protest outside the embassy.");

        var e = Single(article, "protest");
        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void Who_the_speaker_says_was_responsible_is_the_agent_by_their_claim()
    {
        var article = Analyze("Turkey said there was a chemical attack near Azaz and that the Syrian army was responsible.");

        var e = Single(article, "chemical attack");
        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
        Assert.Equal(Modality.Claimed, e.Modality);
    }

    [Fact]
    public void Allegations_accuse_and_a_confiscated_cache_is_seized_property()
    {
        var article = Analyze("Rebel allegations blamed the Syrian army for the shelling of Azaz. The army confiscated a weapons depot in Azaz.");

        // One accusation told by a noun and its verb.
        Assert.Contains(article.Events, e => e.Trigger == "allegations blamed" && e.Root == "11" && Codes(e.Actor1).SequenceEqual(["SYRREB"]));
        Assert.Contains(article.Events, e => e.Cameo == "171" && Codes(e.Actor1).SequenceEqual(["SYRMIL"]));
    }

    [Fact]
    public void A_headline_s_capitalised_trailing_killing_is_done_by_its_subject()
    {
        var article = AnalyzeTitled("Turkish Forces Destroy Daesh Command Post Near Azaz Killing 60 Terrorists", "Fighting went on near Azaz in Syria.");

        Assert.Equal(["TURMIL"], Codes(Single(article, "Killing").Actor1));
    }

    [Fact]
    public void Strikes_with_no_agent_are_not_restated_from_a_rebel_offensive()
    {
        var article = Analyze("Rebels launched an offensive on Azaz on Monday. Overnight, 14 residents of Azaz died in the strikes.");

        Assert.DoesNotContain(Single(article, "strikes").Actor1, a => a.Role == "REB");
    }

    [Fact]
    public void An_air_strike_with_no_agent_is_flown_by_the_one_air_force_the_report_names_and_says_so()
    {
        const string named = "Turkish jets struck Azaz on Monday. Turkish warplanes hit Azaz again on Tuesday. ";
        var one = Single(Analyze(named + "Air strikes on Damascus killed six."), "Air strikes");
        var two = Single(Analyze(named + "American jets bombed Azaz too. Air strikes on Damascus killed six."), "Air strikes");

        Assert.Equal(["TURMIL"], Codes(one.Actor1));
        Assert.True(one.Actor1Inherited);
        Assert.Empty(two.Actor1);
    }
}
