using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class NominalEventTests
{
    [Fact]
    public void The_bombing_of_a_place_by_an_actor_names_the_agent()
    {
        var e = Single(Analyze("The bombing of Azaz by Turkish warplanes angered Damascus."), "bombing");

        Assert.Equal("195", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.Equal("Azaz", e.Place!.Name);
    }

    [Fact]
    public void Intense_bombing_is_a_campaign_from_the_air_but_a_bus_bombing_is_a_bomb()
    {
        var campaign = Single(Analyze("The road to Azaz has seen relentless bombing for a week."), "relentless bombing");
        var bus = Single(Analyze("A bus bombing killed nine people in Azaz."), "bombing");

        Assert.Equal("195", campaign.Cameo);
        Assert.StartsWith("183", bus.Cameo);
    }

    [Fact]
    public void The_speaker_before_a_nominal_act_is_not_its_agent()
    {
        var e = Single(Analyze("The minister said the attack on Azaz helped the terrorists."), "attack");

        Assert.DoesNotContain("SYRGOV", Codes(e.Actor1));
    }

    [Fact]
    public void The_subject_of_a_passive_is_not_the_agent_of_the_act_that_follows()
    {
        var e = Single(Analyze("Twenty soldiers were killed in airstrikes on Azaz."), "airstrikes");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void An_act_in_a_clause_after_a_subordinator_does_not_take_the_main_subject()
    {
        var article = Analyze("Rebel rockets hit Aleppo a day after airstrikes on Damascus.");

        Assert.Empty(Single(article, "airstrikes").Actor1);
        Assert.Equal(["SYRREB"], Codes(Single(article, "rockets").Actor1));
    }

    [Fact]
    public void A_participle_after_the_subordinator_keeps_the_main_subject()
    {
        var e = Single(Analyze("Syrian troops shelled Azaz before withdrawing from the town."), "withdrawing");
        Assert.Equal(["SYRMIL"], Codes(e.Actor1));

        // The subject, not the nearest actor (the victims).
        var f = Single(Analyze("Syrian troops killed 48 civilians in Azaz before withdrawing."), "withdrawing");
        Assert.Equal(["SYRMIL"], Codes(f.Actor1));
    }

    [Fact]
    public void Carried_out_by_names_the_agent_further_on()
    {
        var e = Single(Analyze("Airstrikes on the town of Azaz in Aleppo province, purportedly carried out by Turkish jets, killed ten."), "Airstrikes");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void An_act_in_an_oblique_relative_clause_does_not_take_the_main_subject()
    {
        var e = Single(Analyze("Turkish jets struck an airfield in Azaz from which a gas attack was launched."), "gas attack");

        Assert.DoesNotContain("TURMIL", Codes(e.Actor1));
    }

    [Fact]
    public void The_fall_of_a_town_is_its_capture()
    {
        var e = Single(Analyze("The shelling came a day after the fall of Azaz."), "the fall of");

        Assert.Equal("192", e.Cameo);
        Assert.Equal("Azaz", e.Place!.Text);
    }

    [Fact]
    public void What_a_bombing_is_of_is_its_target_but_a_bomber_from_a_group_is_the_group_s()
    {
        var bombing = Single(Analyze("The bombing of a UN convoy near Azaz killed 20."), "bombing");
        var bomber = Single(Analyze("A suicide bomber of the Nusra Front hit Azaz."), "suicide bomber");

        Assert.Empty(bombing.Actor1);
        Assert.Equal(["IGOUNO"], Codes(bombing.Actor2));
        Assert.Equal(["SYRINS"], Codes(bomber.Actor1));
    }

    [Fact]
    public void Crimes_committed_by_an_actor_are_an_accusation_by_whoever_tells_of_them_unless_a_verb_already_accuses()
    {
        var told = Single(Analyze("The Islamic State group said its bombing in Azaz avenged crimes committed by American jets."), "crimes committed by");
        var denounced = Analyze("A Turkish official denounced the crimes committed by the regime in Azaz.");

        Assert.Equal("112", told.Cameo);
        Assert.Equal(["INS"], Codes(told.Actor1));
        Assert.Equal(["USAMIL"], Codes(told.Actor2));
        Assert.Equal("111", Assert.Single(denounced.Events).Cameo);
    }

    [Fact]
    public void A_noun_s_agent_may_follow_its_victims_and_their_place()
    {
        var e = Single(Analyze("Turkey condemned the killing of three soldiers in Azaz by Kurdish militants."), "killing");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void Who_welcomes_an_act_named_by_its_noun_is_not_whom_the_act_was_done_to()
    {
        var e = Single(Analyze("The UN welcomed the release of 50 detainees in Azaz by the government."), "release of");

        Assert.Equal(["SYRGOV"], Codes(e.Actor1));
        Assert.Equal(["SYRCVL"], Codes(e.Actor2));
    }
}
