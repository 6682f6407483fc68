using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>The agent named as a modifier of the act: "rebel rockets", "Turkish airstrikes", "government shelling".</summary>
public sealed class AgentOnTheActTests
{
    [Fact]
    public void A_role_adjective_before_the_act_is_its_agent()
    {
        var e = Assert.Single(Analyze("Rebel rocket attacks hit a school in Aleppo.").Events);

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void Government_before_a_violent_act_is_the_military()
    {
        var e = Single(Analyze("Government shelling hit Azaz on Sunday."), "shelling");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_demonym_right_before_the_act_is_its_agent()
    {
        var e = Single(Analyze("Turkish airstrikes hit Azaz."), "airstrikes");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Theory]
    [InlineData("Turkey's shelling of Azaz went on.")]
    [InlineData("Turkeys shelling of Azaz went on.")]
    public void A_possessive_country_before_the_act_is_its_agent(string sentence)
    {
        var e = Single(Analyze(sentence), "shelling");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_demonym_on_the_victims_is_not_an_agent()
    {
        var e = Single(Analyze("Syrian children were killed in Azaz."), "killed");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void Civilians_are_victims_not_agents()
    {
        var e = Single(Analyze("Troops killed 48 civilians by shooting in Azaz."), "shooting");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_restated_act_inherits_the_agent_named_before()
    {
        var article = Analyze("Rebel rockets hit Azaz on Sunday. The rockets also struck a school in Azaz.");

        Assert.Equal(2, article.Events.Count);
        Assert.Equal(["SYRREB"], Codes(article.Events[1].Actor1));
        Assert.True(article.Events[1].Actor1Inherited);
        Assert.False(article.Events[0].Actor1Inherited);
    }

    [Fact]
    public void A_backer_is_not_the_agent()
    {
        var e = Single(Analyze("Syrian troops backed by Hezbollah fighters shelled Azaz on Sunday."), "shelled");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_headline_act_takes_the_agent_the_lede_names()
    {
        using var dir = new TempDir();
        var pipeline = global::Sitrep.Pipeline.SitrepPipeline.CreateBuilder(Recognition.Places.TinyGazetteer.Build(dir)).Build();
        var article = pipeline.Process(global::Sitrep.Model.ArticleText.Compose("t", "Shelling hits Azaz", "Turkish artillery shelled Azaz on Sunday."),
            new global::Sitrep.Pipeline.AnalysisOptions { PublishedOverride = new DateOnly(2016, 5, 9) });

        var headline = Assert.Single(article.Events, e => e.Sentence == article.TitleSpan);
        Assert.Equal(["TURMIL"], Codes(headline.Actor1));
        Assert.True(headline.Actor1Inherited);
    }

    [Fact]
    public void An_act_named_first_and_attributed_later_takes_the_later_agent()
    {
        var article = Analyze("Airstrikes hit a school in Azaz. The strikes were carried out by Turkish warplanes.");
        var first = Single(article, "Airstrikes");

        Assert.Equal(["TURMIL"], Codes(first.Actor1));
        Assert.True(first.Actor1Inherited);
    }

    [Fact]
    public void Activists_report_violence_they_are_not_its_agents()
    {
        var e = Single(Analyze("Local activists in Azaz reported heavy shelling."), "shelling");
        Assert.Empty(e.Actor1);

        // They do act in their own field: a protest.
        var p = Single(Analyze("Activists will protest in Azaz on Friday."), "protest");
        Assert.Equal("OPP", Assert.Single(p.Actor1).Role);
    }

    [Fact]
    public void A_foreign_country_named_on_the_act_is_its_military_but_the_home_country_only_says_where()
    {
        var foreign = Single(Analyze("Turkey shelling hit Azaz on Monday, officials in Aleppo said."), "shelling");
        Assert.Equal(["TURMIL"], Codes(foreign.Actor1));

        var home = Analyze("Syria airstrikes killed 12 people in Azaz on Monday.");
        Assert.DoesNotContain(home.Events.SelectMany(e => e.Actor1), a => a.Code == "SYRMIL" && a.Text == "Syria");
    }

    [Fact]
    public void The_coalition_is_the_one_named_before_else_the_US_led_one_on_an_act_of_war()
    {
        var article = Analyze("The US-led coalition said it struck Azaz on Monday. The coalition also bombed a bridge near Aleppo.");
        Assert.Equal(["USAMIL"], Codes(Single(article, "bombed").Actor1));

        var unnamed = Single(Analyze("Coalition warplanes bombed a bridge near Azaz on Monday."), "bombed");
        Assert.Equal(["USAMIL"], Codes(unnamed.Actor1));

        var opposition = Analyze("The Syrian National Coalition condemned the shelling of Azaz. The coalition urged the UN to act.");
        Assert.Contains(opposition.Actors, a => a.Text == "coalition" && a.Group == "Syrian National Coalition");
    }

    [Fact]
    public void A_coalition_described_as_some_alliance_is_not_the_US_led_one()
    {
        var article = Analyze("Fighters of an Arab-Kurdish coalition battling jihadists near Azaz took a village on Sunday.");

        Assert.DoesNotContain(article.Actors, a => a.Group == "US-led coalition");
    }

    [Fact]
    public void Planes_that_targeted_a_place_attacked_it_but_a_blast_that_targeted_it_restates_the_blast()
    {
        var planes = Single(Analyze("Turkish planes targeted wells north of Azaz on Monday."), "targeted");
        Assert.Equal(["TURMIL"], Codes(planes.Actor1));

        Assert.DoesNotContain(Analyze("A car bomb exploded in Azaz on Monday. The blast targeted a checkpoint.").Events, e => e.Trigger == "targeted");
    }

    [Fact]
    public void An_actor_the_trigger_begins_inside_is_its_agent()
    {
        var e = Single(Analyze("Regime warplanes struck two trucks near Azaz at dawn on Monday."), "warplanes struck");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Acts_in_a_province_list_without_commas_are_coded_in_each_and_a_dateline_is_no_event_place()
    {
        var places = Analyze("Clashes erupted in Aleppo Damascus and Deir ez-Zor on Monday.").Events.Where(e => e.Root == "19")
            .Select(e => e.Place?.Admin1?.Code).Order().ToArray();
        Assert.Equal(["SY.07", "SY.09", "SY.13"], places);

        var dated = Single(Analyze("ANKARA (Reuters) Rebels shelled a village on Monday. The fighting in Aleppo went on."), "shelled");
        Assert.Equal("SY", dated.Place?.Country);
    }

    [Fact]
    public void A_state_determined_to_launch_or_pushing_ahead_with_an_offensive_is_its_agent()
    {
        Assert.Equal(["TURGOV"], Codes(Single(Analyze("Turkey is determined to launch an offensive on Azaz soon."), "offensive").Actor1));
        Assert.Equal(["TURGOV"], Codes(Single(Analyze("Turkey pushed ahead with its offensive near Azaz on Monday."), "offensive").Actor1));
    }

    [Fact]
    public void A_bombing_pinned_only_on_terrorists_names_no_side_but_their_shelling_is_the_rebels()
    {
        var article = Analyze("Terrorists detonated a car bomb in Azaz in Syria on Monday, killing five people. Terrorists also shelled a school in Aleppo.");
        var bomb = Single(article, "car bomb");
        var shelling = Single(article, "shelled");

        Assert.Equal(["REB"], Codes(bomb.Actor1));
        Assert.Null(Assert.Single(bomb.Actor1).Country);
        Assert.Equal(["SYRREB"], Codes(shelling.Actor1));
        Assert.Equal(["SYRINS"], Codes(Single(Analyze("Fighting went on in Syria. Nusra terrorists detonated a car bomb in Aleppo."), "car bomb").Actor1));
    }

    [Fact]
    public void Who_fends_off_an_attack_is_its_target_and_its_attacker_is_named_inside_the_phrase_or_not_at_all()
    {
        var repulsed = Single(Analyze("Fighting went on in Aleppo in Syria. Troops repulsed an attack on a checkpoint near Azaz on Monday."), "attack");
        var thwarted = Single(Analyze("Fighting went on in Aleppo in Syria. Kurdish fighters thwarted an Islamic State attack near Azaz on Monday."), "attack");

        Assert.Empty(repulsed.Actor1);
        Assert.Equal(["SYRMIL"], Codes(repulsed.Actor2));
        Assert.Equal(["INS"], Codes(thwarted.Actor1));
    }

    [Fact]
    public void Who_crushes_this_attack_is_its_target_too()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. On Monday the army managed to crush this attack near Azaz."), "attack");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void An_actor_that_only_names_where_the_subject_stands_is_not_the_subject()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. The gunmen outside the police station opened fire on the crowd."), "opened fire");

        Assert.Equal(["SYRUAF"], Codes(e.Actor1));
    }

    [Fact]
    public void Who_learned_that_an_attack_happened_did_not_carry_it_out()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. Police officers confirmed that a second bomber threw a grenade to attack the checkpoint."), "attack");

        Assert.DoesNotContain(e.Actor1, a => a.Role == "COP");
    }

    [Fact]
    public void People_who_flee_a_place_with_nobody_named_are_the_country_s_own_people()
    {
        var fled = Single(Analyze("Fighting went on in Aleppo in Syria. Thousands fled the town of Azaz on Monday."), "fled");

        Assert.Equal(("SYR", null), (Assert.Single(fled.Actor1).Country, Assert.Single(fled.Actor1).Role));
        Assert.Equal("SY.09", fled.Place?.Admin1?.Code);
        Assert.DoesNotContain(Analyze("Fighting went on in Aleppo in Syria. The long war drove half of the population to flee their homes.").Events, e => e.Plover == "RETREAT");
        Assert.DoesNotContain(Analyze("Fighting went on in Aleppo in Syria. A wounded boy was evacuated to a hospital in Azaz.").Events, e => e.Plover == "RETREAT");
    }

    [Fact]
    public void People_who_managed_to_leave_a_besieged_place_fled_it()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. Two families managed to leave the besieged districts on Sunday."), "managed to leave");

        Assert.Equal(("080", "SYRCVL"), (e.Cameo, Assert.Single(e.Actor1).Code));
    }

    [Fact]
    public void A_trailing_participle_after_reported_speech_is_the_reported_subject_s()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. The ministry spokesman said the rebels broke up the rally, killing 27 civilians."), "killing");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void A_barrel_bomb_with_nobody_named_is_the_home_military_s_but_a_named_agent_wins()
    {
        var unnamed = Single(Analyze("Fighting went on in Aleppo in Syria. Nine people died when a barrel bomb fell on a bakery in Azaz, where helicopters circled all day."), "barrel bomb");
        var named = Single(Analyze("Fighting went on in Aleppo in Syria. Turkish helicopters let a barrel bomb fall onto a farm near Azaz."), "barrel bomb");

        Assert.Equal(("SYRMIL", "state-weapon"), (Assert.Single(unnamed.Actor1).Code, unnamed.Actor1[0].Rule));
        Assert.DoesNotContain(unnamed.Actor2, a => a.Code == "SYRMIL");
        Assert.Equal(["TURMIL"], Codes(named.Actor1));
    }

    [Fact]
    public void An_actor_s_building_is_a_place_never_the_agent()
    {
        var e = Single(Analyze("Fighting went on in Damascus in Syria. Outside the police station a car bomb exploded on Monday."), "car bomb");

        Assert.DoesNotContain(e.Actor1, a => a.Role == "COP");
    }

    [Fact]
    public void Air_or_gun_fire_from_a_foreign_country_is_its_military_s_and_it_is_not_its_own_target()
    {
        var e = Single(Analyze("Fighting went on in Aleppo. Fierce air strikes from Turkey hit rebel positions near Azaz."), "air strikes");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.DoesNotContain("TURMIL", Codes(e.Actor2));
    }

    [Fact]
    public void Who_meets_an_advance_with_fire_is_not_the_advance_s_agent()
    {
        var article = Analyze("Fighting went on in Aleppo. The rebel advance near Azaz was met by heavy shelling from Turkey.");

        Assert.Equal(["SYRREB"], Codes(Single(article, "advance").Actor1));
        Assert.Equal(["TURMIL"], Codes(Single(article, "shelling").Actor1));
    }

    [Fact]
    public void Bombings_by_warplanes_are_air_strikes()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. Dozens of militants were killed in bombings by Syrian warplanes near Azaz."), "bombings");

        Assert.Equal("195", e.Cameo);
    }

    [Fact]
    public void An_act_named_as_the_instrument_of_a_verb_is_the_verb_s_subject_s()
    {
        var e = Single(Analyze("Fighting went on in Aleppo. Turkey said it had wounded a rebel commander with an air strike near Azaz."), "air strike");

        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }
    [Theory]
    [InlineData("A car bomb killed 12 people in Azaz on Friday, and Islamic State claimed responsibility.")]
    [InlineData("A car bomb killed 12 people in Azaz on Friday. Islamic State claimed responsibility.")]
    public void A_claim_of_responsibility_told_after_an_attack_makes_the_claimant_its_agent_by_its_claim(string body)
    {
        var bomb = Single(Analyze(body), "car bomb");

        Assert.Equal(["INS"], Codes(bomb.Actor1));
        Assert.Empty(bomb.Actor2);
        Assert.Equal(Sitrep.Model.Modality.Claimed, bomb.Modality);
        Assert.Equal(["INS"], Codes(bomb.ClaimedBy));
    }
}
