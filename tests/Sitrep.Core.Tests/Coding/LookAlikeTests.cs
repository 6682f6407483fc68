using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Words that look like acts in wire copy but are not the act, or not done by whom they seem to be:
/// found by auditing a random sample of coded events on FA-KES articles outside the gold sets.
/// </summary>
public sealed class LookAlikeTests
{
    [Fact]
    public void Falling_on_the_ground_is_not_a_capture_but_falling_on_Sunday_is()
    {
        Assert.DoesNotContain(Analyze("A man had fallen on the pavement near Azaz.").Events, e => e.Cameo == "192");
        Assert.Contains(Analyze("Azaz fell on Sunday after a week of fighting.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void Ordnance_that_fell_somewhere_landed_there_and_took_nothing()
    {
        Assert.DoesNotContain(Analyze("A rocket launched by the rebels from the hills fell in the north of Azaz, hurting four people.").Events, e => e.Cameo == "192");
        Assert.DoesNotContain(Analyze("Two shells hit a school while ten others fell in the suburbs of Azaz.").Events, e => e.Cameo == "192");
        Assert.Contains(Analyze("After weeks of shelling the town of Azaz fell in May.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_sniper_who_shoots_is_the_shooter_and_the_shooting_one_act()
    {
        var article = Analyze("A sniper from the Nusra Front shot two civilians in Azaz.");

        var e = Assert.Single(article.Events);
        Assert.Equal(("193", "SYRINS", "SYRCVL"), (e.Cameo, string.Join(",", Codes(e.Actor1)), string.Join(",", Codes(e.Actor2))));
        Assert.Equal("193", Assert.Single(Analyze("Sniper fire killed two people in Azaz.").Events).Cameo);
        // Snipers who kill shoot; snipers deployed are a deployment, not a shooting.
        Assert.Equal("193", Assert.Single(Analyze("Snipers killed two people in Azaz.").Events).Cameo);
        Assert.Equal("154", Assert.Single(Analyze("Rebel snipers were deployed on rooftops in Azaz.").Events).Cameo);
    }

    [Fact]
    public void Calling_a_bombardment_a_massacre_names_it_and_adds_no_second_act()
    {
        var article = Analyze("Turkey condemned the shelling of Azaz as a massacre.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "massacre");
        Assert.Contains(article.Events, e => e.Trigger == "shelling");
    }

    [Fact]
    public void Explosions_are_what_some_other_act_set_off_not_a_bombing_but_a_bomb_blast_is()
    {
        var article = Analyze("Shells fell on an ammunition store in Azaz and explosions rocked the town for an hour.");

        Assert.DoesNotContain(article.Events, e => e.Root == "18");
        Assert.Contains(Analyze("A bomb blast killed four people in Azaz.").Events, e => e.Root == "18");
    }

    [Fact]
    public void Strikes_that_were_executed_were_carried_out()
    {
        var article = Analyze("The air strikes were executed to stop convoys leaving Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "1823");
    }

    [Fact]
    public void A_fighting_position_reports_no_fight()
    {
        Assert.DoesNotContain(Analyze("The target near Azaz was a forward fighting position.").Events, e => e.Trigger == "fighting");
    }

    [Fact]
    public void A_death_with_no_toll_and_no_act_is_no_event()
    {
        Assert.DoesNotContain(Analyze("The crew died, Turkey said.").Events, e => e.Trigger == "died");
        Assert.Contains(Analyze("Twelve people died near Azaz on Monday.").Events, e => e.Trigger == "died");
    }

    [Fact]
    public void Who_investigates_an_act_did_not_do_it()
    {
        var e = Single(Analyze("Turkey is investigating allegations that rebels shelled Azaz."), "allegations");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void The_retreat_of_rebels_is_the_rebels_retreating()
    {
        var e = Single(Analyze("The retreat of rebels from Azaz does not mean defeat."), "retreat");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void Shelling_by_a_drone_is_from_the_air()
    {
        var e = Single(Analyze("The shelling of Azaz by a Turkish drone killed four."), "shelling");

        Assert.Equal("195", e.Cameo);
    }

    [Fact]
    public void Any_future_strikes_are_hypothetical()
    {
        var e = Single(Analyze("The rebels said they would answer any strikes on Azaz."), "strikes");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void Planning_to_mount_an_attack_is_planned_and_continuing_to_shell_is_done()
    {
        var planned = Single(Analyze("The army is planning to mount a big attack against Azaz."), "attack");
        var ongoing = Single(Analyze("Syrian troops continued to shell Azaz on Tuesday."), "shell");

        Assert.Equal(Modality.Planned, planned.Modality);
        Assert.NotEqual(Modality.Planned, ongoing.Modality);
    }

    [Fact]
    public void Fighting_in_a_relative_clause_happens_where_its_antecedent_is()
    {
        var e = Single(Analyze("Protesters marched in Ankara for relatives in Syria who are fighting the Islamic State."), "fighting");

        Assert.Equal("SY", e.Place?.Country);
    }

    [Fact]
    public void Syrian_pounds_are_money()
    {
        Assert.DoesNotContain(Analyze("Bread in Azaz costs 500 Syrian pounds.").Events, e => e.Trigger == "pounds");
    }

    [Fact]
    public void A_toll_of_tens_of_thousands_is_the_war_not_an_event()
    {
        Assert.DoesNotContain(Analyze("An estimated 170000 people have been killed near Azaz, the monitor said.").Events, e => e.Trigger == "killed");
    }

    [Fact]
    public void Gas_believed_to_be_sarin_is_not_planned()
    {
        var e = Single(Analyze("Jets struck Azaz using a gas thought to be sarin."), "sarin");

        Assert.NotEqual(Modality.Planned, e.Modality);
    }

    [Fact]
    public void Aid_deliveries_called_for_are_hypothetical()
    {
        var e = Single(Analyze("The United Nations called for weekly pauses for aid deliveries to Azaz."), "aid deliveries");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void A_suicide_bomber_from_a_group_is_the_group_s()
    {
        var e = Single(Analyze("A suicide bomber of the Nusra Front struck a checkpoint in Azaz."), "suicide bomber");

        Assert.Equal(["SYRINS"], Codes(e.Actor1));
    }

    [Fact]
    public void A_US_Turkish_deal_is_both_governments()
    {
        var article = Analyze("The rebels left Azaz under a Syrian-Turkish deal.");

        Assert.Contains(article.Events, e => e.Plover == "AGREE" && Codes(e.Actor1).SequenceEqual(["SYRGOV", "TURGOV"]));
    }

    [Fact]
    public void Pro_government_gunmen_fight_on_the_government_side_and_retaking_is_taking()
    {
        var article = Analyze("Syrian soldiers and pro-government gunmen tried hard to retake Azaz.");

        var e = Single(article, "retake");
        Assert.Equal("192", e.Cameo);
        Assert.Equal(["SYRMIL", "SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Regime_aerial_bombardment_is_the_regime_s_air_strike()
    {
        var e = Single(Analyze("Regime aerial bombardment hit Azaz on Monday."), "aerial bombardment");

        Assert.Equal("195", e.Cameo);
        Assert.Equal("SYR", e.Actor1.Single().Country);
    }

    [Fact]
    public void The_source_after_according_to_is_not_a_target()
    {
        var e = Single(Analyze("Air strikes on Azaz have intensified, according to the United Nations."), "Air strikes");

        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void Taking_out_a_position_is_not_taking_ground()
    {
        Assert.DoesNotContain(Analyze("Turkish jets have taken out positions near Azaz.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void A_denial_does_not_reach_past_a_new_clause()
    {
        var e = Single(Analyze("The government denies shelling Azaz and has also accused rebels of it."), "accused");

        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Who_reports_an_act_after_it_is_not_its_target()
    {
        var e = Single(Analyze("Shelling halted aid deliveries to Azaz, the United Nations said."), "Shelling");

        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void An_agreement_told_by_its_verb_and_its_noun_is_one_event()
    {
        var signed = Analyze("Turkey and Iraq signed an agreement in Ankara on Sunday.");
        var agreed = Analyze("Turkey and Iraq agreed a deal on Azaz.");

        var signing = Assert.Single(signed.Events, e => e.Plover == "AGREE");
        Assert.Equal("signed an agreement", signing.Trigger);
        Assert.Equal(["IRQGOV", "TURGOV"], Codes(signing.Actor1));
        Assert.Single(agreed.Events, e => e.Plover == "AGREE");
        // Two acts joined by "and" stay two.
        Assert.Equal(2, Analyze("Turkey and Iraq signed the deal and agreed to meet again in Ankara.").Events.Count(e => e.Plover == "AGREE"));
    }

    [Fact]
    public void A_stand_taken_on_a_deal_is_no_agreement_of_whoever_takes_it()
    {
        var rejected = Analyze("Turkey rejected the deal on Azaz.");
        var condemned = Analyze("Iraq condemned the new agreement on Azaz.");

        Assert.DoesNotContain(rejected.Events, e => e.Plover == "AGREE");
        Assert.Contains(rejected.Events, e => e.Cameo == "120" && Codes(e.Actor1).SequenceEqual(["TURGOV"]));
        Assert.DoesNotContain(condemned.Events, e => e.Plover == "AGREE");
        Assert.Contains(Analyze("Turkey and Iraq reached the deal on Azaz.").Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void A_breached_agreement_is_no_new_agreement()
    {
        Assert.DoesNotContain(Analyze("In a breach of the truce agreement rebels shelled Azaz.").Events, e => e.Plover == "AGREE");
    }

    [Fact]
    public void Supporting_protest_is_a_stance()
    {
        Assert.DoesNotContain(Analyze("A local group in Azaz that supports protest against the government said so.").Events, e => e.Plover == "PROTEST");
    }

    [Fact]
    public void In_a_headline_the_one_accused_of_is_the_accused()
    {
        var article = AnalyzeTitled("Turkey accused of shelling Azaz", "Shells fell on Azaz on Monday.");

        var e = Single(article, "accused");
        Assert.Empty(e.Actor1);
        Assert.Equal(["TURGOV"], Codes(e.Actor2));
    }

    [Fact]
    public void Regime_bombs_fall_from_the_air()
    {
        var e = Single(Analyze("Syrian army bombs killed five people in Azaz."), "bombs");

        Assert.Equal("195", e.Cameo);
    }

    [Fact]
    public void Rebel_forces_are_rebels()
    {
        var e = Single(Analyze("Rebel forces have captured villages near Azaz."), "captured");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void Taking_shelter_is_not_taking_ground()
    {
        Assert.DoesNotContain(Analyze("The family had taken shelter in a school in Azaz.").Events, e => e.Cameo == "192");
    }

    [Fact]
    public void Chemical_weapons_inspectors_are_not_a_chemical_attack()
    {
        Assert.DoesNotContain(Analyze("Chemical weapons inspectors arrived in Azaz on Monday.").Events, e => e.Cameo == "2041");
    }

    [Fact]
    public void Any_air_force_strikes_are_hypothetical()
    {
        var e = Single(Analyze("The rebels said they would answer any air force strikes on Azaz."), "strikes");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void An_actor_far_after_by_is_not_the_agent()
    {
        var article = Analyze("Azaz was shelled by mortars from the north while the rebels waited.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "shelled" && Codes(e.Actor1).Contains("SYRREB"));
    }

    [Fact]
    public void A_call_for_action_by_someone_is_the_caller_s()
    {
        var e = Single(Analyze("Turkey also called for swift steps by the United Nations in Azaz."), "called for");

        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void Beginning_to_retake_territory_is_happening_not_planned()
    {
        var e = Single(Analyze("With Turkish support the rebels began to retake villages near Azaz."), "retake");

        Assert.NotEqual(Modality.Planned, e.Modality);
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void A_measure_that_hits_a_record_low_is_no_blow()
    {
        var article = Analyze("Fighting went on near Azaz in Syria. Wheat output across the country hit a record low, the agency said. Rockets hit a school in Azaz.");

        Assert.DoesNotContain(article.Events, e => article[e.Sentence].Contains("record", StringComparison.Ordinal));
        Assert.Equal("194", Single(article, "Rockets").Cameo);
    }

    [Fact]
    public void Fire_as_an_attack_is_an_event_but_a_blaze_is_not()
    {
        var killed = Analyze("Fighting went on in Aleppo in Syria. Fifteen civilians died in rebel fire on a market in Azaz.");
        var blaze = Analyze("Fighting went on in Aleppo in Syria. A fire broke out in a market in Azaz and a huge fire spread to the school.");

        Assert.Contains(killed.Events, e => e.Root == "19" && e.Actor1.Any(a => a.Code == "SYRREB"));
        Assert.DoesNotContain(blaze.Events, e => e.Trigger == "fire");
    }

    [Fact]
    public void Backing_a_plan_endorses_it_and_ruling_something_out_rejects_it_but_hailing_from_a_place_is_neither()
    {
        var article = Analyze("Clashes went on near Azaz. Turkey supported the plan. Ankara ruled out talks with the militia. The commander hails from Azaz.");

        Assert.Equal(["TURGOV"], Codes(Single(article, "supported the plan").Actor1));
        Assert.Equal("051", Single(article, "supported the plan").Cameo);
        Assert.Equal("120", Single(article, "ruled out").Cameo);
        Assert.DoesNotContain(article.Events, e => e.Trigger.StartsWith("hails", StringComparison.Ordinal));
    }

    [Fact]
    public void A_general_strike_is_a_protest_and_a_hunger_strike_its_own_kind_not_an_air_strike()
    {
        var article = Analyze("Activists called a general strike in Azaz. Detainees in an Aleppo prison went on hunger strike on Sunday.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "195");
        Assert.Equal("142", Single(article, "on hunger strike").Cameo);
    }

    [Fact]
    public void An_aid_convoy_that_is_attacked_is_not_aid_given_by_its_attacker()
    {
        var article = Analyze("Turkish jets bombed an aid convoy near Azaz. A day later American jets hit a UN aid convoy near Aleppo.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "AID" && e.Actor1.Any(a => a.Role == "MIL"));
        Assert.Contains(article.Events, e => e.Plover == "AID" && Codes(e.Actor1).SequenceEqual(["IGOUNO"]));
    }
}
